package io.flowkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.testing.TestClock;
import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.StoreFixture;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import io.flowkit.testkit.StoreResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two store instances on one database, each with its own connection pool, racing to save versions
 * of the same states: whatever the interleaving, the stored version is the one with the latest
 * {@code updatedAt} (last writer by {@code updatedAt} wins, not last to arrive). Each round, every
 * state gets four versions; two go to one store and two to the other, in shuffled order, as batches
 * sent at once from two threads.
 */
abstract class RacingStoresContract {

  private static final int STATES_PER_ROUND = 50;
  private static final int VERSIONS = 4;

  abstract DatabaseSettings newDatabase();

  /** Rounds of {@value #STATES_PER_ROUND} raced states. */
  abstract int rounds();

  /**
   * Whether this is the JDK-provider run, which repeats fewer rounds: the race is the database's,
   * the provider only makes it slower (SunEC is several times slower than the native provider).
   */
  static boolean jdkRun() {
    return "jdk".equals(System.getProperty("flowkit.crypto.provider"));
  }

  void dropDatabase(DatabaseSettings database) {}

  @Test
  void theLatestUpdatedAtWinsOverEveryInterleaving() throws Exception {
    long seed = Long.getLong("flowkit.race.seed", System.nanoTime());
    Random random = new Random(seed);
    DatabaseSettings database = newDatabase();
    StoreKeyPairs keys = StoreKeyPairs.generate();
    TestClock clock = TestClock.atCurrentSecond();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (StoreFixture a = StoreFixture.start(database, keys, clock, b -> b);
        StoreFixture b = StoreFixture.start(database, keys, clock, x -> x)) {
      UUID tenant = UUID.randomUUID();
      Map<UUID, PlatformState> latest = new HashMap<>();
      int lostRaces = 0;
      for (int round = 0; round < rounds(); round++) {
        // Per store, two batches: its first and its second version of every state.
        List<List<PlatformState>> toA = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<PlatformState>> toB = List.of(new ArrayList<>(), new ArrayList<>());
        for (int s = 0; s < STATES_PER_ROUND; s++) {
          UUID id = UUID.randomUUID();
          OffsetDateTime base = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
              .plusSeconds(random.nextInt(1_000_000));
          List<PlatformState> versions = new ArrayList<>();
          for (int v = 0; v < VERSIONS; v++) {
            // 100 ns apart: only the seventh fractional digit tells some of them apart
            OffsetDateTime updatedAt = base.plusNanos(100L * (v + 1) * (1 + random.nextInt(3)) + v * 1000L);
            versions.add(PlatformState.of(tenant, "{\"state\":\"" + id + "\",\"version\":" + v + "}")
                .withId(id).withCreatedAt(base.toString()).withUpdatedAt(updatedAt.toString()));
          }
          latest.put(id, versions.get(VERSIONS - 1));
          Collections.shuffle(versions, random);
          toA.get(0).add(versions.get(0));
          toB.get(0).add(versions.get(1));
          toA.get(1).add(versions.get(2));
          toB.get(1).add(versions.get(3));
        }
        CountDownLatch go = new CountDownLatch(1);
        Future<List<Integer>> sentA = threads.submit(send(a.client, tenant, toA, go));
        Future<List<Integer>> sentB = threads.submit(send(b.client, tenant, toB, go));
        go.countDown();
        assertThat(sentA.get()).containsOnly(204);
        assertThat(sentB.get()).containsOnly(204);
      }

      try (Connection db = DriverManager.getConnection(database.url(), database.username(), database.password());
          PreparedStatement statement = db.prepareStatement("SELECT id, update_order, content FROM "
              + (database.schema() == null ? "" : "\"" + database.schema() + "\".") + "flowkit_states WHERE tenant_id = ?")) {
        statement.setObject(1, tenant);
        int rows = 0;
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            rows++;
            PlatformState expected = latest.get(result.getObject(1, UUID.class));
            OffsetDateTime updatedAt = OffsetDateTime.parse(expected.updatedAt());
            assertThat(result.getLong(2)).as("seed %d, state %s", seed, expected.id())
                .isEqualTo(updatedAt.toEpochSecond() * 1_000_000_000L + updatedAt.getNano());
            assertThat(result.getString(3)).as("seed %d", seed).isEqualTo(expected.content());
          }
        }
        assertThat(rows).isEqualTo(rounds() * STATES_PER_ROUND);
      }
      // And as either store serves it.
      PlatformState some = latest.values().iterator().next();
      assertThat(b.client.loadState(tenant, some.id()).orElseThrow().content()).isEqualTo(some.content());
      assertThat(a.client.loadState(tenant, some.id()).orElseThrow().content()).isEqualTo(some.content());
      System.out.printf("%s: %d states, each raced by %d versions over two stores (seed %d)%n",
          getClass().getSimpleName(), latest.size(), VERSIONS, seed);
    } finally {
      threads.shutdownNow();
      dropDatabase(database);
    }
  }

  private static Callable<List<Integer>> send(StoreClient client, UUID tenant, List<List<PlatformState>> batches,
      CountDownLatch go) {
    // Tokens made before the start, so that the two sides race on the database, not on the crypto.
    List<List<String>> tokens = batches.stream()
        .map(batch -> batch.stream().map(client.tokens()::stateToken).toList()).toList();
    return () -> {
      go.await();
      List<Integer> statuses = new ArrayList<>();
      for (List<String> batch : tokens) {
        StoreResponse response = client.saveTokens(tenant, batch);
        statuses.add(response.status());
      }
      return statuses;
    };
  }
}
