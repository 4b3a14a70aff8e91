package io.flowkit.runtime.service;

import java.io.IOException;

/**
 * A request body that cannot be read: malformed (400), larger than the server accepts (413) or
 * arriving too slowly (408). An uploaded file's content stream throws it when the upload breaks
 * off; an implementation that lets it propagate (or wraps it as a cause) has the call answered with
 * its status, as the client's problem rather than a failure of the implementation.
 *
 * <p>It is an {@link IOException} because streams throw it; the HTTP stack answers it as the
 * {@link ServiceProblemException} of {@link #toProblem()}.
 */
public final class RequestBodyException extends IOException {

  private final int status;

  public RequestBodyException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status to answer with. */
  public int status() {
    return status;
  }

  /** The same refusal as the {@link ServiceProblemException} the HTTP stack answers, with this as its cause. */
  public ServiceProblemException toProblem() {
    return new ServiceProblemException(status, getMessage(), this);
  }
}
