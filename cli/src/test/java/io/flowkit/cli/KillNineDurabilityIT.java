package io.flowkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.testing.Await;
import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.TestPostgres;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import io.flowkit.testkit.StoreResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A {@code 204} means the states survive the store process dying the next instant: the store jar
 * runs as a process, saves states and batches, is killed with SIGKILL right after the answer,
 * restarts on the same database and must load every state it acknowledged. And a batch is stored
 * all or none: killed at random moments while batches are in flight, the store keeps every
 * acknowledged batch whole and every unanswered one whole or not at all.
 */
class KillNineDurabilityIT {

  private static final Path JAR = Path.of(System.getProperty("flowkit.allJar", "target/missing-all.jar"));
  private static final int ROUNDS = 8;

  /** The store jar's settings for an H2 file database under {@code dir}. */
  private static Map<String, String> h2(Path dir) {
    return Map.of("DATABASE_URL", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("store"));
  }

  /** The store jar's settings for a PostgreSQL schema of its own. */
  private static Map<String, String> postgres(DatabaseSettings database) {
    return Map.of(
        "DATABASE_URL", database.url(),
        "DATABASE_USERNAME", database.username(),
        "DATABASE_PASSWORD", database.password(),
        "DATABASE_SCHEMA", database.schema());
  }

  @Test
  void everyAcknowledgedStateSurvivesKillNineOnTheEmbeddedDatabase() throws Exception {
    Path dir = workDir();
    survivesKillNine(dir, h2(dir));
  }

  @Test
  void everyAcknowledgedStateSurvivesKillNineOnPostgres() throws Exception {
    DatabaseSettings database = TestPostgres.newSchema();
    try {
      survivesKillNine(workDir(), postgres(database));
    } finally {
      TestPostgres.dropSchema(database);
    }
  }

  @Test
  void batchesInFlightAtKillNineAreAllOrNoneOnTheEmbeddedDatabase() throws Exception {
    Path dir = workDir();
    batchesAreAllOrNone(dir, h2(dir));
  }

  @Test
  void batchesInFlightAtKillNineAreAllOrNoneOnPostgres() throws Exception {
    DatabaseSettings database = TestPostgres.newSchema();
    try {
      batchesAreAllOrNone(workDir(), postgres(database));
    } finally {
      TestPostgres.dropSchema(database);
    }
  }

  private static final int KILL_ROUNDS = 6;
  private static final int WRITERS = 3;

  /**
   * Rounds of: start the store, check every batch so far, let {@value #WRITERS} writers save
   * batches of 2 to 12 states as fast as they can, SIGKILL the store at a random moment.
   */
  private static void batchesAreAllOrNone(Path dir, Map<String, String> database) throws Exception {
    long seed = Long.getLong("flowkit.kill.seed", System.nanoTime());
    Random random = new Random(seed);
    StoreKeyPairs keys = StoreKeyPairs.generate();
    UUID tenant = UUID.randomUUID();
    List<List<PlatformState>> whole = new CopyOnWriteArrayList<>();
    List<List<PlatformState>> absent = new ArrayList<>();
    List<List<PlatformState>> unanswered = new CopyOnWriteArrayList<>();
    int inFlightAtKills = 0;
    int acknowledgedBatches = 0;
    for (int round = 0; round <= KILL_ROUNDS; round++) {
      Started store = start(dir, keys, database, 100 + round);
      try {
        String context = "seed " + seed + ", after kill " + round;
        for (List<PlatformState> batch : whole) {
          assertThat(loaded(store.client, tenant, batch)).as("an acknowledged batch, " + context).isEqualTo(batch.size());
        }
        for (List<PlatformState> batch : absent) {
          assertThat(loaded(store.client, tenant, batch)).as("a batch found absent before, " + context).isZero();
        }
        for (List<PlatformState> batch : unanswered) {
          int found = loaded(store.client, tenant, batch);
          assertThat(found).as("a batch in flight at the kill: all or none, " + context).isIn(0, batch.size());
          (found == 0 ? absent : whole).add(batch);
        }
        unanswered.clear();
        if (round == KILL_ROUNDS) {
          break;
        }
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<Integer>> acknowledged = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          long writerSeed = random.nextLong();
          acknowledged.add(writers.submit(() -> writeUntilKilled(store.client, tenant, new Random(writerSeed), whole,
              unanswered)));
        }
        // The kill comes at a random moment once the writers are saving (a fresh store is slow at first).
        int before = whole.size();
        Await.until("batches acknowledged in round " + round, Duration.ofSeconds(60), () -> whole.size() >= before + 3);
        Thread.sleep(random.nextInt(1000));
        store.process.destroyForcibly();
        assertThat(store.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        for (Future<Integer> writer : acknowledged) {
          acknowledgedBatches += writer.get(2, TimeUnit.MINUTES);
        }
        writers.shutdown();
        inFlightAtKills += unanswered.size();
      } finally {
        store.process.destroyForcibly();
        store.process.waitFor(60, TimeUnit.SECONDS);
      }
    }
    System.out.printf("KillNineDurabilityIT: %d kills, %d batches acknowledged, %d in flight at a kill "
        + "(%d found whole, %d absent after restart), seed %d%n", KILL_ROUNDS, acknowledgedBatches, inFlightAtKills,
        whole.size() - acknowledgedBatches, absent.size(), seed);
    // Over all the kills, some batch must have been cut off, or the all-or-none check proved nothing.
    assertThat(inFlightAtKills).isPositive();
  }

  /** Saves batches until the store is gone; returns how many were acknowledged. */
  private static int writeUntilKilled(StoreClient client, UUID tenant, Random random,
      List<List<PlatformState>> acknowledged, List<List<PlatformState>> unanswered) {
    int count = 0;
    while (true) {
      List<PlatformState> batch = new ArrayList<>();
      int size = 2 + random.nextInt(11);
      for (int i = 0; i < size; i++) {
        batch.add(PlatformState.of(tenant, "{\"item\":" + i + ",\"pad\":\"" + "x".repeat(random.nextInt(4096)) + "\"}"));
      }
      // Tokens first, so that the writer spends its time in the request rather than in the crypto.
      List<String> tokens = batch.stream().map(client.tokens()::stateToken).toList();
      StoreResponse response;
      try {
        response = client.saveTokens(tenant, tokens);
      } catch (IllegalStateException killed) {
        unanswered.add(batch);
        return count;
      }
      assertThat(response.status()).as(response.toString()).isEqualTo(204);
      acknowledged.add(batch);
      count++;
    }
  }

  private static int loaded(StoreClient client, UUID tenant, List<PlatformState> batch) {
    int found = 0;
    for (PlatformState state : batch) {
      if (client.loadState(tenant, state.id()).isPresent()) {
        found++;
      }
    }
    return found;
  }

  private static void survivesKillNine(Path dir, Map<String, String> database) throws Exception {
    StoreKeyPairs keys = StoreKeyPairs.generate();
    UUID tenant = UUID.randomUUID();
    List<PlatformState> acknowledged = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      Started store = start(dir, keys, database, round);
      try {
        assertLoadsAll(store.client, tenant, acknowledged, round);
        PlatformState single = PlatformState.of(tenant, "{\"round\":" + round + "}");
        assertThat(store.client.save(tenant, single).status()).isEqualTo(204);
        acknowledged.add(single);
        PlatformState[] batch = new PlatformState[5];
        for (int i = 0; i < batch.length; i++) {
          batch[i] = PlatformState.of(tenant, "{\"round\":" + round + ",\"item\":" + i + "}");
        }
        assertThat(store.client.save(tenant, batch).status()).isEqualTo(204);
        acknowledged.addAll(List.of(batch));
      } finally {
        store.process.destroyForcibly(); // SIGKILL, the instant after the last 204
        assertThat(store.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
    }
    Started store = start(dir, keys, database, ROUNDS);
    try {
      assertLoadsAll(store.client, tenant, acknowledged, ROUNDS);
    } finally {
      store.process.destroy();
      store.process.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static void assertLoadsAll(StoreClient client, UUID tenant, List<PlatformState> states, int round) {
    for (PlatformState state : states) {
      assertThat(client.loadState(tenant, state.id()))
          .as("state %s, acknowledged before a kill -9, after restart %d", state.id(), round)
          .isPresent();
    }
  }

  private record Started(Process process, StoreClient client) {}

  private static Started start(Path dir, StoreKeyPairs keys, Map<String, String> database, int round)
      throws Exception {
    int port = freePort();
    Map<String, String> environment = new HashMap<>(database);
    environment.put("PORT", Integer.toString(port));
    environment.put("PLATFORM_KEY", keys.platformKeyForStore());
    environment.put("RECEIVER_KEY", keys.receiverKeyForStore());
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
        "store");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("PLATFORM_KEY")
        || name.startsWith("RECEIVER_KEY") || name.startsWith("DATABASE_") || name.equals("JDBC_DATABASE_URL")
        || name.equals("PORT"));
    builder.environment().putAll(environment);
    Path log = dir.resolve("store-" + round + ".log");
    Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    StoreClient client = new StoreClient(
        URI.create("http://localhost:" + port + "/api/storage/1"), new PlatformTokens(keys));
    Await.until("the store to answer its health check (its output: " + log + ")", Duration.ofSeconds(60), () -> {
      if (!process.isAlive()) {
        throw new AssertionError("the store exited: " + Files.readString(log));
      }
      try {
        return client.health().status() == 200;
      } catch (IllegalStateException notYetListening) {
        return false;
      }
    });
    return new Started(process, client);
  }

  private static Path workDir() throws IOException {
    String base = System.getProperty("flowkit.test.dir", "target/it-data");
    return Files.createDirectories(Path.of(base).resolve("kill9-" + UUID.randomUUID()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
