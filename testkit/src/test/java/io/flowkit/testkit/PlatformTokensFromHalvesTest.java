package io.flowkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A platform holding only Flow's halves of the store keys signs and encrypts as one holding both pairs. */
class PlatformTokensFromHalvesTest {

  private final StoreKeyPairs keys = StoreKeyPairs.generate("kid-p", "kid-r");
  private final PlatformTokens halves =
      new PlatformTokens(keys.platformPair(), keys.receiverPair(), Clock.systemUTC());

  @Test
  void signsAndEncryptsForTheStoresHalves() throws Exception {
    UUID tenant = UUID.randomUUID();
    PlatformState state = PlatformState.of(tenant, "{\"a\":1}");

    SignedJWT header = SignedJWT.parse(halves.signatureHeader(tenant, "/api/storage/1/states/" + tenant));
    assertThat(header.verify(new ECDSAVerifier(keys.platformPair().toPublicJWK()))).isTrue();
    assertThat(header.getHeader().getKeyID()).isEqualTo("kid-p");

    JWEObject token = JWEObject.parse(halves.stateToken(state));
    assertThat(token.getHeader().getKeyID()).isEqualTo("kid-r");
    token.decrypt(new ECDHDecrypter(keys.receiverPair()));
    SignedJWT inner = token.getPayload().toSignedJWT();
    assertThat(inner.verify(new ECDSAVerifier(keys.platformPair().toPublicJWK()))).isTrue();
    assertThat(inner.getJWTClaimsSet().getStringClaim("content")).isEqualTo("{\"a\":1}");
  }

  @Test
  void keepsOnlyThePublicHalfOfTheReceiverKeyAndHasNoKeyPairs() {
    assertThat(halves.platformKid()).isEqualTo("kid-p");
    assertThat(halves.receiverKid()).isEqualTo("kid-r");
    assertThatThrownBy(halves::keys).isInstanceOf(IllegalStateException.class);
    assertThat(new PlatformTokens(keys).keys()).isSameAs(keys);
  }

  @Test
  void needsThePlatformsPrivateHalf() {
    assertThatThrownBy(() -> new PlatformTokens(keys.platformPair().toPublicJWK(), keys.receiverPublicKey(), Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("private part");
  }
}
