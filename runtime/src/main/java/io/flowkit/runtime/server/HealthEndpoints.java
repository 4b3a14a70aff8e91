package io.flowkit.runtime.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.http.ProblemResponses;
import io.flowkit.runtime.http.RequestBodies;
import io.flowkit.runtime.http.RequestIds;
import io.flowkit.runtime.observe.ComponentStatus;
import io.flowkit.runtime.observe.Readiness;
import io.flowkit.runtime.service.ServiceProblemException;
import io.flowkit.runtime.wire.WireJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /health} and {@code /health/live} (the process answers: always {@code UP}) and {@code
 * /health/ready} ({@code UP} with 200 while the server runs and every mounted component that reports
 * its status is healthy, otherwise {@code DOWN} with 503). It sits in front of the graceful-shutdown
 * handler so that a probe on an open connection still hears {@code DOWN} while the server drains,
 * rather than a bare 503. No authentication: a probe learns only up or down, per component.
 */
final class HealthEndpoints extends Handler.Wrapper {

  private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);

  private static final ObjectMapper JSON = WireJson.mapper();

  private final Supplier<Readiness> readiness;

  HealthEndpoints(Handler next, Supplier<Readiness> readiness) {
    super(next);
    this.readiness = readiness;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = FlowRouter.collapseSlashes(Request.getPathInContext(request));
    boolean live = path.equals("/health") || path.equals("/health/live");
    boolean ready = path.equals("/health/ready");
    if (!live && !ready) {
      return super.handle(request, response, callback);
    }
    response.getHeaders().put(RequestIds.HEADER, RequestIds.forRequest(request.getHeaders().get(RequestIds.HEADER)));
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      ProblemResponses.refuse(
          request, response, callback,
          new ServiceProblemException(405, "Use GET for " + path, null, Map.of(HttpHeader.ALLOW.asString(), "GET")),
          RequestBodies.MIN_DRAIN);
      return true;
    }
    RequestBodies.drain(request, RequestBodies.MIN_DRAIN); // kept-alive connections stay usable
    if (live) {
      ProblemResponses.json(response, callback, 200, UP);
      return true;
    }
    Readiness now = readiness.get();
    ProblemResponses.json(response, callback, now.ready() ? 200 : 503, body(now));
    return true;
  }

  /** {@code {"status":"DOWN","checks":[{"name":"server","status":"UP"},{"name":"store /api/storage/1","status":"DOWN"}]}}. */
  private static byte[] body(Readiness readiness) {
    List<Map<String, String>> checks = new ArrayList<>();
    checks.add(check("server", readiness.running()));
    for (ComponentStatus component : readiness.components()) {
      checks.add(check(component.name() + " " + component.path(), component.healthy()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", readiness.ready() ? "UP" : "DOWN");
    body.put("checks", checks);
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A readiness answer could not be written", e);
    }
  }

  private static Map<String, String> check(String name, boolean up) {
    Map<String, String> check = new LinkedHashMap<>();
    check.put("name", name);
    check.put("status", up ? "UP" : "DOWN");
    return check;
  }
}
