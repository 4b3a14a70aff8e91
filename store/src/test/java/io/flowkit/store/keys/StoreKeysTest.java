package io.flowkit.store.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.flowkit.testkit.StoreKeyPairs;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bad key stops the store at start-up with a message that says what is wrong, not the key. */
class StoreKeysTest {

  @Test
  void refusesAKeyOnAnotherCurve() throws Exception {
    String p256 = new ECKeyGenerator(Curve.P_256).keyID("k").generate().toJSONString();

    assertThatThrownBy(() -> StoreKeys.receiverKey("RECEIVER_KEY", p256))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("RECEIVER_KEY is on curve P-256")
        .hasMessageContaining("P-384");
  }

  @Test
  void refusesAnRsaKey() throws Exception {
    String rsa = new RSAKeyGenerator(2048).keyID("k").generate().toJSONString();

    assertThatThrownBy(() -> StoreKeys.platformKey("PLATFORM_KEY", rsa))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("PLATFORM_KEY is a RSA key");
  }

  @Test
  void refusesAReceiverKeyWithoutItsPrivatePart() {
    String publicOnly = StoreKeyPairs.generate().receiverPublicKey().toJSONString();

    assertThatThrownBy(() -> StoreKeys.receiverKey("RECEIVER_KEY", publicOnly))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("RECEIVER_KEY has no private part");
  }

  @Test
  void refusesAKeyWithoutKid() throws Exception {
    String noKid = new ECKeyGenerator(Curve.P_384).generate().toJSONString();

    assertThatThrownBy(() -> StoreKeys.platformKey("PLATFORM_KEY", noKid))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("no key id");
  }

  @Test
  void refusesTextThatIsNotAJwkWithoutEchoingIt() {
    String secretLooking = "{\"kty\":\"EC\",\"d\":\"c2VjcmV0LXNlY3JldA\"";

    assertThatThrownBy(() -> StoreKeys.receiverKey("RECEIVER_KEY", secretLooking))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("not a valid JSON Web Key")
        .hasMessageNotContaining("c2VjcmV0LXNlY3JldA");
  }

  @Test
  void refusesAPointOffTheCurve() throws Exception {
    Map<String, Object> jwk = StoreKeyPairs.generate().platformPair().toPublicJWK().toJSONObject();
    String y = (String) jwk.get("y");
    jwk.put("y", (y.charAt(0) == 'A' ? "B" : "A") + y.substring(1));

    assertThatThrownBy(() -> StoreKeys.platformKey("PLATFORM_KEY", com.nimbusds.jose.util.JSONObjectUtils.toJSONString(jwk)))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("not a valid JSON Web Key");
  }

  @Test
  void refusesAReceiverKeyWhosePrivatePartBelongsToAnotherKey() throws Exception {
    ECKey one = new ECKeyGenerator(Curve.P_384).keyID("k").generate();
    ECKey other = new ECKeyGenerator(Curve.P_384).keyID("k").generate();
    ECKey mixed = new ECKey.Builder(one).d(other.getD()).build();

    assertThatThrownBy(() -> StoreKeys.receiverKey("RECEIVER_KEY", mixed.toJSONString()))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("inconsistent");
  }

  @Test
  void acceptsAGeneratedPair() {
    StoreKeyPairs keys = StoreKeyPairs.generate();

    assertThat(StoreKeys.receiverKey("RECEIVER_KEY", keys.receiverKeyForStore()).isPrivate()).isTrue();
    assertThat(StoreKeys.platformKey("PLATFORM_KEY", keys.platformKeyForStore()).getKeyID())
        .isEqualTo(keys.platformKid());
  }
}
