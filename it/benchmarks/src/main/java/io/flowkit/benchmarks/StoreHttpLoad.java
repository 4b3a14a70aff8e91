package io.flowkit.benchmarks;

import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Saves and loads of 8 KB states per second over HTTP against the standalone store jar, run as its
 * own process once per database and provider, from this process: every request is signed and
 * encrypted before the timed window, so the client's cryptography is not measured.
 *
 * <pre>
 * java -cp it/benchmarks/target/benchmarks.jar io.flowkit.benchmarks.StoreHttpLoad \
 *     [jar=cli/target/flowkit-cli-0.1.0-SNAPSHOT.jar] [databases=h2,postgres] [providers=jdk,native]
 *     [threads=8] [seconds=10] [warmup=5] [states=4000] [bytes=8192]
 * </pre>
 *
 * PostgreSQL: {@code FLOWKIT_TEST_PG_URL}, {@code FLOWKIT_TEST_PG_USER}, {@code
 * FLOWKIT_TEST_PG_PASSWORD} (default {@code jdbc:postgresql://localhost:5432/flowkit_test}, flowkit,
 * flowkit); each run gets a schema of its own, dropped afterwards.
 */
public final class StoreHttpLoad {

  private static final String BASE = "/api/storage/1";

  private record Result(String database, String provider, String crypto, double saves, double loads) {}

  private StoreHttpLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("jar", "cli/target/flowkit-cli-0.1.0-SNAPSHOT.jar");
    options.put("databases", "h2,postgres");
    options.put("providers", "jdk,native");
    options.put("threads", "8");
    options.put("seconds", "10");
    options.put("warmup", "5");
    options.put("states", "4000");
    options.put("bytes", "8192");
    options = BenchmarkOptions.parseKnown(args, options);
    Path jar = Path.of(options.get("jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException(jar + " does not exist: build it with mvn -pl cli -am package");
    }
    List<Result> results = new ArrayList<>();
    for (String database : options.get("databases").split(",")) {
      for (String provider : options.get("providers").split(",")) {
        results.add(run(jar, database.strip(), provider.strip(), options));
      }
    }
    System.out.println();
    System.out.printf("8 KB states (%s bytes), %s client threads, %s s windows after %s s warm-up%n",
        options.get("bytes"), options.get("threads"), options.get("seconds"), options.get("warmup"));
    System.out.printf("%-9s %-8s %10s %10s   %s%n", "database", "provider", "saves/s", "loads/s", "store's cryptography");
    for (Result r : results) {
      System.out.printf(Locale.ROOT, "%-9s %-8s %10.0f %10.0f   %s%n",
          r.database(), r.provider(), r.saves(), r.loads(), r.crypto());
    }
  }

  private static Result run(Path jar, String database, String provider, Map<String, String> options)
      throws Exception {
    int threads = Integer.parseInt(options.get("threads"));
    int seconds = Integer.parseInt(options.get("seconds"));
    int warmup = Integer.parseInt(options.get("warmup"));
    int count = Integer.parseInt(options.get("states"));
    int bytes = Integer.parseInt(options.get("bytes"));
    Path dir = Files.createTempDirectory("flowkit-store-load");
    StoreKeyPairs keys = StoreKeyPairs.generate();
    int port = freePort();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PORT", Integer.toString(port));
    env.put("FLOWKIT_STORE_HOST", "127.0.0.1");
    env.put("PLATFORM_KEY", keys.platformKeyForStore());
    env.put("RECEIVER_KEY", keys.receiverKeyForStore());
    env.put("FLOWKIT_CRYPTO_PROVIDER", provider);
    String schema = null;
    if (database.equals("postgres")) {
      schema = "flowkit_load_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      env.put("DATABASE_URL", pg("URL", "jdbc:postgresql://localhost:5432/flowkit_test"));
      env.put("DATABASE_USERNAME", pg("USER", "flowkit"));
      env.put("DATABASE_PASSWORD", pg("PASSWORD", "flowkit"));
      env.put("DATABASE_SCHEMA", schema);
    } else {
      env.put("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("store"));
    }
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "store");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("PLATFORM_KEY")
        || name.startsWith("RECEIVER_KEY") || name.startsWith("DATABASE_") || name.startsWith("FLOWKIT_"));
    builder.environment().putAll(env);
    Path log = dir.resolve("store.log");
    Process store = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      URI base = URI.create("http://127.0.0.1:" + port + BASE);
      PlatformTokens platform = new PlatformTokens(keys);
      StoreClient client = new StoreClient(base, platform);
      awaitHealthy(client, store, log);
      String crypto = Files.readAllLines(log).stream()
          .filter(line -> line.contains("(cryptography: "))
          .map(line -> line.substring(line.indexOf("(cryptography: ") + 15, line.length() - 1))
          .findFirst().orElse("?");
      System.out.printf("%s / %s: store up (%s); signing %d states...%n", database, provider, crypto, count);

      // Everything signed and encrypted now, before the clock starts.
      int tenantCount = 16;
      List<UUID> tenants = new ArrayList<>();
      Map<UUID, String> saveHeaders = new LinkedHashMap<>();
      for (int t = 0; t < tenantCount; t++) {
        UUID tenant = UUID.randomUUID();
        tenants.add(tenant);
        saveHeaders.put(tenant, platform.signatureHeader(tenant, BASE + "/states/" + tenant));
      }
      List<HttpRequest> saves = new ArrayList<>(count);
      List<HttpRequest> loads = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        UUID tenant = tenants.get(i % tenantCount);
        PlatformState state = PlatformState.of(tenant, StoreStates.content(bytes, i));
        String body = "[{\"token\":\"" + platform.stateToken(state) + "\"}]";
        saves.add(request(base + "/states/" + tenant, keys, saveHeaders.get(tenant))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String loadPath = "/states/" + tenant + "/" + state.id();
        loads.add(request(base + loadPath, keys, platform.signatureHeader(tenant, BASE + loadPath))
            .GET().build());
      }

      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      // Every state saved once (inserts), then the timed windows; later saves are upserts.
      window(http, saves, 204, threads, 0, true);
      window(http, saves, 204, threads, warmup, false);
      double savesPerSecond = window(http, saves, 204, threads, seconds, false);
      window(http, loads, 200, threads, warmup, false);
      double loadsPerSecond = window(http, loads, 200, threads, seconds, false);
      // Outside the window: what came back opens as the platform opens it.
      UUID tenant = tenants.get(0);
      client.loadState(tenant, PlatformState.of(tenant, "{}").id()); // a 404, checked not to throw
      System.out.printf("%s / %s: %.0f saves/s, %.0f loads/s%n", database, provider, savesPerSecond, loadsPerSecond);
      return new Result(database, provider, crypto, savesPerSecond, loadsPerSecond);
    } finally {
      store.destroy();
      if (!store.waitFor(60, TimeUnit.SECONDS)) {
        store.destroyForcibly();
      }
      if (schema != null) {
        dropSchema(schema);
      }
    }
  }

  private static HttpRequest.Builder request(String uri, StoreKeyPairs keys, String signature) {
    return HttpRequest.newBuilder(URI.create(uri))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .header(StoreClient.PLATFORM_KEY_ID, keys.platformKid())
        .header(StoreClient.RECEIVER_KEY_ID, keys.receiverKid())
        .header(StoreClient.SIGNATURE, signature);
  }

  /**
   * Sends the requests round robin from {@code threads} threads for {@code seconds} (0 and {@code
   * once}: each request once) and returns the completed requests per second.
   */
  private static double window(HttpClient http, List<HttpRequest> requests, int status, int threads,
      int seconds, boolean once) throws Exception {
    if (seconds == 0 && !once) {
      return 0;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          while (true) {
            int i = next.getAndIncrement();
            if (once ? i >= requests.size() : System.nanoTime() >= end) {
              return null;
            }
            HttpResponse<String> response =
                http.send(requests.get(i % requests.size()), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != status) {
              throw new IllegalStateException("the store answered " + response.statusCode() + ": "
                  + response.body());
            }
            done.incrementAndGet();
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  private static void awaitHealthy(StoreClient client, Process store, Path log) throws Exception {
    for (int attempt = 0; attempt < 600; attempt++) {
      if (!store.isAlive()) {
        throw new IllegalStateException("the store exited: " + Files.readString(log));
      }
      try {
        if (client.health().status() == 200) {
          return;
        }
      } catch (IllegalStateException notYetListening) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the store did not become healthy: " + Files.readString(log));
  }

  private static String pg(String name, String fallback) {
    String value = System.getenv("FLOWKIT_TEST_PG_" + name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void dropSchema(String schema) {
    try (Connection connection = DriverManager.getConnection(
            pg("URL", "jdbc:postgresql://localhost:5432/flowkit_test"), pg("USER", "flowkit"),
            pg("PASSWORD", "flowkit"));
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    } catch (SQLException e) {
      System.err.println("Could not drop schema " + schema + ": " + e.getMessage());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
