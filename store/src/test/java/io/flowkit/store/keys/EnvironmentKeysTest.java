package io.flowkit.store.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.store.testing.TestVectors;
import io.flowkit.testkit.StoreKeyPairs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentKeysTest {

  static final String VECTOR_KID = "918f5a24-290e-4659-9cd6-c8d95aee92c6";

  private static StoreKeyRing ring(Map<String, String> environment) {
    return EnvironmentKeys.addTo(StoreKeyRing.builder(), environment).build();
  }

  @Test
  void readsTheSinglePairVariables() {
    StoreKeyPairs keys = StoreKeyPairs.generate();

    StoreKeyRing ring =
        ring(Map.of("PLATFORM_KEY", keys.platformKeyForStore(), "RECEIVER_KEY", keys.receiverKeyForStore()));

    assertThat(ring.platformKey(keys.platformKid())).contains(keys.platformPair().toPublicJWK());
    assertThat(ring.receiverKey(keys.receiverKid())).contains(keys.receiverPair());
  }

  @Test
  void readsKidNamedVariablesWithHyphensOrUnderscores() {
    StoreKeyRing ring =
        ring(Map.of(
            "PLATFORM_KEY_" + VECTOR_KID, TestVectors.read("platform-full-key.json"),
            "RECEIVER_KEY_" + VECTOR_KID.replace('-', '_').toUpperCase(),
            TestVectors.read("receiver-full-key.json")));

    assertThat(ring.platformKeyIds()).containsExactly(VECTOR_KID);
    assertThat(ring.receiverKeyIds()).containsExactly(VECTOR_KID);
  }

  @Test
  void keepsOnlyThePublicHalfOfAPlatformKey() {
    StoreKeyRing ring =
        ring(Map.of(
            "PLATFORM_KEY", TestVectors.read("platform-full-key.json"),
            "RECEIVER_KEY", TestVectors.read("receiver-full-key.json")));

    assertThat(ring.platformKey(VECTOR_KID).orElseThrow().isPrivate()).isFalse();
  }

  @Test
  void servesTheSinglePairAndTheKidNamedPairsTogether() {
    StoreKeyPairs single = StoreKeyPairs.generate();
    StoreKeyPairs more = StoreKeyPairs.generate();

    StoreKeyRing ring =
        ring(Map.of(
            "PLATFORM_KEY", single.platformKeyForStore(),
            "RECEIVER_KEY", single.receiverKeyForStore(),
            "PLATFORM_KEY_" + more.platformKid(), more.platformKeyForStore(),
            "RECEIVER_KEY_" + more.receiverKid(), more.receiverKeyForStore(),
            "PATH", "/usr/bin"));

    assertThat(ring.platformKeyIds()).containsExactlyInAnyOrder(single.platformKid(), more.platformKid());
    assertThat(ring.receiverKeyIds()).containsExactlyInAnyOrder(single.receiverKid(), more.receiverKid());
  }

  @Test
  void refusesAVariableNamedAfterAnotherKid() {
    StoreKeyPairs keys = StoreKeyPairs.generate();

    assertThatThrownBy(() -> ring(Map.of(
            "PLATFORM_KEY_" + java.util.UUID.randomUUID(), keys.platformKeyForStore(),
            "RECEIVER_KEY", keys.receiverKeyForStore())))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("must be named after its key's kid");
  }

  @Test
  void refusesTwoDifferentKeysWithOneKid() {
    StoreKeyPairs a = StoreKeyPairs.generate("same");
    StoreKeyPairs b = StoreKeyPairs.generate("same");

    assertThatThrownBy(() -> ring(Map.of(
            "PLATFORM_KEY", a.platformKeyForStore(),
            "PLATFORM_KEY_same", b.platformKeyForStore(),
            "RECEIVER_KEY", a.receiverKeyForStore())))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("same kid same");
  }

  @Test
  void refusesAnEnvironmentWithoutKeys() {
    assertThatThrownBy(() -> ring(Map.of("PATH", "/usr/bin")))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("PLATFORM_KEY");
  }

  @Test
  void refusesAnotherKeyResolver() {
    StoreKeyPairs keys = StoreKeyPairs.generate();

    assertThatThrownBy(() -> ring(Map.of(
            "KEY_RESOLVER", "vault",
            "PLATFORM_KEY", keys.platformKeyForStore(),
            "RECEIVER_KEY", keys.receiverKeyForStore())))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("environment_variable");
  }
}
