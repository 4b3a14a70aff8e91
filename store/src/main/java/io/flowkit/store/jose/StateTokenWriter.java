package io.flowkit.store.jose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.ECKey;
import io.flowkit.jose.CompactJws;
import io.flowkit.jose.RawDeflate;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Makes the token a loaded state goes back in, as the reference store does: a JWS ({@code ES384},
 * signed with the receiver key) over {@code iss = <tenant>}, {@code aud = manywho}, {@code sub =
 * <state id>}, a ten-minute lifetime and {@code content}, inside a JWE ({@code ECDH-ES+A192KW},
 * {@code A192CBC-HS384}, {@code zip: DEF}, {@code cty: JWT}) for the platform key.
 */
public final class StateTokenWriter {

  /** Lifetime of a loaded-state token. */
  public static final Duration LIFETIME = Duration.ofMinutes(10);

  /** How far before now {@code nbf} is put, for the platform's clock. */
  public static final Duration NOT_BEFORE_LEEWAY = Duration.ofMinutes(2);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JoseKeys keys;
  private final Clock clock;
  private final int deflateLevel;

  /**
   * A writer telling time by {@code clock}, whose keys are prepared per call on the provider {@link
   * StoreCrypto#fromEnvironment()} chooses.
   */
  public StateTokenWriter(Clock clock) {
    this(JoseKeys.none(StoreCrypto.fromEnvironment()), clock);
  }

  /**
   * A writer for the prepared keys of {@code keys} (a key not among them is prepared per call),
   * telling time by {@code clock}.
   */
  public StateTokenWriter(JoseKeys keys, Clock clock) {
    this(keys, clock, RawDeflate.LEVEL);
  }

  /**
   * A writer that deflates answers at {@code deflateLevel} (0–9; 0 writes stored DEFLATE blocks,
   * still {@code zip: DEF}, which any inflater reads) instead of {@link RawDeflate#LEVEL}.
   */
  public StateTokenWriter(JoseKeys keys, Clock clock, int deflateLevel) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (deflateLevel < 0 || deflateLevel > 9) {
      throw new IllegalArgumentException("deflateLevel must be 0 to 9");
    }
    this.deflateLevel = deflateLevel;
  }

  /**
   * The token for {@code content}, the state {@code id} of {@code tenant}.
   *
   * @param receiverKey the receiver key named by {@code X-ManyWho-Receiver-Key-ID}, with {@code d}
   * @param platformKey the platform key named by {@code X-ManyWho-Platform-Key-ID}
   */
  public String write(UUID tenant, UUID id, String content, ECKey receiverKey, ECKey platformKey) {
    long now = clock.instant().getEpochSecond();
    // The claims as Nimbus's JWTClaimsSet writes them, by Jackson: several times faster on a
    // state's megabytes.
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", tenant.toString());
    claims.put("aud", JoseAlgorithms.PLATFORM_ISSUER);
    claims.put("sub", id.toString());
    claims.put("exp", now + LIFETIME.toSeconds());
    claims.put("nbf", now - NOT_BEFORE_LEEWAY.toSeconds());
    claims.put("iat", now);
    claims.put("jti", randomId());
    claims.put("content", content);
    byte[] claimsJson;
    try {
      claimsJson = JSON.writeValueAsBytes(claims);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a loaded state's claims", e);
    }
    try {
      // Nimbus signs and encrypts; the JWS stays bytes from the claims to the JWE's plaintext, and
      // the JWE is deflated at the chosen level and coded by the JDK (see EcdhKeyWrapEncrypter).
      byte[] jws =
          CompactJws.sign(
              new JWSHeader.Builder(JoseAlgorithms.SIGNATURE).keyID(receiverKey.getKeyID()).build(),
              claimsJson,
              keys.receiverKey(receiverKey).signer());
      JWEHeader header =
          new JWEHeader.Builder(
                  JoseAlgorithms.RESPONSE_KEY_MANAGEMENT, JoseAlgorithms.RESPONSE_CONTENT_ENCRYPTION)
              .compressionAlgorithm(CompressionAlgorithm.DEF)
              .contentType("JWT")
              .keyID(platformKey.getKeyID())
              .build();
      return keys.platformKey(platformKey).encrypter().encryptCompact(header, jws, deflateLevel);
    } catch (JOSEException e) {
      // Keys are checked at start-up, so this is a broken JVM crypto provider, not bad input.
      throw new IllegalStateException("cannot sign or encrypt a loaded state", e);
    }
  }

  private static String randomId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
