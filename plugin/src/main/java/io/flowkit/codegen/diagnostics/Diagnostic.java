package io.flowkit.codegen.diagnostics;

import java.nio.file.Path;

/**
 * One problem in an input file. {@link #format(Path)} renders it javac-style:
 * {@code src/main/flow/profiles/order.json:12:7: error: message (at /properties/lines)}.
 */
public record Diagnostic(Severity severity, SourceLocation location, String message) {

  public static Diagnostic error(SourceLocation location, String message) {
    return new Diagnostic(Severity.ERROR, location, message);
  }

  public static Diagnostic warning(SourceLocation location, String message) {
    return new Diagnostic(Severity.WARNING, location, message);
  }

  /**
   * The javac-style line; the file is shown relative to {@code baseDirectory} when it lies below
   * it, with {@code /} separators on every platform.
   */
  public String format(Path baseDirectory) {
    Path file = location.file();
    String shown;
    if (file == null) {
      shown = "<unknown>";
    } else {
      Path absolute = file.toAbsolutePath().normalize();
      Path base = baseDirectory == null ? null : baseDirectory.toAbsolutePath().normalize();
      Path relative = base != null && absolute.startsWith(base) ? base.relativize(absolute) : file;
      shown = relative.toString().replace('\\', '/');
    }
    StringBuilder line = new StringBuilder(shown);
    if (location.line() > 0) {
      line.append(':').append(location.line());
      if (location.column() > 0) {
        line.append(':').append(location.column());
      }
    }
    line.append(": ").append(severity.label()).append(": ").append(message);
    if (!location.pointer().isEmpty() && !message.contains(location.pointer())) {
      line.append(" (at ").append(location.pointer()).append(')');
    }
    return line.toString();
  }
}
