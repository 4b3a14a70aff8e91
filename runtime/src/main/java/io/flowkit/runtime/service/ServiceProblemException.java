package io.flowkit.runtime.service;

/**
 * A call that ends in a {@code ServiceProblem} with the given HTTP status. The dispatcher throws it
 * for every refused call; implementations may throw it too, to answer a 4xx with a message of their
 * choosing. The message is shown to running users, so it must not carry secrets.
 */
public class ServiceProblemException extends RuntimeException {

  private final int status;

  public ServiceProblemException(int status, String message) {
    this(status, message, null);
  }

  public ServiceProblemException(int status, String message, Throwable cause) {
    super(message, cause);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("A problem's status must be 4xx or 5xx, not " + status);
    }
    this.status = status;
  }

  /** The HTTP status to answer with. */
  public int status() {
    return status;
  }

  /** A 400 problem. */
  public static ServiceProblemException badRequest(String message) {
    return new ServiceProblemException(400, message);
  }

  /** A 404 problem. */
  public static ServiceProblemException notFound(String message) {
    return new ServiceProblemException(404, message);
  }
}
