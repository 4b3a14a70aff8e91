package io.flowkit.runtime.codec;

/**
 * A wire value that does not fit the generated type: the message names the value's path (for
 * example {@code customer.address.postCode}) and never echoes more than a short excerpt of it.
 * Servers answer it with 400.
 */
public class CodecException extends RuntimeException {

  private final String path;
  private final String detail;

  public CodecException(String path, String detail, Throwable cause) {
    super(path == null || path.isEmpty() ? detail : "'" + path + "': " + detail, cause);
    this.path = path == null ? "" : path;
    this.detail = detail;
  }

  /** The dotted path of the value within the request ({@code ""} for the request itself). */
  public String path() {
    return path;
  }

  /** The message without the path. */
  public String detail() {
    return detail;
  }

  /** The same problem seen from the enclosing value named {@code parent}. */
  public CodecException within(String parent) {
    String nested = path.isEmpty() ? parent : parent + "." + path;
    CodecException moved = new CodecException(nested, detail, getCause());
    moved.setStackTrace(getStackTrace());
    return moved;
  }
}
