package io.flowkit.store.http;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The standalone store's answer to what Jetty itself refuses (no route, malformed URI, headers too
 * large): a {@code ServiceProblem} like every other refusal, never an HTML page or a stack trace.
 */
public final class ProblemErrorHandler extends ErrorHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    if (status < 400) {
      status = HttpStatus.NOT_FOUND_404;
    }
    String reason = HttpStatus.getMessage(status);
    ProblemResponses.problem(request, response, callback, status, reason == null ? "Error" : reason);
    return true;
  }
}
