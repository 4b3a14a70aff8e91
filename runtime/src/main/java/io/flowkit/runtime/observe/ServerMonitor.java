package io.flowkit.runtime.observe;

/**
 * A management view plugged into a {@code FlowServer} ({@code FlowServer.Builder.management}). The
 * server asks for its {@link #observer()} while building, calls {@link #bind} once everything is
 * built, {@link #start()} after it is listening, and {@link #stop()} after it has stopped, so that
 * the view still answers while the server shuts down.
 */
public interface ServerMonitor {

  /** Where the server sends its events, from the first call on. */
  FlowObserver observer();

  /** Called once the server is built and before it starts. */
  void bind(MonitoredServer server);

  /** Called once the server is listening. */
  void start() throws Exception;

  /** Called once the server has stopped. */
  void stop() throws Exception;
}
