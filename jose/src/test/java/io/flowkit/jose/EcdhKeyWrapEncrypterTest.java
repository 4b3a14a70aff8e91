package io.flowkit.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.opts.MaxDecompressedPlainTextLength;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the encrypter writes is a standard JWE: Nimbus's stock decrypter (which inflates {@code zip:
 * DEF} itself) opens it, for every algorithm and level, and the tag covers the header as sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EcdhKeyWrapEncrypterTest {

  private ECKey key;
  private String text;

  @BeforeAll
  void setUp() throws Exception {
    key = new ECKeyGenerator(Curve.P_384).keyID("platform").generate();
    text = "{\"state\":\"" + "flow ".repeat(12_000) + "\"}";
  }

  private String encrypt(JWEHeader header, String plaintext, int level) throws JOSEException {
    JWEObject jwe = new JWEObject(header, new Payload(plaintext.getBytes(StandardCharsets.UTF_8)));
    jwe.encrypt(new EcdhKeyWrapEncrypter(key.toECPublicKey(), level));
    return jwe.serialize();
  }

  private String decryptWithStockNimbus(String compact) throws Exception {
    JWEObject jwe = JWEObject.parse(compact);
    jwe.decrypt(new ECDHDecrypter(key.toECPrivateKey(), null,
        Set.of(new MaxDecompressedPlainTextLength(16 << 20))));
    return jwe.getPayload().toString();
  }

  private static JWEHeader header(JWEAlgorithm alg, EncryptionMethod enc, boolean zip) {
    JWEHeader.Builder header = new JWEHeader.Builder(alg, enc).contentType("JWT").keyID("platform");
    return (zip ? header.compressionAlgorithm(CompressionAlgorithm.DEF) : header).build();
  }

  @Test
  void everyAlgorithmAndMethodOpensWithNimbussOwnDecrypter() throws Exception {
    for (JWEAlgorithm alg : EcdhKeyWrapEncrypter.ALGORITHMS) {
      for (EncryptionMethod enc : EcdhKeyWrapEncrypter.METHODS) {
        for (boolean zip : new boolean[] {true, false}) {
          String compact = encrypt(header(alg, enc, zip), text, RawDeflate.LEVEL);

          assertThat(decryptWithStockNimbus(compact)).as(alg + " " + enc + " zip " + zip)
              .isEqualTo(text);
          JWEHeader sent = JWEObject.parse(compact).getHeader();
          assertThat(sent.getEphemeralPublicKey().toECKey().getCurve()).isEqualTo(Curve.P_384);
          assertThat(sent.getCompressionAlgorithm())
              .isEqualTo(zip ? CompressionAlgorithm.DEF : null);
        }
      }
    }
  }

  @Test
  void theContentIsDeflatedAtTheLevelAsked() throws Exception {
    JWEHeader header = header(JWEAlgorithm.ECDH_ES_A192KW, EncryptionMethod.A192CBC_HS384, true);

    String stored = encrypt(header, text, 0);
    String fast = encrypt(header, text, 1);
    String best = encrypt(header, text, 9);

    int plain = text.length();
    assertThat(cipherTextBytes(stored)).isGreaterThan(plain);
    assertThat(cipherTextBytes(fast)).isLessThan(plain / 20);
    // Nimbus's stock decrypter refuses ciphertexts over 100,000 characters; this one is under.
    assertThat(cipherTextBytes(stored) * 4 / 3).isLessThan(100_000);
    assertThat(cipherTextBytes(best)).isLessThanOrEqualTo(cipherTextBytes(fast));
    for (String compact : new String[] {stored, fast, best}) {
      assertThat(decryptWithStockNimbus(compact)).isEqualTo(text);
    }
  }

  @Test
  void theCompactFormIsTheJweNimbusReads() throws Exception {
    EcdhKeyWrapEncrypter encrypter = new EcdhKeyWrapEncrypter(key.toECPublicKey(), 9);
    JWEHeader header = header(JWEAlgorithm.ECDH_ES_A192KW, EncryptionMethod.A192CBC_HS384, true);
    byte[] plaintext = text.getBytes(StandardCharsets.UTF_8);

    String level1 = encrypter.encryptCompact(header, plaintext, 1);
    String level0 = encrypter.encryptCompact(header, plaintext, 0);

    assertThat(level1.split("\\.", -1)).hasSize(5);
    assertThat(decryptWithStockNimbus(level1)).isEqualTo(text);
    assertThat(decryptWithStockNimbus(level0)).isEqualTo(text);
    // The level of the call, not the encrypter's default.
    assertThat(cipherTextBytes(level0)).isGreaterThan(plaintext.length);
    assertThat(cipherTextBytes(level1)).isLessThan(plaintext.length / 20);
  }

  @Test
  void theTagCoversTheHeaderAsSent() throws Exception {
    String compact =
        encrypt(header(JWEAlgorithm.ECDH_ES_A192KW, EncryptionMethod.A192CBC_HS384, true), text, 1);
    String[] parts = compact.split("\\.");
    String json = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
    String changed = json.replace("\"cty\":\"JWT\"", "\"cty\":\"jwt\"");
    assertThat(changed).isNotEqualTo(json);
    parts[0] = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(changed.getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> decryptWithStockNimbus(String.join(".", parts)))
        .isInstanceOf(JOSEException.class);
  }

  @Test
  void whatItDoesNotDoIsRefusedNotDoneDifferently() throws Exception {
    EcdhKeyWrapEncrypter encrypter = new EcdhKeyWrapEncrypter(key.toECPublicKey(), 1);
    for (JWEHeader header : new JWEHeader[] {
        header(JWEAlgorithm.ECDH_ES_A192KW, EncryptionMethod.A256GCM, true),
        header(JWEAlgorithm.ECDH_ES, EncryptionMethod.A192CBC_HS384, true)}) {
      assertThat(EcdhKeyWrapEncrypter.supports(header)).isFalse();
      assertThatThrownBy(() -> new JWEObject(header, new Payload("x")).encrypt(encrypter))
          .isInstanceOf(JOSEException.class);
    }
    assertThatThrownBy(() -> new EcdhKeyWrapEncrypter(key.toECPublicKey(), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int cipherTextBytes(String compact) {
    return Base64.getUrlDecoder().decode(compact.split("\\.")[3]).length;
  }
}
