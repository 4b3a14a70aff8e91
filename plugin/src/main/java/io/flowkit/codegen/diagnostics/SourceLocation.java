package io.flowkit.codegen.diagnostics;

import java.nio.file.Path;

/**
 * A place in an input file.
 *
 * @param file the file, as given (relative to the project's base directory when inside it)
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param pointer the JSON pointer of the value within the file ({@code ""} for the root)
 */
public record SourceLocation(Path file, int line, int column, String pointer) {

  public SourceLocation {
    pointer = pointer == null ? "" : pointer;
  }

  /**
   * The start of a file: line 1, column 1, so that even a problem with the file as a whole is
   * reported as {@code file:1:1:}, which IDEs and CI log viewers link.
   */
  public static SourceLocation of(Path file) {
    return new SourceLocation(file, 1, 1, "");
  }

  /**
   * This place as messages show a second location: {@code file:line:col (pointer)}, with {@code
   * (the root)} for the root.
   */
  public String place() {
    String shown = file == null ? "<unknown>" : file.toString().replace('\\', '/');
    return shown + ":" + line + ":" + column + " (" + (pointer.isEmpty() ? "the root" : pointer) + ")";
  }
}
