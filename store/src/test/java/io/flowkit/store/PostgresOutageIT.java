package io.flowkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.testing.Await;
import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.StoreFixture;
import io.flowkit.store.testing.TcpProxy;
import io.flowkit.store.testing.TestPostgres;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.StoreResponse;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL going away while saves flow, through a TCP proxy that is cut and restored (the shared
 * PostgreSQL server is never stopped): while it is gone every save and the health check answer 503
 * with {@code Retry-After} within a bounded time, never 500; once it is back the store recovers on
 * its own; no state it acknowledged is lost.
 */
class PostgresOutageIT {

  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(1);
  // The connection timeout, plus room for a loaded machine; far below the 10 s of the old default.
  private static final long BOUND_MILLIS = 6_000;

  @Test
  void anOutageIsAnswered503WithRetryAfterAndRecoversWithoutLosingAcknowledgedStates() throws Exception {
    DatabaseSettings direct = TestPostgres.newSchema();
    URI target = URI.create(direct.url().substring("jdbc:".length()));
    try (TcpProxy proxy = TcpProxy.start(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        StoreFixture f = StoreFixture.start(
            direct.withUrl("jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath())
                .withConnectionTimeout(CONNECTION_TIMEOUT).withMaxPoolSize(4))) {
      UUID tenant = UUID.randomUUID();
      List<PlatformState> acknowledged = new CopyOnWriteArrayList<>();
      Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
      AtomicLong slowest503 = new AtomicLong();
      List<String> unexpected = new CopyOnWriteArrayList<>();
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService clients = Executors.newFixedThreadPool(4);
      List<Future<?>> loops = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        loops.add(clients.submit(() -> {
          while (running.get()) {
            PlatformState state = PlatformState.of(tenant, "{\"n\":" + System.nanoTime() + "}");
            long start = System.nanoTime();
            StoreResponse response = f.client.save(tenant, state);
            long millis = (System.nanoTime() - start) / 1_000_000;
            statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
            if (response.status() == 204) {
              acknowledged.add(state);
            } else if (response.status() == 503) {
              slowest503.accumulateAndGet(millis, Math::max);
              if (!"5".equals(response.header("Retry-After")) || !response.body().contains("\"statusCode\":503")) {
                unexpected.add("a 503 without Retry-After or its problem body: " + response);
              }
            } else {
              unexpected.add(response.toString());
            }
          }
          return null;
        }));
      }
      Await.until("saves acknowledged before the outage", Duration.ofSeconds(60), () -> acknowledged.size() >= 40);
      int beforeOutage = acknowledged.size();

      proxy.cut();
      long cutAt = System.nanoTime();
      Await.until("saves answered 503 during the outage", Duration.ofSeconds(60),
          () -> statuses.getOrDefault(503, new AtomicInteger()).get() >= 20);
      long healthStart = System.nanoTime();
      StoreResponse health = f.client.health();
      long healthMillis = (System.nanoTime() - healthStart) / 1_000_000;
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.header("Retry-After")).isEqualTo("5");
      StoreHttpContract.assertProblem(health, 503);
      int acknowledgedDuringOutage = acknowledged.size();
      long outageMillis = (System.nanoTime() - cutAt) / 1_000_000;

      proxy.restore();
      long restoredAt = System.nanoTime();
      Await.until("the store to recover without a restart", Duration.ofSeconds(60),
          () -> f.client.health().status() == 200);
      long recoveryMillis = (System.nanoTime() - restoredAt) / 1_000_000;
      Await.until("saves acknowledged again", Duration.ofSeconds(60),
          () -> acknowledged.size() >= acknowledgedDuringOutage + 40);
      running.set(false);
      for (Future<?> loop : loops) {
        loop.get(2, TimeUnit.MINUTES);
      }
      clients.shutdown();

      System.out.printf("PostgresOutageIT: %d saves acknowledged (%d before the cut), answers %s, slowest 503 %d ms, "
              + "health 503 in %d ms, outage %d ms, recovered %d ms after the restore%n",
          acknowledged.size(), beforeOutage, statuses, slowest503.get(), healthMillis, outageMillis, recoveryMillis);
      assertThat(unexpected).isEmpty();
      assertThat(statuses.keySet()).containsOnly(204, 503);
      assertThat(slowest503.get()).isLessThan(BOUND_MILLIS);
      assertThat(healthMillis).isLessThan(BOUND_MILLIS);
      // Every acknowledged state is in the database, read directly rather than through the proxy.
      try (Connection db = DriverManager.getConnection(direct.url(), direct.username(), direct.password());
          PreparedStatement statement = db.prepareStatement(
              "SELECT id FROM \"" + direct.schema() + "\".flowkit_states WHERE tenant_id = ?")) {
        statement.setObject(1, tenant);
        List<UUID> stored = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            stored.add(rows.getObject(1, UUID.class));
          }
        }
        assertThat(stored).containsAll(acknowledged.stream().map(PlatformState::id).toList());
      }
    } finally {
      TestPostgres.dropSchema(direct);
    }
  }
}
