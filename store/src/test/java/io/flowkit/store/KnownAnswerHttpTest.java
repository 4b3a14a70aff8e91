package io.flowkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.testing.TestClock;
import io.flowkit.store.testing.StoreKeyRings;
import io.flowkit.store.testing.TestDatabases;
import io.flowkit.store.testing.TestVectors;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import io.flowkit.testkit.StoreResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The platform-made known-answer save request, sent to a running store over HTTP. */
class KnownAnswerHttpTest {

  static final UUID TENANT = UUID.fromString("918f5a24-290e-4659-9cd6-c8d95aee92c6");
  static final UUID STATE = UUID.fromString("4b8b27d3-e4f3-4a78-8822-12476582af8a");

  private final StoreKeyPairs keys =
      StoreKeyPairs.parse(
          TestVectors.read("platform-full-key.json"), TestVectors.read("receiver-full-key.json"));

  private FlowStore store(Clock clock) {
    return FlowStore.builder()
        .keys(StoreKeyRings.of(keys))
        .database(TestDatabases.h2InMemory())
        .clock(clock)
        .host("127.0.0.1")
        .port(0)
        .build()
        .start();
  }

  private static String vectorToken() throws Exception {
    return new ObjectMapper()
        .readTree(TestVectors.read("encrypted-signed-valid-state.json")).get("token").textValue();
  }

  @Test
  void savesTheVectorInsideItsWindowAndLoadsItsContentBack() throws Exception {
    TestClock clock = new TestClock(Instant.ofEpochSecond(1531824100));
    try (FlowStore store = store(clock)) {
      StoreClient platform = new StoreClient(store.uri(), new PlatformTokens(keys, clock));

      StoreResponse saved = platform.saveTokens(TENANT, List.of(vectorToken()));

      assertThat(saved.status()).as(saved.toString()).isEqualTo(204);
      assertThat(platform.loadState(TENANT, STATE).orElseThrow().content())
          .isEqualTo(TestVectors.read("valid-state.json"));
    }
  }

  @Test
  void refusesTheVectorAsExpiredOnTheRealClock() throws Exception {
    try (FlowStore store = store(Clock.systemUTC())) {
      StoreClient platform = new StoreClient(store.uri(), new PlatformTokens(keys));

      StoreResponse saved = platform.saveTokens(TENANT, List.of(vectorToken()));

      assertThat(saved.status()).isEqualTo(401);
      assertThat(saved.body()).contains("has expired");
      assertThat(platform.load(TENANT, STATE).status()).isEqualTo(404);
    }
  }
}
