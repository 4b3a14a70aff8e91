package io.flowkit.store;

import io.flowkit.jose.RawDeflate;
import io.flowkit.runtime.http.ProblemErrorHandler;
import io.flowkit.runtime.http.ProblemResponses;
import io.flowkit.runtime.http.RequestBodies;
import io.flowkit.runtime.observe.ComponentStatus;
import io.flowkit.runtime.observe.StatusReporting;
import io.flowkit.runtime.server.ConnectionCap;
import io.flowkit.runtime.server.Mountable;
import io.flowkit.runtime.service.ServiceProblemException;
import io.flowkit.store.http.StoreEndpoint;
import io.flowkit.store.http.StoreHandler;
import io.flowkit.store.jose.JoseKeys;
import io.flowkit.store.jose.SignatureHeaderVerifier;
import io.flowkit.store.jose.StateTokenReader;
import io.flowkit.store.jose.StateTokenWriter;
import io.flowkit.store.jose.StoreCrypto;
import io.flowkit.store.keys.StoreKeyRing;
import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.repository.StoreDatabase;
import java.net.URI;
import java.security.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An External Storage API store: the service Boomi Flow calls to save, load and delete its runtime
 * states when a tenant is set to keep them outside the platform.
 *
 * <p>Three ways to run it:
 *
 * <ul>
 *   <li>standalone: {@link #start()} serves it on its own Jetty server ({@link Builder#port});
 *   <li>embedded in an application the same way, or with the application's {@link DataSource};
 *   <li>mounted on another Jetty server (e.g. {@code FlowServer}, beside services): add {@link
 *       #handler()} to that server's handlers; it answers requests under {@link #basePath()},
 *       declines all others, and opens / closes the database as that server starts / stops.
 * </ul>
 *
 * <pre>{@code
 * FlowStore store = FlowStore.builder()
 *     .keys(StoreKeyRing.builder().pair(platformKeyJson, receiverKeyJson).build())
 *     .database(DatabaseSettings.of("jdbc:postgresql://db/flow", "flow", password))
 *     .port(8080)
 *     .build()
 *     .start();
 * }</pre>
 */
public final class FlowStore implements Mountable, StatusReporting, AutoCloseable {

  /** The base path the platform appends {@code /states/...} to, as the reference store uses. */
  public static final String DEFAULT_BASE_PATH = "/api/storage/1";

  /** The default port of a standalone store. */
  public static final int DEFAULT_PORT = 8080;

  /** The default cap on a request body: 64 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

  /**
   * The least default budget of request-body bytes held at once: 128 MiB, two bodies of the default
   * largest size (the default budget is the larger of this and the body limit).
   */
  public static final long DEFAULT_MIN_IN_FLIGHT_BYTES = 128L * 1024 * 1024;

  /** The default cap on one decrypted, decompressed state token: 64 MiB. */
  public static final int DEFAULT_MAX_STATE_BYTES = 64 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(FlowStore.class);

  private final String basePath;
  private final String host;
  private final int port;
  private final int maxBodyBytes;
  private final int maxConnections;
  private final StoreRuntime runtime;
  private final StoreHandler handler;
  private final StoreCrypto crypto;
  private Server server;

  private FlowStore(Builder builder, StoreKeyRing keys, StoreCrypto crypto) {
    this.crypto = crypto;
    this.basePath = builder.basePath;
    this.host = builder.host;
    this.port = builder.port;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.maxConnections = builder.maxConnections;
    Supplier<StoreDatabase> opener =
        builder.dataSource != null
            ? () -> StoreDatabase.attach(builder.dataSource, builder.dataSourceSchema)
            : () -> StoreDatabase.open(builder.database);
    this.runtime = new StoreRuntime(opener, builder.clock, builder.purgeInterval, crypto);
    // Every key converted and made ready once, on the chosen provider, shared by all three.
    JoseKeys joseKeys = JoseKeys.of(keys, crypto);
    StoreEndpoint endpoint =
        new StoreEndpoint(
            basePath,
            builder.publicBasePath == null ? basePath : builder.publicBasePath,
            builder.maxBodyBytes,
            keys,
            new SignatureHeaderVerifier(joseKeys, builder.clock, builder.clockSkew),
            new StateTokenReader(joseKeys, builder.clock, builder.maxStateBytes, builder.clockSkew),
            new StateTokenWriter(joseKeys, builder.clock, builder.deflateLevel),
            runtime::repository,
            builder.maxInFlightBytes > 0
                ? builder.maxInFlightBytes
                : Math.max(DEFAULT_MIN_IN_FLIGHT_BYTES, builder.maxBodyBytes));
    this.handler = new StoreHandler(endpoint);
    // A managed bean starts and stops with the handler, on whichever server it is mounted.
    handler.addBean(runtime, true);
  }

  /** A builder with the defaults: embedded H2 database, base path {@value #DEFAULT_BASE_PATH}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A store configured from the process environment, with the reference store's variable names
   * ({@code PLATFORM_KEY}, {@code RECEIVER_KEY}, {@code DATABASE_URL}, {@code PORT}, ...; see {@link
   * StoreSettings}).
   */
  public static FlowStore fromEnvironment() {
    return builder().settings(System.getenv()).build();
  }

  /**
   * The Jetty handler serving the store under {@link #basePath()}. Mount it on the server's root
   * (not inside a {@code ContextHandler}): it matches on the full request path and returns {@code
   * false} for paths outside its base path.
   */
  @Override
  public Handler handler() {
    return handler;
  }

  /**
   * Its health and totals, for {@code FlowServer}'s readiness and management view: healthy while
   * started and its database answers; counts of states saved, loaded, deleted and of refusals by
   * reason ({@link io.flowkit.store.http.StoreCounts#snapshot()}); levels of the request body bytes
   * held now and the budget for them ({@link io.flowkit.store.http.StoreHandler#levels()}).
   */
  @Override
  public ComponentStatus status() {
    boolean started = handler.isStarted();
    boolean reachable = started && databaseReachable();
    String detail = !started ? "not started" : reachable ? "database reachable" : "database unreachable";
    return new ComponentStatus("store", basePath.isEmpty() ? "/" : basePath, reachable, detail, handler.counts().snapshot(),
        handler.levels());
  }

  private boolean databaseReachable() {
    try {
      return runtime.repository().isReachable();
    } catch (IllegalStateException e) {
      return false; // stopped between the two checks
    }
  }

  /** The cryptography provider the store works with (native or the JDK's). */
  public StoreCrypto crypto() {
    return crypto;
  }

  /** The path the store's routes are under, e.g. {@code /api/storage/1}. */
  @Override
  public String basePath() {
    return basePath;
  }

  /**
   * Serves the store on its own Jetty server at the configured host and port (port 0 picks a free
   * one), opening the database first. Fails, with nothing left running, when the database cannot
   * be opened or the port cannot be bound.
   */
  public synchronized FlowStore start() {
    if (server != null) {
      throw new IllegalStateException("The store is already started");
    }
    if (handler.getServer() != null || handler.isStarted()) {
      throw new IllegalStateException("The store's handler is mounted on another server");
    }
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("flowkit-store");
    Server jetty = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    jetty.addConnector(connector);
    ConnectionCap.apply(jetty, connector, maxConnections);
    jetty.setHandler(new Standalone(handler, maxBodyBytes));
    jetty.setErrorHandler(new ProblemErrorHandler());
    try {
      jetty.start();
    } catch (Exception e) {
      stopQuietly(jetty);
      throw e instanceof RuntimeException runtimeException
          ? runtimeException
          : new IllegalStateException("The store could not start: " + e.getMessage(), e);
    }
    server = jetty;
    LOG.info("flowkit store listening on {} (cryptography: {})", uri(), crypto.description());
    return this;
  }

  /** The port the standalone server listens on (the real one when port 0 was asked for). */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("The store is not started standalone");
    }
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /** The standalone store's base URI, e.g. {@code http://localhost:8080/api/storage/1}. */
  public synchronized URI uri() {
    String shown = host == null || host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    if (shown.contains(":")) {
      shown = "[" + shown + "]";
    }
    return URI.create("http://" + shown + ":" + port() + basePath);
  }

  /** Deletes the states whose {@code expiresAt} has passed, now; returns how many. */
  public int purgeExpiredStates() {
    return runtime.purge();
  }

  /** Stops the standalone server, or the handler and its database when mounted elsewhere. */
  @Override
  public synchronized void close() {
    if (server != null) {
      stopQuietly(server);
      server = null;
      LOG.info("flowkit store stopped");
    } else {
      try {
        handler.stop();
      } catch (Exception e) {
        LOG.warn("Stopping the store failed: {}", e.getMessage());
      }
    }
  }

  /** The standalone server's root: the store, and a 404 problem for every path outside its base path. */
  private static final class Standalone extends Handler.Wrapper {

    private final int maxBodyBytes;

    Standalone(Handler store, int maxBodyBytes) {
      super(store);
      this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      if (!super.handle(request, response, callback)) {
        ProblemResponses.refuse(request, response, callback,
            ServiceProblemException.notFound("Nothing is served at this path"),
            RequestBodies.drainLimit(maxBodyBytes));
      }
      return true;
    }
  }

  private static void stopQuietly(Server jetty) {
    try {
      jetty.stop();
    } catch (Exception e) {
      LOG.warn("Stopping the store's server failed: {}", e.getMessage());
    }
  }

  /** Configures a {@link FlowStore}. */
  public static final class Builder {

    private StoreKeyRing keys;
    private StoreKeyRing.Builder keyRing;
    private DatabaseSettings database = DatabaseSettings.embedded();
    private DataSource dataSource;
    private String dataSourceSchema;
    private String basePath = DEFAULT_BASE_PATH;
    private String publicBasePath;
    private String host = "0.0.0.0";
    private int port = DEFAULT_PORT;
    private Clock clock = Clock.systemUTC();
    private Duration clockSkew = Duration.ZERO;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxStateBytes = DEFAULT_MAX_STATE_BYTES;
    private long maxInFlightBytes;
    private int maxConnections = ConnectionCap.DEFAULT_MAX_CONNECTIONS;
    private int deflateLevel = RawDeflate.LEVEL;
    private Duration purgeInterval;
    private StoreCrypto.Mode cryptoMode;
    private Provider nativeProvider;

    private Builder() {}

    /** The key pairs to serve (required, unless given through {@link #settings}). */
    public Builder keys(StoreKeyRing keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /** The database to open (default: the embedded H2 file {@code ./flowkit-store}). */
    public Builder database(DatabaseSettings database) {
      this.database = Objects.requireNonNull(database, "database");
      this.dataSource = null;
      return this;
    }

    /**
     * An H2 or PostgreSQL data source the application owns (the store never closes it).
     *
     * @param schema the schema for the store's table (created when missing), or {@code null}
     */
    public Builder dataSource(DataSource dataSource, String schema) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      this.dataSourceSchema = schema;
      return this;
    }

    /** Where the routes are mounted (default {@value #DEFAULT_BASE_PATH}; {@code ""} for the root). */
    public Builder basePath(String basePath) {
      this.basePath = normalisePath(basePath);
      return this;
    }

    /**
     * The base path as the platform addresses it, when a reverse proxy serves the store under
     * another path: the signature header's {@code path} claim must start with it. Defaults to
     * {@link #basePath}.
     */
    public Builder publicBasePath(String publicBasePath) {
      this.publicBasePath = publicBasePath == null ? null : normalisePath(publicBasePath);
      return this;
    }

    /** The address a standalone store listens on (default {@code 0.0.0.0}: all). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port a standalone store listens on (default {@value #DEFAULT_PORT}; 0 picks one). */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new StoreConfigurationException("The port must be between 0 and 65535");
      }
      this.port = port;
      return this;
    }

    /** The clock tokens are checked and made with (default: the system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How far the platform's clock may run ahead of or behind the store's when checking {@code exp}
     * and {@code nbf} (default 0, as the reference store; the platform's tokens already allow two
     * minutes on {@code nbf}).
     */
    public Builder clockSkew(Duration clockSkew) {
      if (clockSkew == null || clockSkew.isNegative()) {
        throw new StoreConfigurationException("The clock skew must be zero or positive");
      }
      this.clockSkew = clockSkew;
      return this;
    }

    /** The largest request body accepted (default 64 MiB); larger ones get 413. */
    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = positive(maxBodyBytes, "maxBodyBytes");
      return this;
    }

    /**
     * The most request-body bytes the store holds at once, across all saves and deletes (default:
     * the larger of 128 MiB and {@link #maxBodyBytes}); a request that would take it past this is
     * answered {@code 503} with {@code Retry-After: 1} before its body is read. Must be at least
     * {@link #maxBodyBytes}.
     */
    public Builder maxInFlightBytes(long maxInFlightBytes) {
      if (maxInFlightBytes <= 0) {
        throw new StoreConfigurationException("maxInFlightBytes must be positive");
      }
      this.maxInFlightBytes = maxInFlightBytes;
      return this;
    }

    /**
     * The most connections a standalone store keeps open at once (default {@value
     * ConnectionCap#DEFAULT_MAX_CONNECTIONS}); at the cap it stops accepting until one closes. A store
     * mounted on a {@code FlowServer} shares that server's cap.
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new StoreConfigurationException("maxConnections must be positive");
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * The largest state token accepted once decrypted and decompressed (default 64 MiB; a state
     * of N bytes makes a token of about 1.4 N); larger ones get 413.
     */
    public Builder maxStateBytes(int maxStateBytes) {
      this.maxStateBytes = positive(maxStateBytes, "maxStateBytes");
      return this;
    }

    /**
     * The zlib level loaded states are deflated at, 0–9 (default {@value RawDeflate#LEVEL}, the
     * fastest that compresses). 0 sends stored DEFLATE blocks, still {@code zip: DEF}: no CPU spent
     * on compression, tokens about 1.8 times larger; 2–9 cost more time for a few percent.
     */
    public Builder deflateLevel(int level) {
      if (level < 0 || level > 9) {
        throw new StoreConfigurationException("The deflate level must be 0 to 9, not " + level);
      }
      this.deflateLevel = level;
      return this;
    }

    /** Purges states past their {@code expiresAt} this often (default: never). */
    public Builder purgeExpiredEvery(Duration interval) {
      if (interval != null && (interval.isNegative() || interval.isZero())) {
        throw new StoreConfigurationException("The purge interval must be positive");
      }
      this.purgeInterval = interval;
      return this;
    }

    /**
     * How the cryptography provider is chosen: {@code AUTO} (the native provider when available,
     * else the JDK's), {@code NATIVE} (required) or {@code JDK}. Default: {@value
     * StoreCrypto#SETTING} or the system property {@value StoreCrypto#PROPERTY}, else {@code AUTO}.
     */
    public Builder cryptoProvider(StoreCrypto.Mode mode) {
      this.cryptoMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * The native provider, when the application loaded it itself rather than putting it on the
     * class path or installing it in {@link java.security.Security} (where it is found without
     * this); used unless the mode is {@code JDK}.
     */
    public Builder nativeProvider(Provider provider) {
      this.nativeProvider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * Applies settings by their environment-variable names ({@link StoreSettings}): keys, database,
     * port and limits. Keys found here are added to those given by {@link #keys}.
     */
    public Builder settings(Map<String, String> settings) {
      StoreSettings.applyTo(this, settings);
      return this;
    }

    /** Adds keys to those of {@link #keys}, e.g. from key files. */
    public Builder addKeys(Consumer<StoreKeyRing.Builder> adder) {
      if (keyRing == null) {
        keyRing = StoreKeyRing.builder();
      }
      adder.accept(keyRing);
      return this;
    }

    /** The store; the keys are checked now, the database is opened when it starts. */
    public FlowStore build() {
      StoreKeyRing ring = keys;
      if (keyRing != null) {
        if (keys != null) {
          for (String kid : keys.platformKeyIds()) {
            keyRing.platformKey("configured platform key " + kid, keys.platformKey(kid).orElseThrow());
          }
          for (String kid : keys.receiverKeyIds()) {
            keyRing.receiverKey("configured receiver key " + kid, keys.receiverKey(kid).orElseThrow());
          }
        }
        ring = keyRing.build();
      }
      if (ring == null) {
        throw new StoreConfigurationException(
            "No keys are configured: give the platformKey and receiverKey Flow returned when the "
                + "store was created (PLATFORM_KEY / RECEIVER_KEY)");
      }
      if (maxInFlightBytes > 0 && maxInFlightBytes < maxBodyBytes) {
        throw new StoreConfigurationException(
            "The in-flight body limit (" + maxInFlightBytes + " bytes) must be at least the body limit ("
                + maxBodyBytes + " bytes)");
      }
      if (publicBasePath == null && basePath.isEmpty()) {
        publicBasePath = "";
      }
      StoreCrypto crypto;
      try {
        crypto =
            StoreCrypto.select(
                cryptoMode != null ? cryptoMode : StoreCrypto.configuredMode(), nativeProvider);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new StoreConfigurationException(e.getMessage());
      }
      return new FlowStore(this, ring, crypto);
    }

    private static String normalisePath(String path) {
      Objects.requireNonNull(path, "path");
      String trimmed = path.strip();
      while (trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      if (!trimmed.isEmpty() && !trimmed.startsWith("/")) {
        trimmed = "/" + trimmed;
      }
      if (trimmed.contains("?") || trimmed.contains("#") || trimmed.contains("//")) {
        throw new StoreConfigurationException("A base path is a plain path like /api/storage/1");
      }
      return trimmed;
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new StoreConfigurationException(name + " must be positive");
      }
      return value;
    }
  }
}
