package io.flowkit.store.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.ECKey;
import io.flowkit.store.keys.StoreKeyRing;
import io.flowkit.store.testing.StoreKeyRings;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreKeyPairs;
import java.security.Provider;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the provider is chosen, and that the store's JOSE works the same on each. */
class StoreCryptoTest {

  @Test
  void theTestRunUsesTheProviderItAsksFor() {
    String asked = System.getProperty(StoreCrypto.PROPERTY, "auto");
    StoreCrypto crypto = StoreCrypto.fromEnvironment();
    if (asked.equals("native")) {
      assertThat(crypto.isNative()).isTrue();
      assertThat(crypto.description()).startsWith("AmazonCorrettoCryptoProvider");
    } else if (asked.equals("jdk")) {
      assertThat(crypto.isNative()).isFalse();
      assertThat(crypto.provider()).isNull();
    }
  }

  @Test
  void modesAreReadInAnyCaseAndAnythingElseIsRefused() {
    assertThat(StoreCrypto.Mode.parse(" Native ")).isEqualTo(StoreCrypto.Mode.NATIVE);
    assertThat(StoreCrypto.Mode.parse("jdk")).isEqualTo(StoreCrypto.Mode.JDK);
    assertThat(StoreCrypto.Mode.parse("AUTO")).isEqualTo(StoreCrypto.Mode.AUTO);
    assertThatThrownBy(() -> StoreCrypto.Mode.parse("bouncy"))
        .hasMessageContaining("FLOWKIT_CRYPTO_PROVIDER")
        .hasMessageContaining("auto, native or jdk");
  }

  @Test
  void jdkModeNeverLooksForTheNativeProvider() {
    assertThat(StoreCrypto.select(StoreCrypto.Mode.JDK)).isSameAs(StoreCrypto.jdk());
  }

  @Test
  void autoFallsBackToTheJdkWhenTheNativeProviderIsUnusableAndNativeModeRefuses() {
    // A provider whose EC key agreement cannot be instantiated fails the self-test.
    Provider empty = new Provider("Broken", "1.0", "broken ECDH") {
      private static final long serialVersionUID = 1L;

      {
        put("KeyAgreement.ECDH", "no.such.KeyAgreementSpi");
      }
    };
    assertThat(StoreCrypto.select(StoreCrypto.Mode.AUTO, empty)).isSameAs(StoreCrypto.jdk());
    assertThatThrownBy(() -> StoreCrypto.select(StoreCrypto.Mode.NATIVE, empty))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("native")
        .hasMessageContaining("self-test");
  }

  @Test
  void tokensMadeOnOneProviderOpenOnTheOther() throws Exception {
    StoreCrypto nativeOrJdk = StoreCrypto.select(StoreCrypto.Mode.AUTO);
    StoreKeyPairs pairs = StoreKeyPairs.generate();
    StoreKeyRing ring = StoreKeyRings.of(pairs);
    UUID tenant = UUID.randomUUID();
    PlatformState state = PlatformState.of(tenant, "{\"a\":1}");
    String token = new PlatformTokens(pairs).stateToken(state);
    for (StoreCrypto crypto : new StoreCrypto[] {nativeOrJdk, StoreCrypto.jdk()}) {
      JoseKeys keys = JoseKeys.of(ring, crypto);
      StateTokenReader reader =
          new StateTokenReader(keys, Clock.systemUTC(), 1 << 20, java.time.Duration.ZERO);
      assertThat(reader.read(token, tenant).content()).isEqualTo(state.content());
      String loaded =
          new StateTokenWriter(keys, Clock.systemUTC())
              .write(tenant, state.id(), state.content(),
                  ring.receiverKey(pairs.receiverKid()).orElseThrow(),
                  ring.platformKey(pairs.platformKid()).orElseThrow());
      assertThat(new PlatformTokens(pairs).openLoadedToken(loaded, tenant).content())
          .isEqualTo(state.content());
    }
  }

  @Test
  void keysArePreparedOnceAndLookedUpPerRequest() {
    StoreKeyPairs pairs = StoreKeyPairs.generate();
    StoreKeyRing ring = StoreKeyRings.of(pairs);
    JoseKeys keys = JoseKeys.of(ring, StoreCrypto.fromEnvironment());
    ECKey platform = ring.platformKey(pairs.platformKid()).orElseThrow();
    ECKey receiver = ring.receiverKey(pairs.receiverKid()).orElseThrow();

    assertThat(keys.platformKey(pairs.platformKid())).isSameAs(keys.platformKey(pairs.platformKid()));
    assertThat(keys.platformKey(platform)).isSameAs(keys.platformKey(pairs.platformKid()));
    assertThat(keys.receiverKey(receiver)).isSameAs(keys.receiverKey(pairs.receiverKid()));
    assertThat(keys.platformKey("unknown")).isNull();
  }
}
