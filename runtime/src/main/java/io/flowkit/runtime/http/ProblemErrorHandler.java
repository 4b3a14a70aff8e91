package io.flowkit.runtime.server;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises itself (a malformed request line, headers too large, a handler
 * that threw) as a {@code ServiceProblem} with the standard reason phrase: never an HTML page, a
 * stack trace or the server's own message.
 */
final class ProblemErrorHandler extends ErrorHandler {

  ProblemErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    String requestId = response.getHeaders().get(RequestIds.HEADER);
    Exchange.writeProblem(response, callback, request.getHttpURI().getPath(), code, reason(code), requestId);
  }

  private static String reason(int code) {
    String reason = HttpStatus.getMessage(code);
    return reason == null ? "HTTP " + code : reason;
  }
}
