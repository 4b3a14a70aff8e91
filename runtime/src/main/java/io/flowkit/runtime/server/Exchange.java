package io.flowkit.runtime.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.wire.ServiceProblem;
import io.flowkit.runtime.wire.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One request being answered: writes JSON bodies and {@code ServiceProblem}s with the right headers. */
final class Exchange {

  private static final Logger LOG = LoggerFactory.getLogger(FlowServer.class);
  static final String JSON = "application/json;charset=utf-8";
  private static final int MAX_MESSAGE = 500;
  private static final long MIN_DRAIN = 4L << 20;

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final String requestId;
  private final ObjectMapper mapper;
  private long drainLimit = MIN_DRAIN;

  Exchange(Request request, Response response, Callback callback, String requestId, ObjectMapper mapper) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.requestId = requestId;
    this.mapper = mapper;
  }

  /**
   * How much of a refused body is read and discarded before the answer, given the endpoint's body
   * limit: the limit plus as much again (at least 4 MiB), so that a client that sends a body of up to
   * about twice the limit before reading the answer still gets its 413, whether the body was refused
   * for its declared length (nothing read yet) or once the limit was passed.
   */
  void drainUpTo(long limit) {
    drainLimit = limit + Math.max(MIN_DRAIN, limit);
  }

  Request request() {
    return request;
  }

  String requestId() {
    return requestId;
  }

  /** Answers 200 with {@code body} as JSON. */
  void sendJson(Object body) {
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      LOG.error("Request {}: the answer could not be written as JSON", requestId, e);
      sendProblem(500, "The answer could not be written", Map.of());
      return;
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  /** Answers a {@code ServiceProblem}, logging it with the request id. */
  void sendProblem(int status, String message, Map<String, String> headers) {
    if (status >= 500) {
      LOG.warn("Request {}: {} {} answered {}: {}", requestId, request.getMethod(), request.getHttpURI().getPath(), status, message);
    } else {
      LOG.info("Request {}: {} {} answered {}: {}", requestId, request.getMethod(), request.getHttpURI().getPath(), status, message);
    }
    if (response.isCommitted()) {
      callback.failed(new IllegalStateException("Response already committed; problem " + status + " dropped"));
      return;
    }
    drainRequestBody();
    response.reset();
    response.getHeaders().put(RequestIds.HEADER, requestId);
    headers.forEach((name, value) -> response.getHeaders().put(name, value));
    writeProblem(response, callback, request.getHttpURI().getPath(), status, message, requestId);
  }

  /**
   * Reads and discards what is left of the request body (up to {@link #drainUpTo}) before a refusal
   * is sent: closing a connection with unread bytes makes the client's TCP stack drop the answer, so a
   * client sending a body a little over the limit would never see its 413.
   */
  private void drainRequestBody() {
    try (InputStream in = Request.asInputStream(request)) {
      byte[] sink = new byte[8192];
      long left = drainLimit;
      int read;
      while (left > 0 && (read = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
        left -= read;
      }
    } catch (IOException | RuntimeException e) {
      // The connection is closed after the answer anyway.
    }
  }

  /** Writes a problem body and its headers; used for Jetty's own errors too. */
  static void writeProblem(Response response, Callback callback, String uri, int status, String message, String requestId) {
    String suffix = requestId == null ? "" : " (request id " + requestId + ")";
    String text = message == null ? "" : message;
    if (text.length() + suffix.length() > MAX_MESSAGE) {
      text = text.substring(0, Math.max(0, MAX_MESSAGE - suffix.length()));
    }
    ServiceProblem problem = ServiceProblem.service(uri, status, text + suffix);
    byte[] bytes = problemBytes(problem);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put(ServiceProblem.KIND_HEADER, problem.kind());
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  static byte[] problemBytes(ServiceProblem problem) {
    try {
      return WireJson.mapper().writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      return ("{\"kind\":\"service\",\"statusCode\":" + problem.statusCode() + "}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
