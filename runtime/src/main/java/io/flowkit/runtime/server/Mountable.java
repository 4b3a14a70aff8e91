package io.flowkit.runtime.server;

import org.eclipse.jetty.server.Handler;

/**
 * An endpoint served beside the services under a base path of its own, seeing the request path
 * unchanged: the External Storage API store of {@code flowkit-store} is one. The server starts and
 * stops its handler with itself, and server-wide Basic authentication does not apply to it (such an
 * endpoint authenticates its own requests).
 *
 * <p>It lives here, not in the store, so that {@code flowkit-store} depends on the runtime and
 * never the other way round.
 */
public interface Mountable {

  /** The path prefix it answers under, such as {@code /api/storage/1}. */
  String basePath();

  /** The handler that answers every request under {@link #basePath()}. */
  Handler handler();
}
