package io.flowkit.runtime.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flowkit.runtime.service.ServiceProblemException;
import io.flowkit.runtime.wire.ServiceProblem;
import io.flowkit.runtime.wire.WireJson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes flowkit's answers on Jetty 12 core: JSON bodies and, for every refusal of the services and
 * the store, a {@code ServiceProblem} with {@code X-ManyWho-Service-Problem-Kind}, after draining
 * the rest of the request body ({@link RequestBodies}).
 */
public final class ProblemResponses {

  /** The content type of every JSON answer. */
  public static final String JSON = "application/json;charset=utf-8";

  private static final int MAX_MESSAGE = 500;

  private ProblemResponses() {}

  /**
   * Refuses the request with {@code problem}: drains the rest of the body (until {@code drainLimit}
   * bytes are read in all, see {@link RequestBodies#drainLimit}), clears what the answer held so far
   * but its {@value RequestIds#HEADER}, and writes the problem with the exception's headers. When
   * the answer is already committed, nothing can be sent: the callback fails.
   */
  public static void refuse(
      Request request, Response response, Callback callback, ServiceProblemException problem, long drainLimit) {
    if (response.isCommitted()) {
      callback.failed(new IllegalStateException("Response already committed; problem " + problem.status() + " dropped"));
      return;
    }
    RequestBodies.drain(request, drainLimit);
    String requestId = response.getHeaders().get(RequestIds.HEADER);
    response.reset();
    if (requestId != null) {
      response.getHeaders().put(RequestIds.HEADER, requestId);
    }
    problem.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    write(request, response, callback, problem.status(), problem.getMessage());
  }

  /**
   * Writes a {@code service} problem for {@code status} as it stands: the message (cut to leave room)
   * ends with the request id when the answer carries one, and is at most 500 characters in all.
   */
  public static void write(Request request, Response response, Callback callback, int status, String message) {
    String requestId = response.getHeaders().get(RequestIds.HEADER);
    String suffix = requestId == null ? "" : " (request id " + requestId + ")";
    String text = message == null ? "" : message;
    if (text.length() + suffix.length() > MAX_MESSAGE) {
      text = text.substring(0, Math.max(0, MAX_MESSAGE - suffix.length()));
    }
    ServiceProblem problem = ServiceProblem.service(request.getHttpURI().getPath(), status, text + suffix);
    response.getHeaders().put(ServiceProblem.KIND_HEADER, problem.kind());
    json(response, callback, status, problemBytes(problem));
  }

  /** Answers {@code status} with a JSON body, not to be cached. */
  public static void json(Response response, Callback callback, int status, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** Answers {@code status} with no body. */
  public static void empty(Response response, Callback callback, int status) {
    response.setStatus(status);
    response.write(true, null, callback);
  }

  private static byte[] problemBytes(ServiceProblem problem) {
    try {
      return WireJson.mapper().writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      return ("{\"kind\":\"service\",\"statusCode\":" + problem.statusCode() + "}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
