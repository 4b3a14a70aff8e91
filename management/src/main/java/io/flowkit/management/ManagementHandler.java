package io.flowkit.management;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.flowkit.runtime.http.ProblemResponses;
import io.flowkit.runtime.http.RequestBodies;
import io.flowkit.runtime.server.BasicCredentials;
import io.flowkit.runtime.service.ServiceProblemException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The management port's routes: {@code GET /} the page, {@code GET /status} the JSON, {@code GET
 * /metrics} Prometheus' text format; anything else a 404 problem, any other method a 405; without
 * the credentials, when some are set, a 401 before anything else.
 */
final class ManagementHandler extends Handler.Abstract.NonBlocking {

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final Supplier<StatusReport> reports;
  private final PrometheusMeterRegistry registry;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final BasicCredentials credentials;

  /** With {@code credentials} {@code null}, no authentication is asked for. */
  ManagementHandler(Supplier<StatusReport> reports, PrometheusMeterRegistry registry, BasicCredentials credentials) {
    this.reports = reports;
    this.registry = registry;
    this.credentials = credentials;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (credentials != null && !credentials.accepts(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
      refuse(request, response, callback,
          new ServiceProblemException(401, "Authentication is required: HTTP Basic", null,
              Map.of(HttpHeader.WWW_AUTHENTICATE.asString(), "Basic realm=\"flowkit management\", charset=\"UTF-8\"")));
      return true;
    }
    String path = Request.getPathInContext(request);
    if (!path.equals("/") && !path.equals("/status") && !path.equals("/metrics")) {
      refuse(request, response, callback, ServiceProblemException.notFound("Nothing is served at this path: try /, /status or /metrics"));
      return true;
    }
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      refuse(request, response, callback,
          new ServiceProblemException(405, "Use GET", null, Map.of(HttpHeader.ALLOW.asString(), "GET")));
      return true;
    }
    try {
      switch (path) {
        case "/status" -> ProblemResponses.json(response, callback, 200, json.writeValueAsBytes(reports.get()));
        case "/metrics" -> send(response, callback, PROMETHEUS_TEXT, registry.scrape());
        default -> send(response, callback, "text/html; charset=utf-8", StatusPage.render(reports.get()));
      }
    } catch (JsonProcessingException | RuntimeException e) {
      refuse(request, response, callback, new ServiceProblemException(500, "The management view failed to answer", e));
    }
    return true;
  }

  private static void send(Response response, Callback callback, String contentType, String body) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    // The page has no script and needs none: forbid it outright, and framing with it.
    response.getHeaders().put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  private static void refuse(Request request, Response response, Callback callback, ServiceProblemException problem) {
    ProblemResponses.refuse(request, response, callback, problem, RequestBodies.MIN_DRAIN);
  }
}
