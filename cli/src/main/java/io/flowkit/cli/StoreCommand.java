package io.flowkit.cli;

import io.flowkit.store.FlowStore;
import io.flowkit.store.StoreConfigurationException;
import io.flowkit.store.StoreSettings;
import io.flowkit.store.jose.StoreCrypto;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code flowkit store}: a standalone External Storage API store, configured by a properties file,
 * then the environment, then flags (each overriding the one before).
 */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = {
      "Runs an External Storage API store for Boomi Flow until stopped (Ctrl-C, SIGTERM).",
      "",
      "Configured like the reference store, by environment variables: PLATFORM_KEY and "
          + "RECEIVER_KEY (or PLATFORM_KEY_<kid> / RECEIVER_KEY_<kid> for more pairs), "
          + "DATABASE_URL, DATABASE_USERNAME, DATABASE_PASSWORD, PORT; and flowkit's own: "
          + "DATABASE_SCHEMA, DATABASE_MAX_POOL_SIZE, DATABASE_CONNECTION_TIMEOUT, "
          + "FLOWKIT_STORE_HOST, FLOWKIT_STORE_BASE_PATH, "
          + "FLOWKIT_STORE_PUBLIC_BASE_PATH, FLOWKIT_STORE_MAX_BODY_BYTES, "
          + "FLOWKIT_STORE_MAX_IN_FLIGHT_BYTES, FLOWKIT_STORE_MAX_CONNECTIONS, "
          + "FLOWKIT_STORE_MAX_STATE_BYTES, FLOWKIT_STORE_PURGE_INTERVAL, "
          + "FLOWKIT_CRYPTO_PROVIDER. A --config file takes "
          + "the same names; flags override both.",
      "Without DATABASE_URL the store keeps states in the H2 file ./flowkit-store.mv.db.",
      ""
    })
final class StoreCommand implements Callable<Integer> {

  @Option(names = "--config", paramLabel = "FILE",
      description = "A properties file with settings by their environment-variable names.")
  private Path config;

  @Option(names = {"-p", "--port"}, description = "Port to listen on (PORT; default 8080; 0: any free port).")
  private Integer port;

  @Option(names = "--host", description = "Address to listen on (default 0.0.0.0).")
  private String host;

  @Option(names = "--base-path", description = "Where the API is served (default /api/storage/1).")
  private String basePath;

  @Option(names = "--public-base-path",
      description = "The base path as Flow addresses it, if a proxy rewrites it.")
  private String publicBasePath;

  @Option(names = "--database-url", description = "JDBC URL: jdbc:postgresql://... or jdbc:h2:...")
  private String databaseUrl;

  @Option(names = "--database-username", description = "Database user.")
  private String databaseUsername;

  @Option(names = "--database-password-file", paramLabel = "FILE",
      description = "A file holding the database password (safer than the environment).")
  private Path databasePasswordFile;

  @Option(names = "--database-schema", description = "Schema for the store's table (created when missing).")
  private String databaseSchema;

  @Option(names = "--platform-key", paramLabel = "FILE",
      description = "A file holding a platformKey (JWK JSON); repeatable.")
  private List<Path> platformKeyFiles = new ArrayList<>();

  @Option(names = "--receiver-key", paramLabel = "FILE",
      description = "A file holding a receiverKey (JWK JSON with d); repeatable.")
  private List<Path> receiverKeyFiles = new ArrayList<>();

  @Option(names = "--max-body", paramLabel = "SIZE", description = "Largest request body, e.g. 64MB.")
  private String maxBody;

  @Option(names = "--max-in-flight", paramLabel = "SIZE",
      description = "Most request-body bytes held at once; past it 503 + Retry-After "
          + "(default: 128MB or the body limit, the larger).")
  private String maxInFlight;

  @Option(names = "--max-connections", paramLabel = "N",
      description = "Most connections open at once; past it new ones wait to be accepted (default 10000).")
  private String maxConnections;

  @Option(names = "--database-connection-timeout", paramLabel = "DURATION",
      description = "How long a request waits for a database connection before a 503, e.g. 5s (default 5s).")
  private String databaseConnectionTimeout;

  @Option(names = "--max-state", paramLabel = "SIZE",
      description = "Largest state token once decompressed, e.g. 64MB.")
  private String maxState;

  @Option(names = "--purge-interval", paramLabel = "DURATION",
      description = "Delete states past their expiresAt this often, e.g. 1h (default: never).")
  private String purgeInterval;

  @Option(names = "--crypto-provider", paramLabel = "MODE",
      description = "auto (the native provider this jar carries when the platform has one, else "
          + "the JDK's), native or jdk (FLOWKIT_CRYPTO_PROVIDER; default auto).")
  private String cryptoProvider;

  private final CliContext context;

  StoreCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    FlowStore store = createStore();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      store.close();
      stopped.countDown();
    }, "flowkit-store-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    // start() logs where the store listens.
    store.start();
    stopped.await();
    return 0;
  }

  /** The store these settings describe, not yet started. */
  FlowStore createStore() throws IOException {
    Map<String, String> settings = new HashMap<>();
    if (config != null) {
      Properties file = new Properties();
      try (Reader reader = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
        file.load(reader);
      }
      file.stringPropertyNames().forEach(name -> settings.put(name, file.getProperty(name)));
    }
    settings.putAll(context.environment());
    put(settings, StoreSettings.PORT, port == null ? null : port.toString());
    put(settings, StoreSettings.HOST, host);
    put(settings, StoreSettings.BASE_PATH, basePath);
    put(settings, StoreSettings.PUBLIC_BASE_PATH, publicBasePath);
    put(settings, StoreSettings.DATABASE_URL, databaseUrl);
    put(settings, StoreSettings.DATABASE_USERNAME, databaseUsername);
    if (databasePasswordFile != null) {
      put(settings, StoreSettings.DATABASE_PASSWORD, Files.readString(databasePasswordFile).strip());
    }
    if (databaseUrl != null) {
      // A URL given as a flag is used as given, not overridden by the environment's.
      settings.remove(StoreSettings.JDBC_DATABASE_URL);
    }
    put(settings, StoreSettings.DATABASE_SCHEMA, databaseSchema);
    put(settings, StoreSettings.MAX_BODY_BYTES, maxBody);
    put(settings, StoreSettings.MAX_STATE_BYTES, maxState);
    put(settings, StoreSettings.MAX_IN_FLIGHT_BYTES, maxInFlight);
    put(settings, StoreSettings.MAX_CONNECTIONS, maxConnections);
    put(settings, StoreSettings.DATABASE_CONNECTION_TIMEOUT, databaseConnectionTimeout);
    put(settings, StoreSettings.PURGE_INTERVAL, purgeInterval);
    put(settings, StoreSettings.CRYPTO_PROVIDER, cryptoProvider);
    Map<Path, String> platformKeys = readAll(platformKeyFiles);
    Map<Path, String> receiverKeys = readAll(receiverKeyFiles);
    FlowStore.Builder builder = FlowStore.builder();
    if (cryptoMode(settings) != StoreCrypto.Mode.JDK) {
      NativeCryptoJars.load().ifPresent(builder::nativeProvider);
    }
    return builder
        .settings(settings)
        .addKeys(ring -> {
          platformKeys.forEach((file, json) -> ring.platformKey(file.toString(), json));
          receiverKeys.forEach((file, json) -> ring.receiverKey(file.toString(), json));
        })
        .build();
  }

  private static StoreCrypto.Mode cryptoMode(Map<String, String> settings) {
    String mode = settings.get(StoreSettings.CRYPTO_PROVIDER);
    try {
      return mode == null || mode.isBlank() ? StoreCrypto.configuredMode() : StoreCrypto.Mode.parse(mode);
    } catch (IllegalArgumentException e) {
      throw new StoreConfigurationException(e.getMessage());
    }
  }

  private static Map<Path, String> readAll(List<Path> files) throws IOException {
    Map<Path, String> contents = new java.util.LinkedHashMap<>();
    for (Path file : files) {
      contents.put(file, Files.readString(file, StandardCharsets.UTF_8));
    }
    return contents;
  }

  private static void put(Map<String, String> settings, String name, String value) {
    if (value != null) {
      settings.put(name, value);
    }
  }
}
