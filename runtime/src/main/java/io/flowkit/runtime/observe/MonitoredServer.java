package io.flowkit.runtime.observe;

import io.flowkit.runtime.service.ActionSlots;
import io.flowkit.runtime.service.FlowService;
import java.net.URI;
import java.util.List;
import org.eclipse.jetty.server.Server;

/** What a {@link ServerMonitor} may read of the server it watches. */
public interface MonitoredServer {

  /** The services served, in the order they were added. */
  List<FlowService<?>> services();

  /** Readiness now: asks every component that reports its status. */
  Readiness readiness();

  /** Running totals of the components that report their status (same as in {@link #readiness()}). */
  List<StatusReporting> components();

  /** The server's base URI, once started. */
  URI uri();

  /** The message actions in progress (waiting, running, or answered {@code WAIT}) and their bound. */
  ActionSlots actionSlots();

  /** The Jetty server, to bind connection and thread-pool meters to; not to be reconfigured. */
  Server jetty();
}
