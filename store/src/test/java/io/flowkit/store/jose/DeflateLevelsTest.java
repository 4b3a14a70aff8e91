package io.flowkit.store.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.opts.MaxCompressedCipherTextLength;
import com.nimbusds.jose.crypto.opts.MaxDecompressedPlainTextLength;
import com.nimbusds.jwt.SignedJWT;
import io.flowkit.jose.EcdhKeyWrapEncrypter;
import io.flowkit.jose.RawDeflate;
import io.flowkit.store.keys.StoreKeyRing;
import io.flowkit.store.testing.StoreKeyRings;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreKeyPairs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The store compresses answers itself ({@link RawDeflate#LEVEL}) and assembles their JWE: what it
 * writes must be a standard {@code zip: DEF} JWE that Nimbus's stock API and the test platform open,
 * at any level and at megabytes; and it must read DEFLATE written at any level, since the platform
 * compresses at its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeflateLevelsTest {

  private static final int MB = 1024 * 1024;

  private StoreKeyPairs pairs;
  private StoreKeyRing ring;
  private JoseKeys keys;
  private UUID tenant;
  private String large;

  @BeforeAll
  void setUp() {
    pairs = StoreKeyPairs.generate();
    ring = StoreKeyRings.of(pairs);
    keys = JoseKeys.of(ring, StoreCrypto.fromEnvironment());
    tenant = UUID.randomUUID();
    large = json(6 * MB);
  }

  /** JSON that compresses like real data: Base64 of random bytes between repeated keys. */
  private static String json(int bytes) {
    Random random = new Random(11);
    StringBuilder json = new StringBuilder(bytes + 512).append("{\"items\":[");
    byte[] chunk = new byte[90];
    while (json.length() < bytes) {
      random.nextBytes(chunk);
      json.append("{\"label\":\"item\",\"data\":\"").append(Base64.getEncoder().encodeToString(chunk))
          .append("\"},");
    }
    return json.append("{}]}").toString();
  }

  private String answer(String content, int level) {
    return new StateTokenWriter(keys, Clock.systemUTC(), level)
        .write(tenant, UUID.randomUUID(), content,
            ring.receiverKey(pairs.receiverKid()).orElseThrow(),
            ring.platformKey(pairs.platformKid()).orElseThrow());
  }

  // Nimbus's own API end to end: it parses, decrypts, inflates and verifies; nothing of the store's.
  private String openWithStockNimbus(String token) throws Exception {
    JWEObject jwe = JWEObject.parse(token);
    assertThat(jwe.getHeader().getCompressionAlgorithm()).isEqualTo(CompressionAlgorithm.DEF);
    jwe.decrypt(
        new ECDHDecrypter(pairs.platformPair().toECPrivateKey(), null,
            Set.of(new MaxDecompressedPlainTextLength(64 * MB))),
        Set.of(new MaxCompressedCipherTextLength(64 * MB)));
    SignedJWT jws = jwe.getPayload().toSignedJWT();
    assertThat(jws.verify(new ECDSAVerifier(pairs.receiverPublicKey()))).isTrue();
    assertThat(jws.getJWTClaimsSet().getIssuer()).isEqualTo(tenant.toString());
    return jws.getJWTClaimsSet().getStringClaim("content");
  }

  private static int cipherTextBytes(String token) {
    return Base64.getUrlDecoder().decode(token.split("\\.")[3]).length;
  }

  @Test
  void aMultiMegabyteAnswerOpensWithNimbussStockApiAndTheTestPlatform() throws Exception {
    String token = answer(large, RawDeflate.LEVEL);

    assertThat(openWithStockNimbus(token)).isEqualTo(large);
    assertThat(new PlatformTokens(pairs).openLoadedToken(token, tenant).content()).isEqualTo(large);
    // Compressed: the JWS is about 4/3 of the content; the ciphertext is well under it.
    assertThat(cipherTextBytes(token)).isLessThan(large.length());
  }

  @Test
  void answersAtEveryLevelOpenAndTheLevelIsTheOneAsked() throws Exception {
    String content = json(200_000);
    int stored = 0;
    int fast = 0;
    for (int level : new int[] {0, 1, 6, 9}) {
      String token = answer(content, level);

      assertThat(openWithStockNimbus(token)).as("level " + level).isEqualTo(content);
      assertThat(new PlatformTokens(pairs).openLoadedToken(token, tenant).content())
          .isEqualTo(content);
      if (level == 0) {
        stored = cipherTextBytes(token);
      } else if (level == 1) {
        fast = cipherTextBytes(token);
      }
    }
    assertThat(stored).isGreaterThan(content.length());
    assertThat(fast).isLessThan(stored * 9 / 10);
  }

  @Test
  void statesDeflatedAtAnyLevelAreRead() throws Exception {
    PlatformTokens platform = new PlatformTokens(pairs);
    StateTokenReader reader = new StateTokenReader(keys, Clock.systemUTC(), 64 * MB, Duration.ZERO);
    EcdhKeyWrapEncrypter encrypter = new EcdhKeyWrapEncrypter(pairs.receiverPublicKey().toECPublicKey(), 0);
    for (String content : new String[] {"{\"small\":true}", large}) {
      PlatformState state = PlatformState.of(tenant, content);
      byte[] jws = platform.signWithPlatformKey(platform.stateClaims(state).build())
          .getBytes(StandardCharsets.US_ASCII);
      for (int level : new int[] {0, 1, 6, 9}) {
        String token = encrypter.encryptCompact(platform.stateTokenHeader().build(), jws, level);

        assertThat(reader.read(token, tenant).content()).as("level " + level).isEqualTo(content);
      }
    }
  }

  @Test
  void anAnswerIsNeverInflatedPastThePlatformsLimit() {
    // Four megabytes of one character: a ciphertext of kilobytes that inflates far past 1 MB.
    String token = answer("\"" + "a".repeat(4 * MB) + "\"", RawDeflate.LEVEL);
    assertThat(cipherTextBytes(token)).isLessThan(MB / 10);

    PlatformTokens platform = new PlatformTokens(pairs).maxLoadedTokenBytes(MB);

    assertThatThrownBy(() -> platform.openLoadedToken(token, tenant))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("larger than " + MB);
  }
}
