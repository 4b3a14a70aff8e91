package io.flowkit.runtime.http;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses itself (a malformed request line, headers too large, no handler took
 * the request, a handler that threw) as a {@code ServiceProblem} with the standard reason phrase,
 * whatever the method: never an HTML page, a stack trace or the server's own message. A request
 * Jetty could parse has its body drained first, as every refusal does ({@link RequestBodies}).
 */
public final class ProblemErrorHandler extends ErrorHandler {

  /** An error handler that drains up to {@link RequestBodies#MIN_DRAIN} of a refused body. */
  public ProblemErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
    int status = cause instanceof HttpException http ? http.getCode() : response.getStatus();
    if (status < 400) {
      status = HttpStatus.NOT_FOUND_404;
    }
    if (cause instanceof HttpException) {
      // A message Jetty could not parse has no body to read and its connection cannot be trusted
      // for another request: it is closed after the answer, and the answer says so (RFC 9112 9.6).
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    } else {
      RequestBodies.drain(request, RequestBodies.MIN_DRAIN);
    }
    ProblemResponses.write(request, response, callback, status, reason(status));
    return true;
  }

  private static String reason(int status) {
    String reason = HttpStatus.getMessage(status);
    return reason == null ? "HTTP " + status : reason;
  }
}
