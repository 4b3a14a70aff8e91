package io.flowkit.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A JWS made or read as bytes is the JWS Nimbus makes and reads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompactJwsTest {

  private ECKey key;
  private JWSHeader header;

  @BeforeAll
  void setUp() throws Exception {
    key = new ECKeyGenerator(Curve.P_384).keyID("receiver").generate();
    header = new JWSHeader.Builder(JWSAlgorithm.ES384).keyID("receiver").build();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  @Test
  void whatItSignsNimbusVerifies() throws Exception {
    // Lengths 0, 1 and 2 modulo 3: every Base64 tail.
    for (String claims : new String[] {"{\"a\":\"é\"}", "{\"ab\":1}", "{\"abc\":[]}"}) {
      byte[] jws = CompactJws.sign(header, claims.getBytes(StandardCharsets.UTF_8),
          new ECDSASigner(key));

      JWSObject parsed = JWSObject.parse(new String(jws, StandardCharsets.US_ASCII));
      assertThat(parsed.verify(new ECDSAVerifier(key.toECPublicKey()))).isTrue();
      assertThat(parsed.getPayload().toString()).isEqualTo(claims);
      assertThat(parsed.getHeader().getKeyID()).isEqualTo("receiver");
    }
  }

  @Test
  void whatNimbusSignsItVerifiesAndDecodes() throws Exception {
    JWSObject nimbus = new JWSObject(header, new Payload("{\"content\":\"x\"}"));
    nimbus.sign(new ECDSASigner(key));
    byte[] compact = nimbus.serialize().getBytes(StandardCharsets.US_ASCII);

    CompactJws jws = CompactJws.parse(compact);

    assertThat(jws.header().getAlgorithm()).isEqualTo(JWSAlgorithm.ES384);
    assertThat(jws.verify(new ECDSAVerifier(key.toECPublicKey()))).isTrue();
    assertThat(new String(bytes(jws.payload()), StandardCharsets.UTF_8))
        .isEqualTo("{\"content\":\"x\"}");
  }

  @Test
  void anotherPayloadUnderTheSameSignatureDoesNotVerify() throws Exception {
    String compact = new String(CompactJws.sign(header, "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
        new ECDSASigner(key)), StandardCharsets.US_ASCII);
    String[] parts = compact.split("\\.");
    String forged = parts[0] + "." + JdkBase64URL.of("{\"a\":2}".getBytes(StandardCharsets.UTF_8))
        + "." + parts[2];

    CompactJws jws = CompactJws.parse(forged.getBytes(StandardCharsets.US_ASCII));

    assertThat(jws.verify(new ECDSAVerifier(key.toECPublicKey()))).isFalse();
  }

  @Test
  void anythingButThreePartsWithAHeaderIsNotAJws() {
    for (String text : new String[] {"", "abc", "a.b", ".b.c", "a.b.c.d", "bm90IGpzb24.e30.c2ln"}) {
      assertThatThrownBy(() -> CompactJws.parse(text.getBytes(StandardCharsets.US_ASCII)))
          .as(text)
          .isInstanceOf(ParseException.class);
    }
  }
}
