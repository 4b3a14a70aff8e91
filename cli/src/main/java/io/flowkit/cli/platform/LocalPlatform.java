package io.flowkit.cli.platform;

import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Serves the store admin API of a {@link StoreRegistry} over HTTP until closed. */
public final class LocalPlatform implements AutoCloseable {

  private final Server server;
  private final ServerConnector connector;
  private final String host;

  private LocalPlatform(Server server, ServerConnector connector, String host) {
    this.server = server;
    this.connector = connector;
    this.host = host;
  }

  /**
   * Starts serving {@code registry} on {@code host}:{@code port} (0: any free port).
   *
   * @throws IllegalStateException when the server cannot start (e.g. the port is taken)
   */
  public static LocalPlatform start(StoreRegistry registry, String host, int port) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new AdminStoresHandler(registry));
    try {
      server.start();
    } catch (Exception e) {
      try {
        server.stop();
      } catch (Exception ignored) {
        // the start failure is what matters
      }
      throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    return new LocalPlatform(server, connector, host);
  }

  /** The port it listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** The URL of the stores API, e.g. {@code http://127.0.0.1:8081/api/admin/1/stores}. */
  public URI storesUri() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    if (host.equals("0.0.0.0")) {
      shown = "localhost";
    }
    return URI.create("http://" + shown + ":" + port() + AdminStoresHandler.PATH);
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the local platform: " + e.getMessage(), e);
    }
  }
}
