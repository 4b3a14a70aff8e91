package io.flowkit.store.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.testing.TestClock;
import io.flowkit.store.jose.TokenRejectedException.Reason;
import io.flowkit.store.keys.StoreKeyRing;
import io.flowkit.store.state.FlowState;
import io.flowkit.store.testing.TestVectors;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The token the reference store's platform simulator made in 2018 (jose4j), read by our decoder:
 * what the real platform writes.
 */
class KnownAnswerVectorTest {

  static final UUID TENANT = UUID.fromString("918f5a24-290e-4659-9cd6-c8d95aee92c6");
  static final UUID STATE = UUID.fromString("4b8b27d3-e4f3-4a78-8822-12476582af8a");
  /** Inside the token's validity window [1531823928, 1531824648). */
  static final Instant INSIDE_WINDOW = Instant.ofEpochSecond(1531824100);

  private final StoreKeyRing keys =
      StoreKeyRing.builder()
          .platformKey("platform-full-key.json", TestVectors.read("platform-full-key.json"))
          .receiverKey("receiver-full-key.json", TestVectors.read("receiver-full-key.json"))
          .build();

  private static String token() throws Exception {
    return new ObjectMapper()
        .readTree(TestVectors.read("encrypted-signed-valid-state.json"))
        .get("token")
        .textValue();
  }

  @Test
  void acceptsTheVectorInsideItsWindowAndReadsTheState() throws Exception {
    StateTokenReader reader =
        new StateTokenReader(keys, new TestClock(INSIDE_WINDOW), 64 * 1024 * 1024);

    FlowState state = reader.read(token(), TENANT);

    assertThat(state.tenant()).isEqualTo(TENANT);
    assertThat(state.id()).isEqualTo(STATE);
    assertThat(state.done()).isFalse();
    assertThat(state.expiresAt()).isNull();
    assertThat(state.flow()).isNotNull();
    assertThat(state.flowVersion()).isNotNull();
    assertThat(state.createdAt()).isBeforeOrEqualTo(state.updatedAt());
    assertThat(state.content()).isEqualTo(TestVectors.read("valid-state.json"));
  }

  @Test
  void readsTheVectorsTimesWithTheirOffsets() throws Exception {
    FlowState state =
        new StateTokenReader(keys, new TestClock(INSIDE_WINDOW), 64 * 1024 * 1024)
            .read(token(), TENANT);

    // Saved on 2018-07-17 by the simulator; the instant, not the text, is what must survive.
    assertThat(state.updatedAt().toInstant())
        .isBetween(
            OffsetDateTime.parse("2018-07-17T00:00:00Z").toInstant(),
            OffsetDateTime.parse("2018-07-18T00:00:00Z").toInstant());
  }

  @Test
  void refusesTheVectorAsExpiredOnTheRealClock() {
    StateTokenReader reader = new StateTokenReader(keys, Clock.systemUTC(), 64 * 1024 * 1024);

    assertThatThrownBy(() -> reader.read(token(), TENANT))
        .isInstanceOfSatisfying(
            TokenRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
  }

  @Test
  void refusesTheVectorOneSecondBeforeItsNotBefore() {
    StateTokenReader reader =
        new StateTokenReader(keys, new TestClock(Instant.ofEpochSecond(1531823927)), 1 << 26);

    assertThatThrownBy(() -> reader.read(token(), TENANT))
        .isInstanceOfSatisfying(
            TokenRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_YET_VALID));
  }

  @Test
  void refusesTheVectorAtItsExpiry() {
    StateTokenReader reader =
        new StateTokenReader(keys, new TestClock(Instant.ofEpochSecond(1531824648)), 1 << 26);

    assertThatThrownBy(() -> reader.read(token(), TENANT))
        .isInstanceOfSatisfying(
            TokenRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
  }

  @Test
  void refusesTheVectorPostedForAnotherTenant() {
    StateTokenReader reader = new StateTokenReader(keys, new TestClock(INSIDE_WINDOW), 1 << 26);

    assertThatThrownBy(() -> reader.read(token(), UUID.randomUUID()))
        .isInstanceOfSatisfying(
            TokenRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_AUDIENCE));
  }

  @Test
  void refusesTheVectorWhenItsStateIsLargerThanTheCap() {
    StateTokenReader reader = new StateTokenReader(keys, new TestClock(INSIDE_WINDOW), 4096);

    assertThatThrownBy(() -> reader.read(token(), TENANT))
        .isInstanceOfSatisfying(
            TokenRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }
}
