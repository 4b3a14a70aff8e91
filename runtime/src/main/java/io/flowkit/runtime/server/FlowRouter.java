package io.flowkit.runtime.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.http.ProblemResponses;
import io.flowkit.runtime.http.RequestBodies;
import io.flowkit.runtime.http.RequestIds;
import io.flowkit.runtime.service.ServiceProblemException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's root handler: gives every request an id, folds doubled slashes (the platform joins a
 * base URI and a path and a base ending in {@code /} gives {@code //}), answers {@code GET /health},
 * and hands the request to the service or mounted handler with the longest matching path.
 */
final class FlowRouter extends Handler.AbstractContainer {

  private static final byte[] HEALTHY = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);

  /**
   * A service or a mounted handler, and the path it answers under. A mounted handler sees either the
   * path below its mount ({@link ContextHandler}) or, for handlers that check the full request path
   * themselves (the store signs it), the request unchanged.
   */
  private record Route(String path, ServiceEndpoints service, Handler mounted) {}

  private final List<Route> routes = new ArrayList<>();
  private final List<Handler> mounted = new ArrayList<>();
  private final ObjectMapper mapper;

  FlowRouter(
      List<ServiceEndpoints> services,
      Map<String, Handler> mounts,
      Map<String, Handler> fullPathMounts,
      ObjectMapper mapper) {
    this.mapper = mapper;
    for (ServiceEndpoints service : services) {
      routes.add(new Route(service.path(), service, null));
    }
    mounts.forEach(
        (path, handler) -> {
          ContextHandler context = new ContextHandler(handler, path);
          context.setAllowNullPathInContext(true);
          mounted.add(context);
          addBean(context, true);
          routes.add(new Route(path, null, context));
        });
    fullPathMounts.forEach(
        (path, handler) -> {
          mounted.add(handler);
          addBean(handler, true);
          routes.add(new Route(path, null, handler));
        });
    routes.sort(Comparator.comparingInt((Route route) -> route.path().length()).reversed());
  }

  @Override
  public List<Handler> getHandlers() {
    return List.copyOf(mounted);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String requestId = RequestIds.forRequest(request.getHeaders().get(RequestIds.HEADER));
    response.getHeaders().put(RequestIds.HEADER, requestId);
    String rawPath = request.getHttpURI().getPath();
    if (rawPath != null && rawPath.contains("//")) {
      request = Request.serveAs(request, HttpURI.build(request.getHttpURI()).path(collapseSlashes(rawPath)));
    }
    String path = collapseSlashes(Request.getPathInContext(request));
    if (path.equals("/health")) {
      if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
        new Exchange(request, response, callback, requestId, mapper)
            .sendProblem(new ServiceProblemException(405, "Use GET for /health", null, Map.of(HttpHeader.ALLOW.asString(), "GET")));
        return true;
      }
      RequestBodies.drain(request, RequestBodies.MIN_DRAIN); // kept-alive connections stay usable
      ProblemResponses.json(response, callback, 200, HEALTHY);
      return true;
    }
    for (Route route : routes) {
      String base = route.path();
      boolean root = base.equals("/");
      if (root || path.equals(base) || path.startsWith(base + "/")) {
        if (route.mounted() != null) {
          if (route.mounted().handle(request, response, callback)) {
            return true;
          }
          continue;
        }
        String endpoint = path.length() > base.length() ? path.substring(base.length() + 1) : "";
        while (endpoint.endsWith("/")) {
          endpoint = endpoint.substring(0, endpoint.length() - 1);
        }
        route.service().handle(new Exchange(request, response, callback, requestId, mapper), endpoint);
        return true;
      }
    }
    new Exchange(request, response, callback, requestId, mapper)
        .sendProblem(ServiceProblemException.notFound("Nothing is served at this path"));
    return true;
  }

  static String collapseSlashes(String path) {
    if (path == null || path.isEmpty()) {
      return "/";
    }
    StringBuilder folded = new StringBuilder(path.length());
    char previous = 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c != '/' || previous != '/') {
        folded.append(c);
      }
      previous = c;
    }
    return folded.toString();
  }
}
