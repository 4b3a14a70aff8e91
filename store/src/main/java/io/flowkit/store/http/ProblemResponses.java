package io.flowkit.store.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flowkit.runtime.wire.ServiceProblem;
import io.flowkit.runtime.wire.WireJson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes the store's answers: JSON bodies and {@code ServiceProblem}s. */
public final class ProblemResponses {

  private static final String JSON = "application/json";

  private ProblemResponses() {}

  /** Answers with a {@code service} problem for {@code status}. */
  public static void problem(
      Request request, Response response, Callback callback, int status, String message) {
    ServiceProblem problem =
        ServiceProblem.service(request.getHttpURI().getPath(), status, message);
    response.getHeaders().put(ServiceProblem.KIND_HEADER, "service");
    json(response, callback, status, problem);
  }

  /** Answers {@code status} with {@code body} as JSON. */
  static void json(Response response, Callback callback, int status, Object body) {
    byte[] bytes;
    try {
      bytes = WireJson.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // Only our own records and maps are written; this cannot happen with a working Jackson.
      bytes = "{}".getBytes(StandardCharsets.UTF_8);
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  /** Answers {@code status} with no body. */
  static void empty(Response response, Callback callback, int status) {
    response.setStatus(status);
    response.write(true, null, callback);
  }
}
