package io.flowkit.benchmarks.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of the comparison table, one measurement of both sides each, appended to a
 * tab-separated file by each step of the run so that {@link PeerTable} can print them together.
 */
public final class PeerResults {

  /** Whether a larger figure is the better one (throughput) or a smaller one (latency, time, bytes). */
  public enum Better { HIGHER, LOWER, PASS }

  /**
   * One row: what was measured, in what unit, flowkit's figure, the peer's name and figure, and
   * the target flowkit is held to (the minimum advantage, 0 for none).
   */
  public record Row(String measure, String unit, Better better, double flowkit, String peer, double peerValue, double target) {

    /** flowkit's advantage over the peer: above 1 is ahead, below 1 behind, whatever the unit. */
    public double advantage() {
      return better == Better.HIGHER ? flowkit / peerValue : peerValue / flowkit;
    }

    String line() {
      return String.join("\t", measure, unit, better.name(), Double.toString(flowkit), peer, Double.toString(peerValue),
          Double.toString(target));
    }

    static Row parse(String line) {
      String[] f = line.split("\t");
      return new Row(f[0], f[1], Better.valueOf(f[2]), Double.parseDouble(f[3]), f[4], Double.parseDouble(f[5]),
          Double.parseDouble(f[6]));
    }
  }

  private final Path file;

  public PeerResults(Path file) {
    this.file = file;
  }

  public void add(Row row) {
    try {
      Files.writeString(file, row.line() + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(Locale.ROOT, "  %s: flowkit %s, %s %s%n", row.measure(), PeerTable.figure(row.flowkit()),
        row.peer(), PeerTable.figure(row.peerValue()));
  }

  public List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          rows.add(Row.parse(line));
        }
      }
    }
    return rows;
  }
}
