package io.flowkit.runtime.service;

import java.util.Map;

/**
 * A call that ends in a {@code ServiceProblem} with the given HTTP status. The dispatcher throws it
 * for every refused call; implementations may throw it too, to answer a 4xx with a message of their
 * choosing. The message is shown to running users, so it must not carry secrets.
 *
 * <p>It is the one refusal of flowkit's HTTP stack: the server's endpoints and the store throw it
 * too, and {@code io.flowkit.runtime.http.ProblemResponses} answers it over HTTP.
 */
public class ServiceProblemException extends RuntimeException {

  private final int status;
  private final Map<String, String> headers;

  public ServiceProblemException(int status, String message) {
    this(status, message, null);
  }

  public ServiceProblemException(int status, String message, Throwable cause) {
    this(status, message, cause, Map.of());
  }

  /**
   * A problem answered with extra HTTP headers, such as {@code Allow} on a 405 or {@code
   * WWW-Authenticate} on a 401. The headers only travel on a direct HTTP answer, not in a callback.
   */
  public ServiceProblemException(int status, String message, Throwable cause, Map<String, String> headers) {
    super(message, cause);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("A problem's status must be 4xx or 5xx, not " + status);
    }
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  /** The HTTP status to answer with. */
  public int status() {
    return status;
  }

  /** The HTTP headers to answer with besides the problem's own; usually none. */
  public Map<String, String> headers() {
    return headers;
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
