package io.flowkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.testing.TestClock;
import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.StoreFixture;
import io.flowkit.store.testing.TestPostgres;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import io.flowkit.testkit.StoreResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Several store instances on one PostgreSQL, as in a production deployment behind a balancer. */
class SharedPostgresIT {

  @Test
  void twoStoresStartTogetherOnOneDatabaseAndSeeEachOthersStates() throws Exception {
    DatabaseSettings database = TestPostgres.newSchema();
    StoreKeyPairs keys = StoreKeyPairs.generate();
    TestClock clock = TestClock.atCurrentSecond();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    // Both run their migrations at once: Flyway's lock must let exactly one create the table.
    CompletableFuture<StoreFixture> startA =
        CompletableFuture.supplyAsync(() -> StoreFixture.start(database, keys, clock, b -> b), pool);
    CompletableFuture<StoreFixture> startB =
        CompletableFuture.supplyAsync(() -> StoreFixture.start(database, keys, clock, b -> b), pool);
    try (StoreFixture a = startA.get(); StoreFixture b = startB.get()) {
      UUID tenant = UUID.randomUUID();
      PlatformState state = PlatformState.of(tenant, "{\"saved\":\"by a\"}");

      assertThat(a.client.save(tenant, state).status()).isEqualTo(204);
      assertThat(b.client.loadState(tenant, state.id()).orElseThrow().content())
          .isEqualTo(state.content());
      assertThat(b.client.delete(tenant, state.id()).status()).isEqualTo(204);
      assertThat(a.client.load(tenant, state.id()).status()).isEqualTo(404);

      // Both stores write versions of the same states at once; the newest version wins everywhere.
      List<PlatformState> versions = new ArrayList<>();
      UUID first = UUID.randomUUID();
      UUID second = UUID.randomUUID();
      for (int i = 0; i < 20; i++) {
        String updatedAt = "2024-01-01T00:00:" + String.format("%02d", i) + "Z";
        versions.add(PlatformState.of(tenant, "{\"version\":" + i + "}").withId(first)
            .withUpdatedAt(updatedAt));
        versions.add(PlatformState.of(tenant, "{\"version\":" + i + "}").withId(second)
            .withUpdatedAt(updatedAt));
      }
      List<Future<StoreResponse>> saves = new ArrayList<>();
      for (int i = 0; i < versions.size(); i += 2) {
        StoreClient client = (i / 2) % 2 == 0 ? a.client : b.client;
        // Each request saves both states, in opposite orders on the two stores.
        PlatformState one = versions.get(i);
        PlatformState two = versions.get(i + 1);
        boolean flip = (i / 2) % 2 == 1;
        saves.add(pool.submit(() -> flip ? client.save(tenant, two, one) : client.save(tenant, one, two)));
      }
      for (Future<StoreResponse> save : saves) {
        assertThat(save.get().status()).as(save.get().toString()).isEqualTo(204);
      }
      assertThat(a.client.loadState(tenant, first).orElseThrow().content()).isEqualTo("{\"version\":19}");
      assertThat(b.client.loadState(tenant, second).orElseThrow().content()).isEqualTo("{\"version\":19}");
    } finally {
      pool.shutdownNow();
      TestPostgres.dropSchema(database);
    }
  }
}
