package io.flowkit.management;

import io.flowkit.runtime.http.ProblemErrorHandler;
import io.flowkit.runtime.observe.FlowObserver;
import io.flowkit.runtime.observe.MonitoredServer;
import io.flowkit.runtime.observe.ServerMonitor;
import io.flowkit.runtime.observe.StatusReporting;
import io.flowkit.runtime.server.BasicCredentials;
import io.flowkit.runtime.service.ActionSlots;
import io.flowkit.runtime.service.FlowService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.jetty12.server.TimedHandler;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runtime management for a {@code FlowServer}, on a port of its own (never on the Flow-facing one):
 *
 * <pre>{@code
 * Management management = Management.onPort(9091);
 * FlowServer server = FlowServer.builder().service(orders).management(management).start();
 * System.out.println("Runtime management: " + management.uri());
 * }</pre>
 *
 * <p>At {@link #uri()}: the page of deployed services and their listeners; {@code /status} the same
 * as JSON; {@code /metrics} Prometheus' text format, with flowkit's meters, Micrometer's Jetty
 * binders (requests, connections, the request thread pool) and its JVM binders (memory, GC, threads,
 * classes, CPU, uptime). It listens on {@code 127.0.0.1} unless told otherwise; without {@link
 * #basicAuth} it asks for no credentials, so expose it only where operators (and Prometheus) reach it.
 *
 * <p>One {@code Management} serves one server.
 */
public final class Management implements ServerMonitor {

  private static final Logger LOG = LoggerFactory.getLogger(Management.class);

  /** Gauge: 1 while the server is ready for calls ({@code /health/ready} answers 200). */
  static final String READY = "flowkit.server.ready";
  static final String ACTIONS_IN_PROGRESS = "flowkit.actions.in.progress";
  static final String ACTIONS_MAX = "flowkit.actions.max";

  private final int port;
  private final String host;
  private BasicCredentials credentials;
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final FlowMeters meters = new FlowMeters(registry);
  private final List<AutoCloseable> binders = new ArrayList<>();
  /** Held here: Micrometer holds a gauge's and a function counter's object only weakly. */
  private final List<ComponentMeters> components = new ArrayList<>();
  private MonitoredServer server;
  private Server jetty;

  private Management(int port, String host) {
    this.port = port;
    this.host = host;
  }

  /** Management on {@code port} (0 for an ephemeral one) of {@code 127.0.0.1}. */
  public static Management onPort(int port) {
    return onPort("127.0.0.1", port);
  }

  /** Management on {@code port} of {@code host} ({@code 0.0.0.0} for every interface). */
  public static Management onPort(String host, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("Not a port: " + port);
    }
    return new Management(port, Objects.requireNonNull(host, "host"));
  }

  /**
   * Requires HTTP Basic authentication with this username and token for the page, {@code /status}
   * and {@code /metrics} (Prometheus' {@code basic_auth} scrape setting sends it); others get 401.
   */
  public Management basicAuth(String username, String token) {
    this.credentials = new BasicCredentials(username, token);
    return this;
  }

  /** The registry every meter is in, for an application to add its own or to read them. */
  public MeterRegistry registry() {
    return registry;
  }

  /** Where the page is, e.g. {@code http://127.0.0.1:9091}; {@code /status} and {@code /metrics} below it. Once started. */
  public synchronized URI uri() {
    if (jetty == null) {
      throw new IllegalStateException("Management is not started: start the FlowServer it is plugged into");
    }
    String name = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    if (name.indexOf(':') >= 0) {
      name = "[" + name + "]";
    }
    return URI.create("http://" + name + ":" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort());
  }

  @Override
  public FlowObserver observer() {
    return meters;
  }

  @Override
  public synchronized void bind(MonitoredServer monitored) {
    if (this.server != null) {
      throw new IllegalStateException("This Management already serves a server; make one per server");
    }
    this.server = monitored;
    for (FlowService<?> service : monitored.services()) {
      meters.register(service);
    }
    for (StatusReporting component : monitored.components()) {
      components.add(new ComponentMeters(registry, component));
    }
    Gauge.builder(READY, monitored, s -> s.readiness().ready() ? 1 : 0)
        .description("1 while the server is ready for calls: running, not stopping, every mounted component healthy")
        .strongReference(true)
        .register(registry);
    Gauge.builder(ACTIONS_IN_PROGRESS, monitored.actionSlots(), ActionSlots::inProgress)
        .description("Message actions waiting for a thread, running, or answered WAIT and not yet finished")
        .strongReference(true)
        .register(registry);
    Gauge.builder(ACTIONS_MAX, monitored.actionSlots(), ActionSlots::max)
        .description("The most message actions in progress at once (maxActionsInProgress); past it calls are answered 503")
        .strongReference(true)
        .register(registry);
    bindJetty(monitored.jetty());
    new JvmMemoryMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    binders.add(gc);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** Micrometer's Jetty binders on the Flow-facing server: its requests, connections and request threads. */
  private void bindJetty(Server flowJetty) {
    TimedHandler timed = new TimedHandler(registry, Tags.empty());
    timed.setHandler(flowJetty.getHandler());
    flowJetty.setHandler(timed);
    JettyConnectionMetrics.addToAllConnectors(flowJetty, registry);
    new JettyServerThreadPoolMetrics(flowJetty.getThreadPool(), Tags.empty()).bindTo(registry);
  }

  @Override
  public synchronized void start() throws Exception {
    if (server == null) {
      throw new IllegalStateException("Management is started by the FlowServer it is plugged into");
    }
    QueuedThreadPool threads = new QueuedThreadPool(8, 2);
    threads.setName("flowkit-management");
    threads.setDaemon(true);
    Server management = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(management, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    management.addConnector(connector);
    management.setHandler(new ManagementHandler(() -> StatusReport.of(server, meters), registry, credentials));
    management.setErrorHandler(new ProblemErrorHandler());
    try {
      management.start();
    } catch (Exception e) {
      management.stop(); // a port in use, say: leave no threads behind
      throw e;
    }
    jetty = management;
    LOG.info("flowkit runtime management on {}", uri());
  }

  @Override
  public synchronized void stop() throws Exception {
    Server management = jetty;
    if (management != null) {
      management.stop();
    }
    for (AutoCloseable binder : binders) {
      binder.close();
    }
    binders.clear();
  }
}
