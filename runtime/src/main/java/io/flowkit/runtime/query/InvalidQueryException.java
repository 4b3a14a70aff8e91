package io.flowkit.runtime.query;

/**
 * A list filter that cannot be turned into a typed query: an unknown column, a missing criteria
 * type, a value the column's content type cannot hold. Servers answer it with 400; the message names
 * the column and never echoes more than a short excerpt of the value.
 */
public final class InvalidQueryException extends IllegalArgumentException {

  private final String column;

  public InvalidQueryException(String column, String message) {
    super(message);
    this.column = column;
  }

  /** The column the problem is about, or {@code null} when it is about the filter as a whole. */
  public String column() {
    return column;
  }
}
