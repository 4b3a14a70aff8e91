package io.flowkit.codegen.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads and writes one {@link BuildState} file. Writes are atomic (a sibling temporary file moved
 * over the old one), so a reader sees either the old state or the new one, never half of either.
 *
 * <p>The file is a small line-oriented text format, one record per line with tab-separated,
 * percent-escaped fields, rather than JSON: every up-to-date build reads it in a freshly created
 * plugin class loader, and loading and initialising a JSON data binder there costs several times
 * the whole budget of an up-to-date build (about 200 ms against 50 ms, measured). The format:
 *
 * <pre>
 * flowkit-build-state  1
 * complete             true
 * configuration        &lt;sha-256&gt;
 * services             2
 * input                &lt;path&gt;  &lt;sha-256 | missing&gt;  &lt;size&gt;  &lt;modified, ns&gt;
 * output               &lt;path&gt;  &lt;sha-256&gt;  &lt;size&gt;  &lt;modified, ns&gt;
 * warning              &lt;file&gt;  &lt;line&gt;  &lt;column&gt;  &lt;pointer&gt;  &lt;message&gt;
 * </pre>
 */
public final class BuildStateStore {

  private static final String MAGIC = "flowkit-build-state";

  private final Path file;

  public BuildStateStore(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  public Path file() {
    return file;
  }

  /**
   * The stored state; empty when there is none, when it cannot be parsed, or when it was written
   * in another cache format. Each of those simply means "regenerate".
   */
  public Optional<BuildState> read() throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      return parse(text);
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  /**
   * When the stored state was last written, in nanoseconds since the epoch as the file system
   * tells it; {@code Long.MIN_VALUE} when there is none.
   */
  public long lastWritten() throws IOException {
    try {
      return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
    } catch (NoSuchFileException e) {
      return Long.MIN_VALUE;
    }
  }

  public void write(BuildState state) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, format(state), StandardCharsets.UTF_8);
    try {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static String format(BuildState state) {
    StringBuilder out = new StringBuilder(64 + 160 * (state.inputs().size() + state.outputs().size()));
    line(out, MAGIC, Integer.toString(state.format()));
    line(out, "complete", Boolean.toString(state.complete()));
    line(out, "configuration", state.configuration());
    line(out, "services", Integer.toString(state.services()));
    for (BuildState.Input input : state.inputs()) {
      line(out, "input", input.path(), input.sha256(), Long.toString(input.size()), Long.toString(input.modified()));
    }
    for (BuildState.Output output : state.outputs()) {
      line(out, "output", output.path(), output.sha256(), Long.toString(output.size()), Long.toString(output.modified()));
    }
    for (BuildState.Warning w : state.warnings()) {
      line(out, "warning", w.file() == null ? "" : w.file(), Integer.toString(w.line()), Integer.toString(w.column()),
          w.pointer(), w.message());
    }
    return out.toString();
  }

  static Optional<BuildState> parse(String text) {
    String[] lines = text.split("\n", -1);
    String[] header = fields(lines[0]);
    if (header.length != 2 || !header[0].equals(MAGIC) || Integer.parseInt(header[1]) != BuildState.FORMAT) {
      return Optional.empty();
    }
    boolean complete = false;
    String configuration = null;
    int services = 0;
    List<BuildState.Input> inputs = new ArrayList<>();
    List<BuildState.Output> outputs = new ArrayList<>();
    List<BuildState.Warning> warnings = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] f = fields(lines[i]);
      switch (f[0]) {
        case "complete" -> complete = Boolean.parseBoolean(f[1]);
        case "configuration" -> configuration = f[1];
        case "services" -> services = Integer.parseInt(f[1]);
        case "input" -> inputs.add(new BuildState.Input(f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4])));
        case "output" -> outputs.add(new BuildState.Output(f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4])));
        case "warning" -> warnings.add(
            new BuildState.Warning(f[1].isEmpty() ? null : f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5]));
        default -> throw new IllegalArgumentException("unknown record " + f[0]);
      }
    }
    if (configuration == null) {
      return Optional.empty();
    }
    return Optional.of(new BuildState(BuildState.FORMAT, complete, configuration, services, inputs, outputs, warnings));
  }

  private static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      escape(out, fields[i]);
    }
    out.append('\n');
  }

  private static String[] fields(String line) {
    String[] fields = line.split("\t", -1);
    for (int i = 0; i < fields.length; i++) {
      fields[i] = unescape(fields[i]);
    }
    return fields;
  }

  // Only the characters that would break the format are escaped: tab, line breaks and '%' itself.
  private static void escape(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '\t' -> out.append("%09");
        case '\n' -> out.append("%0A");
        case '\r' -> out.append("%0D");
        default -> out.append(c);
      }
    }
  }

  private static String unescape(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%') {
        out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
