package io.flowkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.testing.TestClock;
import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.StoreFixture;
import io.flowkit.store.testing.TestDatabases;
import io.flowkit.store.testing.TestPostgres;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.StoreKeyPairs;
import io.flowkit.testkit.StoreResponse;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Flow states are often megabytes: a 20 MB state must survive the round trip (JOSE libraries cap
 * decompression far lower by default), and what is over the configured caps gets 413.
 */
class LargeStateIT {

  private static final int MB = 1024 * 1024;

  /** A JSON document of about {@code bytes} bytes that compresses like real data, not like zeros. */
  static String largeState(int bytes) {
    Random random = new Random(42);
    StringBuilder json = new StringBuilder(bytes + 4096).append("{\"items\":[");
    byte[] chunk = new byte[600];
    int i = 0;
    while (json.length() < bytes) {
      random.nextBytes(chunk);
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"index\":").append(i++).append(",\"label\":\"item \\\"").append(i)
          .append("\\\"\",\"data\":\"").append(Base64.getEncoder().encodeToString(chunk))
          .append("\",\"flags\":[true,false,null]}");
    }
    return json.append("]}").toString();
  }

  @Test
  void aTwentyMegabyteStateRoundTripsOnH2() {
    roundTrip(TestDatabases.h2File());
  }

  @Test
  void aTwentyMegabyteStateRoundTripsOnPostgres() {
    DatabaseSettings database = TestPostgres.newSchema();
    try {
      roundTrip(database);
    } finally {
      TestPostgres.dropSchema(database);
    }
  }

  private static void roundTrip(DatabaseSettings database) {
    String content = largeState(20 * MB);
    assertThat(content.length()).isGreaterThanOrEqualTo(20 * MB);
    try (StoreFixture f = StoreFixture.start(database)) {
      UUID tenant = UUID.randomUUID();
      PlatformState state = PlatformState.of(tenant, content);

      StoreResponse saved = f.client.save(tenant, state);

      assertThat(saved.status()).as(saved.toString()).isEqualTo(204);
      assertThat(f.client.loadState(tenant, state.id()).orElseThrow().content()).isEqualTo(content);
    }
  }

  @Test
  void aStateOverTheStateCapGets413AndNothingIsStored() {
    try (StoreFixture f =
        StoreFixture.start(
            TestDatabases.h2InMemory(), StoreKeyPairs.generate(), TestClock.atCurrentSecond(),
            b -> b.maxStateBytes(MB))) {
      UUID tenant = UUID.randomUUID();
      PlatformState small = PlatformState.of(tenant, largeState(MB / 2));
      PlatformState large = PlatformState.of(tenant, largeState(2 * MB));

      StoreResponse response = f.client.save(tenant, small, large);

      assertThat(response.status()).as(response.toString()).isEqualTo(413);
      assertThat(response.body()).contains("larger than the store accepts");
      assertThat(f.rows(tenant)).isZero();
    }
  }

  @Test
  void aBodyOverTheBodyCapGets413AndNothingIsStored() {
    try (StoreFixture f =
        StoreFixture.start(
            TestDatabases.h2InMemory(), StoreKeyPairs.generate(), TestClock.atCurrentSecond(),
            b -> b.maxBodyBytes(MB))) {
      UUID tenant = UUID.randomUUID();
      PlatformState large = PlatformState.of(tenant, largeState(2 * MB));

      StoreResponse response = f.client.save(tenant, large);

      assertThat(response.status()).as(response.toString()).isEqualTo(413);
      assertThat(f.rows(tenant)).isZero();
    }
  }

  @Test
  void aHighlyCompressibleStateIsCappedWhileInflating() {
    try (StoreFixture f =
        StoreFixture.start(
            TestDatabases.h2InMemory(), StoreKeyPairs.generate(), TestClock.atCurrentSecond(),
            b -> b.maxStateBytes(MB))) {
      UUID tenant = UUID.randomUUID();
      // 8 MB of one repeated character deflates to a few kilobytes: a small body, a big bomb.
      PlatformState bomb = PlatformState.of(tenant, "\"" + "a".repeat(8 * MB) + "\"");

      StoreResponse response = f.client.save(tenant, bomb);

      assertThat(response.status()).as(response.toString()).isEqualTo(413);
      assertThat(f.rows(tenant)).isZero();
    }
  }
}
