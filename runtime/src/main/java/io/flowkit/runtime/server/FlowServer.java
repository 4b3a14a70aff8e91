package io.flowkit.runtime.server;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.http.ProblemErrorHandler;
import io.flowkit.runtime.observe.ComponentStatus;
import io.flowkit.runtime.observe.FlowObserver;
import io.flowkit.runtime.observe.MonitoredServer;
import io.flowkit.runtime.observe.Readiness;
import io.flowkit.runtime.observe.ServerMonitor;
import io.flowkit.runtime.observe.StatusReporting;
import io.flowkit.runtime.service.ActionSlots;
import io.flowkit.runtime.service.CallbackLimits;
import io.flowkit.runtime.service.CallbackRetry;
import io.flowkit.runtime.service.CallbackSender;
import io.flowkit.runtime.service.DispatchOptions;
import io.flowkit.runtime.service.FlowDispatcher;
import io.flowkit.runtime.service.FlowService;
import io.flowkit.runtime.service.HttpCallbackSender;
import io.flowkit.runtime.wire.WireJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@link FlowService}s over the Flow service protocol on embedded Jetty, plus any Jetty
 * {@link Handler} mounted at a path (the External Storage API store, say).
 *
 * <pre>{@code
 * try (FlowServer server = FlowServer.builder()
 *     .port(8080)
 *     .service(OrdersService.builder().createOrder(new CreateOrder()).build())
 *     .basicAuth("account", System.getenv("FLOW_TOKEN"))
 *     .start()) {
 *   System.out.println("Serving " + server.uri("/fs/orders"));
 *   server.join();
 * }
 * }</pre>
 *
 * <p>Each service answers under its path: {@code GET}/{@code POST /metadata}, {@code POST
 * /metadata/install}, {@code POST /<uriPart>} for each message action, {@code POST}/{@code PUT /data},
 * {@code POST /data/delete}, {@code POST /file}, {@code POST /file/content} (multipart, streamed) and
 * {@code POST /file/delete}. {@code GET /health} (and {@code /health/live}) answers for the whole
 * server, {@code GET /health/ready} says whether it should be sent calls ({@link #readiness()}). Errors are {@code
 * ServiceProblem} JSON with {@code X-ManyWho-Service-Problem-Kind}; every answer carries {@code
 * X-Request-Id}, which the log quotes.
 */
public final class FlowServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FlowServer.class);

  private final Server server;
  private final ServerConnector connector;
  private final ActionSlots actionSlots;
  private final ExecutorService actions;
  private final ScheduledThreadPoolExecutor scheduler;
  private final HttpCallbackSender ownCallbacks;
  private final ExecutorService callbackThreads;
  private final String host;
  private final boolean secure;
  private final Duration stopTimeout;
  private final List<FlowService<?>> services;
  private final List<StatusReporting> components;
  private final ServerMonitor monitor;
  private volatile boolean stopping;

  private FlowServer(Builder builder) {
    this.host = builder.host;
    this.secure = builder.keyStore != null;
    this.stopTimeout = builder.stopTimeout;
    this.services = List.copyOf(builder.services);
    this.components = List.copyOf(builder.components);
    this.monitor = builder.monitor;
    FlowObserver observer = monitor == null ? FlowObserver.NONE : monitor.observer();
    this.actions = newActionPool(builder.actionThreads, builder.actionQueue);
    this.scheduler = new ScheduledThreadPoolExecutor(1, daemonThreads("flowkit-scheduler"));
    scheduler.setRemoveOnCancelPolicy(true);
    // The default client's own executor would be a cached pool, growing a thread per concurrent
    // callback; two threads do, as callbacks wait on sockets, not on threads.
    this.callbackThreads = builder.callbackClient != null ? null : Executors.newFixedThreadPool(2, daemonThreads("flowkit-callback"));
    HttpClient client =
        builder.callbackClient != null
            ? builder.callbackClient
            : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).executor(callbackThreads).build();
    this.ownCallbacks =
        builder.callbackSender != null
            ? null
            : new HttpCallbackSender(client, scheduler, builder.callbackRetry, builder.callbackLimits, observer);
    CallbackSender callbacks = builder.callbackSender != null ? builder.callbackSender : ownCallbacks;
    if (monitor != null) {
      callbacks = new ObservedCallbacks(callbacks, observer);
    }
    this.actionSlots = new ActionSlots(builder.maxActionsInProgress);
    DispatchOptions options = new DispatchOptions(builder.syncTimeout, builder.waitMessage, actions, scheduler, callbacks, actionSlots);

    ServerLimits limits = builder.limits;
    ObjectMapper mapper =
        WireJson.create(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth())
                .maxStringLength(limits.maxStringLength())
                .maxDocumentLength(limits.maxBodyBytes())
                .build());
    BasicCredentials credentials =
        builder.username == null ? null : new BasicCredentials(builder.username, builder.token);
    List<ServiceEndpoints> endpoints = new ArrayList<>();
    for (FlowService<?> service : builder.services) {
      endpoints.add(new ServiceEndpoints(dispatcher(service, options), mapper, limits, credentials, observer));
    }

    QueuedThreadPool threads = new QueuedThreadPool(builder.maxThreads, Math.min(8, builder.maxThreads));
    threads.setName("flowkit-http");
    threads.setDaemon(true);
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setIdleTimeout(limits.idleTimeout().toMillis());
    // The platform joins a base URI and a path; tolerate the resulting "//" (the router folds it).
    http.setUriCompliance(UriCompliance.DEFAULT.with("flowkit", UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT));
    if (secure) {
      SslContextFactory.Server tls = new SslContextFactory.Server();
      tls.setKeyStore(builder.keyStore);
      tls.setKeyStorePassword(builder.keyStorePassword);
      if (builder.trustStore != null) {
        tls.setTrustStore(builder.trustStore);
        tls.setNeedClientAuth(true);
      }
      http.addCustomizer(new SecureRequestCustomizer());
      this.connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(http));
    } else {
      this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
    }
    connector.setHost(builder.host);
    connector.setPort(builder.port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    server.addConnector(connector);
    ConnectionCap.apply(server, connector, builder.maxConnections);
    GracefulHandler graceful = new GracefulHandler(new FlowRouter(endpoints, builder.mounts, builder.fullPathMounts, mapper));
    graceful.setShutdownIdleTimeout(100);
    server.setHandler(new HealthEndpoints(graceful, this::readiness));
    server.setErrorHandler(new ProblemErrorHandler());
    server.setStopTimeout(stopTimeout.toMillis());
    server.setStopAtShutdown(false);
    if (monitor != null) {
      monitor.bind(new Monitored());
    }
  }

  private static <C> FlowDispatcher<C> dispatcher(FlowService<C> service, DispatchOptions options) {
    return new FlowDispatcher<>(service, options);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening. */
  public FlowServer start() throws Exception {
    try {
      server.start();
    } catch (Exception e) {
      shutdownExecutors();
      throw e;
    }
    if (monitor != null) {
      try {
        monitor.start();
      } catch (Exception e) {
        // Nothing half-started is left behind: the view's port may be taken, say.
        stop();
        throw e;
      }
    }
    LOG.info("flowkit server listening on {}", uri());
    return this;
  }

  /** The port the server listens on (the ephemeral one when built with port 0), once started. */
  public int port() {
    return connector.getLocalPort();
  }

  /** The server's base URI, e.g. {@code http://localhost:8080}; {@code localhost} when bound to every interface. */
  public URI uri() {
    String name = host == null || host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    if (name.indexOf(':') >= 0 && !name.startsWith("[")) {
      name = "[" + name + "]";
    }
    return URI.create((secure ? "https" : "http") + "://" + name + ":" + port());
  }

  /** The URI of a path on this server, e.g. {@code uri("/fs/orders")}. */
  public URI uri(String path) {
    return uri().resolve(path.startsWith("/") ? path : "/" + path);
  }

  /** The URI a service is served at: what to give Flow as the connector's URL. */
  public URI uri(FlowService<?> service) {
    return uri(service.path());
  }

  public boolean isRunning() {
    return server.isRunning();
  }

  /**
   * Whether the server should be sent calls ({@code GET /health/ready}): started, not stopping, and
   * every mounted component that reports its status (the store: its database) healthy.
   */
  public Readiness readiness() {
    List<ComponentStatus> statuses = new ArrayList<>(components.size());
    for (StatusReporting component : components) {
      statuses.add(component.status());
    }
    return new Readiness(server.isStarted() && !stopping, statuses);
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops gracefully: no new requests are accepted, requests in flight get up to the stop timeout to
   * finish, then running actions get what is left of it (their callbacks are still sent), then
   * callback requests in flight get what is left after that. Callbacks waiting for a retry or for
   * their turn are given up at once, and those still in flight at the deadline are cut off: each is
   * logged at WARN with its request id ("gave up the callback"). Callbacks are not kept across a
   * restart: the platform does not hear back about those flows.
   */
  public void stop() throws Exception {
    long deadline = System.nanoTime() + stopTimeout.toNanos();
    stopping = true;
    try {
      server.stop();
    } finally {
      actions.shutdown();
      long left = Math.max(0, deadline - System.nanoTime());
      if (!actions.awaitTermination(left, TimeUnit.NANOSECONDS)) {
        LOG.warn("Message actions still running after the stop timeout are abandoned");
        actions.shutdownNow();
      }
      if (ownCallbacks != null) {
        ownCallbacks.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      }
      scheduler.shutdownNow();
      if (callbackThreads != null) {
        callbackThreads.shutdown();
      }
      if (monitor != null) {
        monitor.stop();
      }
    }
  }

  /** {@link #stop()}, for try-with-resources; a failure to stop is rethrown unchecked. */
  @Override
  public void close() {
    try {
      stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping", e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("The server did not stop cleanly", e);
    }
  }

  private void shutdownExecutors() {
    actions.shutdownNow();
    scheduler.shutdownNow();
    if (callbackThreads != null) {
      callbackThreads.shutdownNow();
    }
  }

  /** What a {@link ServerMonitor} sees of this server. */
  private final class Monitored implements MonitoredServer {
    @Override
    public List<FlowService<?>> services() {
      return services;
    }

    @Override
    public Readiness readiness() {
      return FlowServer.this.readiness();
    }

    @Override
    public List<StatusReporting> components() {
      return components;
    }

    @Override
    public URI uri() {
      return FlowServer.this.uri();
    }

    @Override
    public ActionSlots actionSlots() {
      return actionSlots;
    }

    @Override
    public Server jetty() {
      return server;
    }
  }

  /** Past {@code threads} running and {@code queue} waiting, an action is refused: 503 with Retry-After. */
  private static ExecutorService newActionPool(int threads, int queue) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), daemonThreads("flowkit-action"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Configures a {@link FlowServer}; every setting has a default. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8080;
    private final List<FlowService<?>> services = new ArrayList<>();
    private final Map<String, Handler> mounts = new LinkedHashMap<>();
    private final Map<String, Handler> fullPathMounts = new LinkedHashMap<>();
    private final List<StatusReporting> components = new ArrayList<>();
    private ServerMonitor monitor;
    private String username;
    private String token;
    private KeyStore keyStore;
    private String keyStorePassword;
    private KeyStore trustStore;
    private ServerLimits limits = ServerLimits.DEFAULT;
    private Duration syncTimeout = DispatchOptions.DEFAULT_SYNC_TIMEOUT;
    private String waitMessage = DispatchOptions.DEFAULT_WAIT_MESSAGE;
    private CallbackRetry callbackRetry = CallbackRetry.DEFAULT;
    private CallbackLimits callbackLimits = CallbackLimits.DEFAULT;
    private HttpClient callbackClient;
    private CallbackSender callbackSender;
    private int actionThreads = 32;
    private int actionQueue = 1_000;
    private int maxThreads = 200;
    private int maxConnections = ConnectionCap.DEFAULT_MAX_CONNECTIONS;
    private int maxActionsInProgress = 10_000;
    private Duration stopTimeout = Duration.ofSeconds(10);

    private Builder() {}

    /** The interface to listen on; default {@code 127.0.0.1}, {@code 0.0.0.0} for every interface. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** The port; default 8080, 0 for an ephemeral one (see {@link FlowServer#port()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("Not a port: " + port);
      }
      this.port = port;
      return this;
    }

    /** Serves a service at its path ({@link FlowService#path()}). */
    public Builder service(FlowService<?> service) {
      Objects.requireNonNull(service, "service");
      checkFree(service.path());
      services.add(service);
      return this;
    }

    /**
     * Mounts any Jetty handler at a context path, e.g. the External Storage API store at {@code
     * /api/storage/1}. The handler runs inside a Jetty {@code ContextHandler}: {@code
     * Request.getPathInContext(request)} is the path below {@code contextPath}. Server-wide Basic
     * authentication does not apply to it (the store authenticates its own requests).
     */
    public Builder mount(String contextPath, Handler handler) {
      Objects.requireNonNull(handler, "handler");
      String path = normalize(contextPath);
      checkFree(path);
      mounts.put(path, handler);
      return this;
    }

    /**
     * Serves an External Storage API store ({@code FlowStore} of {@code flowkit-store}) next to the
     * services, at its base path (default {@code /api/storage/1}). The server starts and stops it:
     * its database is opened and migrated when the server starts. The store authenticates its own
     * requests; server-wide Basic authentication does not apply to it.
     */
    public Builder store(Mountable store) {
      Objects.requireNonNull(store, "store");
      String path = normalize(store.basePath());
      checkFree(path);
      fullPathMounts.put(path, store.handler());
      if (store instanceof StatusReporting reporting) {
        components.add(reporting);
      }
      return this;
    }

    /**
     * Plugs in a management view, such as {@code Management.onPort(9091)} of {@code
     * flowkit-management}: it is told about every call and serves what it sees on its own port.
     * Off by default.
     */
    public Builder management(ServerMonitor monitor) {
      this.monitor = Objects.requireNonNull(monitor, "monitor");
      return this;
    }

    /**
     * Requires HTTP Basic authentication with this username and token on every service endpoint
     * (not on {@code /health} or mounted handlers); others get 401 with {@code WWW-Authenticate}.
     */
    public Builder basicAuth(String username, String token) {
      new BasicCredentials(username, token); // fails now on unusable credentials
      this.username = username;
      this.token = token;
      return this;
    }

    /** Serves HTTPS with the key and certificate in a PKCS#12 (or JKS) key store. */
    public Builder tls(Path keyStore, String password) {
      return tls(KeyStores.load(keyStore, password), password);
    }

    /** Serves HTTPS with the key and certificate in {@code keyStore}. */
    public Builder tls(KeyStore keyStore, String password) {
      this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
      this.keyStorePassword = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * Requires mutual TLS: clients must present a certificate that the trust store vouches for, or
     * the TLS handshake fails. Needs {@link #tls}.
     */
    public Builder clientCertificates(Path trustStore, String password) {
      return clientCertificates(KeyStores.load(trustStore, password));
    }

    public Builder clientCertificates(KeyStore trustStore) {
      this.trustStore = Objects.requireNonNull(trustStore, "trustStore");
      return this;
    }

    public Builder limits(ServerLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** How long a message action may run before the platform is answered WAIT; default 30 s. */
    public Builder syncTimeout(Duration timeout) {
      this.syncTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** The message users see while an action runs on, when the action set none. */
    public Builder waitMessage(String message) {
      this.waitMessage = Objects.requireNonNull(message, "message");
      return this;
    }

    /**
     * How many callbacks are sent at once and how many may wait their turn; default 16 and 1,000.
     * Past that a callback is given up and logged (see {@link CallbackLimits}).
     */
    public Builder callbackLimits(CallbackLimits limits) {
      this.callbackLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** How callbacks are retried; default 5 tries, 1 s doubling to 30 s, 20 s per try. */
    public Builder callbackRetry(CallbackRetry retry) {
      this.callbackRetry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    /** The HTTP client callbacks are sent with (e.g. to trust a private CA). */
    public Builder callbackClient(HttpClient client) {
      this.callbackClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /** Replaces callback delivery altogether. */
    public Builder callbackSender(CallbackSender sender) {
      this.callbackSender = Objects.requireNonNull(sender, "sender");
      return this;
    }

    /** Threads that run message actions; default 32. Actions beyond that queue ({@link #actionQueue}). */
    public Builder actionThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("actionThreads must be positive");
      }
      this.actionThreads = threads;
      return this;
    }

    /**
     * How many message actions may wait for an action thread; default 1,000. Past that a call is
     * refused with {@code 503}, {@code Retry-After} and a {@code ServiceProblem}, rather than
     * queueing without bound while every thread is busy.
     */
    public Builder actionQueue(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("actionQueue must be positive");
      }
      this.actionQueue = size;
      return this;
    }

    /**
     * How many message actions may be in progress at once, server-wide: waiting for a thread,
     * running, or answered {@code WAIT} and not yet finished; default 10,000. Past that a call is
     * refused with {@code 503}, {@code Retry-After} and a {@code ServiceProblem}, and its action is
     * not run. Asynchronous actions hold no thread while they wait, so only this bounds them.
     */
    public Builder maxActionsInProgress(int actions) {
      this.maxActionsInProgress = ActionSlots.require(actions);
      return this;
    }

    /** Jetty's request threads; default 200. */
    public Builder maxThreads(int threads) {
      if (threads < 4) {
        throw new IllegalArgumentException("maxThreads must be at least 4");
      }
      this.maxThreads = threads;
      return this;
    }

    /**
     * The most connections open at once; default {@value ConnectionCap#DEFAULT_MAX_CONNECTIONS}. At
     * the cap the server stops accepting until one closes ({@link ConnectionCap}).
     */
    public Builder maxConnections(int connections) {
      this.maxConnections = ConnectionCap.require(connections);
      return this;
    }

    /** How long a graceful stop waits for requests and actions in flight; default 10 s. */
    public Builder stopTimeout(Duration timeout) {
      this.stopTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    public FlowServer build() {
      if (trustStore != null && keyStore == null) {
        throw new IllegalStateException("Client certificates need TLS: call tls(...) too");
      }
      return new FlowServer(this);
    }

    /** Builds and starts the server. */
    public FlowServer start() throws Exception {
      return build().start();
    }

    private void checkFree(String path) {
      boolean taken =
          mounts.containsKey(path)
              || fullPathMounts.containsKey(path)
              || services.stream().anyMatch(s -> s.path().equals(path));
      if (taken || path.equals("/health") || path.startsWith("/health/")) {
        throw new IllegalStateException("The path '" + path + "' is already in use");
      }
    }

    private static String normalize(String path) {
      Objects.requireNonNull(path, "contextPath");
      String folded = FlowRouter.collapseSlashes(path.startsWith("/") ? path : "/" + path);
      while (folded.length() > 1 && folded.endsWith("/")) {
        folded = folded.substring(0, folded.length() - 1);
      }
      return folded;
    }
  }
}
