package io.flowkit.runtime.server;

import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;

/**
 * The most connections a server keeps open at once. At the cap it stops accepting: a new connection
 * waits in the operating system's backlog (the client sees a slow connect, not a refusal) until one
 * closes, and the connections it has are given a short idle timeout so that idle kept-alive ones
 * make room first. Without a cap, every connection a client opens costs a file descriptor and
 * buffers until the process runs out of either.
 */
public final class ConnectionCap {

  /** The default cap: well above what a Flow tenant's traffic needs, well below a process's file limit. */
  public static final int DEFAULT_MAX_CONNECTIONS = 10_000;

  /** How long a connection may stay silent while the server is at its cap. */
  public static final Duration IDLE_TIMEOUT_AT_CAP = Duration.ofSeconds(5);

  private ConnectionCap() {}

  /** Checks a configured cap: at least one connection. */
  public static int require(int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be positive");
    }
    return maxConnections;
  }

  /** Caps {@code connector}'s open connections at {@code maxConnections}, from when {@code server} starts. */
  public static void apply(Server server, Connector connector, int maxConnections) {
    NetworkConnectionLimit limit = new NetworkConnectionLimit(require(maxConnections), connector);
    limit.setEndPointIdleTimeout(IDLE_TIMEOUT_AT_CAP.toMillis());
    server.addBean(limit);
  }
}
