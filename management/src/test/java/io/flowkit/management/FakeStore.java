package io.flowkit.management;

import io.flowkit.runtime.observe.ComponentStatus;
import io.flowkit.runtime.observe.StatusReporting;
import io.flowkit.runtime.server.Mountable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A mounted component standing in for the store: its "database" is up or down as the test says, it
 * counts a save per POST, holds as many body bytes as the test sets, and it reports itself the way {@code FlowStore} does.
 */
final class FakeStore implements Mountable, StatusReporting {

  static final String PATH = "/api/storage/1";

  volatile boolean databaseUp = true;
  final AtomicLong saved = new AtomicLong();
  final AtomicLong heldBytes = new AtomicLong();

  @Override
  public String basePath() {
    return PATH;
  }

  @Override
  public Handler handler() {
    return new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!path.startsWith(PATH)) {
          return false;
        }
        if ("POST".equals(request.getMethod())) {
          saved.incrementAndGet();
        }
        response.setStatus(204);
        callback.succeeded();
        return true;
      }
    };
  }

  @Override
  public ComponentStatus status() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("states.saved", saved.get());
    counts.put("states.loaded", 0L);
    counts.put("rejected.unauthorized", 0L);
    Map<String, Long> levels = new LinkedHashMap<>();
    levels.put("bodies.held.bytes", heldBytes.get());
    return new ComponentStatus(
        "store", PATH, databaseUp, databaseUp ? "database reachable" : "database unreachable", counts, levels);
  }
}
