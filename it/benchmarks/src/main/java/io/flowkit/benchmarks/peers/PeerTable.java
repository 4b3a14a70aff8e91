package io.flowkit.benchmarks.peers;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the comparison as one Markdown table: both sides, flowkit's advantage per row (above 1×
 * ahead, below 1× behind, whatever the unit) and the target. {@code java -cp benchmarks.jar
 * io.flowkit.benchmarks.peers.PeerTable <results.tsv>}
 */
public final class PeerTable {

  private PeerTable() {}

  public static void main(String[] args) throws Exception {
    System.out.println("| measure | unit | flowkit | peer | peer's | flowkit's advantage | target |");
    System.out.println("| --- | --- | ---: | --- | ---: | ---: | --- |");
    for (PeerResults.Row row : new PeerResults(Path.of(args[0])).rows()) {
      String advantage;
      String target;
      if (row.better() == PeerResults.Better.PASS) {
        advantage = row.flowkit() > 0 ? "passes" : "FAILS";
        target = "completes";
      } else {
        advantage = String.format(Locale.ROOT, "%.2f×", row.advantage());
        target = row.target() <= 0 ? "" : String.format(Locale.ROOT, "≥ %s× %s", trim(row.target()),
            row.advantage() >= row.target() ? "(met)" : "(**missed**)");
      }
      String peerValue = row.better() == PeerResults.Better.PASS ? "" : figure(row.peerValue());
      String flowkit = row.better() == PeerResults.Better.PASS ? (row.flowkit() > 0 ? "ok" : "failed") : figure(row.flowkit());
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n",
          row.measure(), row.unit(), flowkit, row.peer(), peerValue, advantage, target);
    }
  }

  /** A figure with three significant digits at most, grouped by thousands. */
  static String figure(double value) {
    if (value >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
