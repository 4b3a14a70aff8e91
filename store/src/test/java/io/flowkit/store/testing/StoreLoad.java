package io.flowkit.store.testing;

import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.testkit.PlatformState;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A load figure, not a test: saves and loads states over HTTP with the platform test kit and prints
 * the rate. Run with
 * {@code mvn -B -ntp -q -pl runtime test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.flowkit.store.testing.StoreLoad -Dexec.args="h2 2000 4 8192"}
 * (database {@code h2} or {@code postgres}, round trips, client threads, state size in bytes).
 */
public final class StoreLoad {

  private StoreLoad() {}

  public static void main(String[] args) throws Exception {
    String database = args.length > 0 ? args[0] : "h2";
    int roundTrips = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int size = args.length > 3 ? Integer.parseInt(args[3]) : 8192;
    DatabaseSettings settings =
        database.equals("postgres") ? TestPostgres.newSchema() : TestDatabases.h2File();
    String content = "{\"data\":\"" + "x".repeat(Math.max(0, size - 12)) + "\"}";
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (StoreFixture f = StoreFixture.start(settings)) {
      run(f, pool, Math.min(200, roundTrips), content); // warm-up
      long start = System.nanoTime();
      run(f, pool, roundTrips, content);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%s: %d save+load round trips of %d-byte states, %d client threads: "
              + "%.1f s, %.0f round trips/s%n",
          database, roundTrips, size, threads, seconds, roundTrips / seconds);
    } finally {
      pool.shutdownNow();
      if (database.equals("postgres")) {
        TestPostgres.dropSchema(settings);
      }
    }
  }

  private static void run(StoreFixture f, ExecutorService pool, int count, String content)
      throws Exception {
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      calls.add(pool.submit(() -> {
        UUID tenant = UUID.randomUUID();
        PlatformState state = PlatformState.of(tenant, content);
        if (f.client.save(tenant, state).status() != 204
            || f.client.loadState(tenant, state.id()).isEmpty()) {
          throw new IllegalStateException("a round trip failed");
        }
        return null;
      }));
    }
    for (Future<?> call : calls) {
      call.get();
    }
  }
}
