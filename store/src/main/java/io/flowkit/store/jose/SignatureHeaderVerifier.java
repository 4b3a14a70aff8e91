package io.flowkit.store.jose;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import io.flowkit.jose.CompactJws;
import io.flowkit.runtime.wire.StrictUtf8;
import io.flowkit.store.jose.TokenRejectedException.Reason;
import io.flowkit.store.keys.StoreKeyRing;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Checks the {@code X-ManyWho-Signature} header: an ES384 JWT signed with a platform key (by
 * {@code kid}), issued by {@code manywho} for the tenant of the request, expiring within five
 * minutes, whose {@code path} claim is the path of the request.
 */
public final class SignatureHeaderVerifier {

  /** The header's name. */
  public static final String HEADER = "X-ManyWho-Signature";

  /** How far ahead a signature header may expire. */
  public static final Duration MAX_LIFETIME_AHEAD = Duration.ofMinutes(5);

  private static final int MAX_LENGTH = 16 * 1024;

  // Claims: a state's content is one string of up to the state cap (checked before parsing), so no
  // string length limit here; a repeated claim is refused rather than one copy silently winning.
  private static final ObjectMapper CLAIMS =
      JsonMapper.builder(
              JsonFactory.builder()
                  .inputDecorator(StrictUtf8.decorator())
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(Integer.MAX_VALUE)
                          .maxNestingDepth(100)
                          .build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private static final TypeReference<Map<String, Object>> CLAIMS_TYPE = new TypeReference<>() {};

  private final JoseKeys keys;
  private final Clock clock;
  private final Duration clockSkew;

  /** A verifier using the platform keys of {@code keys}, telling time by {@code clock}. */
  public SignatureHeaderVerifier(StoreKeyRing keys, Clock clock) {
    this(keys, clock, Duration.ZERO);
  }

  /**
   * A verifier that also tolerates the platform's clock being up to {@code clockSkew} away from
   * {@code clock}.
   */
  public SignatureHeaderVerifier(StoreKeyRing keys, Clock clock, Duration clockSkew) {
    this(JoseKeys.of(keys), clock, clockSkew);
  }

  /**
   * A verifier using the prepared platform keys of {@code keys}, tolerating a clock difference of
   * up to {@code clockSkew}.
   */
  public SignatureHeaderVerifier(JoseKeys keys, Clock clock, Duration clockSkew) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.clockSkew = requireNotNegative(clockSkew);
  }

  static Duration requireNotNegative(Duration skew) {
    if (Objects.requireNonNull(skew, "clockSkew").isNegative()) {
      throw new IllegalArgumentException("clockSkew must not be negative");
    }
    return skew;
  }

  /**
   * Accepts {@code header} for a request to {@code path} for {@code tenant}, or says why not.
   *
   * @param path the request path as the platform addressed it (no scheme, host or query)
   */
  public void verify(String header, UUID tenant, String path) throws TokenRejectedException {
    if (header == null || header.isBlank()) {
      throw new TokenRejectedException(Reason.MISSING);
    }
    String token = header.strip();
    if (token.length() > MAX_LENGTH) {
      throw new TokenRejectedException(Reason.MALFORMED);
    }
    ProtectedHeader protectedHeader = ProtectedHeader.of(token, 3);
    if (!JoseAlgorithms.SIGNATURE.getName().equals(protectedHeader.string("alg"))) {
      throw new TokenRejectedException(Reason.DISALLOWED_ALGORITHM);
    }
    String kid = protectedHeader.string("kid");
    if (kid == null) {
      throw new TokenRejectedException(Reason.NO_KEY_ID);
    }
    JoseKeys.PlatformKey platformKey = keys.platformKey(kid);
    if (platformKey == null) {
      throw new TokenRejectedException(Reason.UNKNOWN_KEY);
    }
    JWTClaimsSet claims = verifiedClaims(token, platformKey.verifier());
    ClaimChecks.platformClaims(claims, clock.instant(), MAX_LIFETIME_AHEAD, clockSkew, tenant);
    if (!(claims.getClaim("path") instanceof String signedPath)) {
      throw new TokenRejectedException(Reason.NO_PATH);
    }
    if (!signedPath.equals(path)) {
      throw new TokenRejectedException(Reason.WRONG_PATH);
    }
  }

  /**
   * Verifies an ES384 compact JWS with {@code verifier} and returns its claims, decoded by the JDK
   * and read by Jackson once the signature holds (Nimbus's codec and JSON parser are several times
   * slower on a state's megabytes).
   */
  static JWTClaimsSet verifiedClaims(String compact, ECDSAVerifier verifier)
      throws TokenRejectedException {
    return verifiedClaims(compact.getBytes(StandardCharsets.UTF_8), verifier);
  }

  /** As {@link #verifiedClaims(String, ECDSAVerifier)}, for a JWS held as its bytes. */
  static JWTClaimsSet verifiedClaims(byte[] compact, ECDSAVerifier verifier)
      throws TokenRejectedException {
    CompactJws jws;
    try {
      jws = CompactJws.parse(compact);
    } catch (ParseException e) {
      throw new TokenRejectedException(Reason.MALFORMED);
    }
    if (!JoseAlgorithms.SIGNATURE.equals(jws.header().getAlgorithm())) {
      throw new TokenRejectedException(Reason.DISALLOWED_ALGORITHM);
    }
    try {
      if (!jws.verify(verifier)) {
        throw new TokenRejectedException(Reason.BAD_SIGNATURE);
      }
    } catch (JOSEException e) {
      throw new TokenRejectedException(Reason.BAD_SIGNATURE);
    }
    try {
      ByteBuffer json = jws.payload();
      return JWTClaimsSet.parse(
          CLAIMS.readValue(json.array(), json.arrayOffset() + json.position(), json.remaining(),
              CLAIMS_TYPE));
    } catch (IllegalArgumentException | IOException | ParseException e) {
      throw new TokenRejectedException(Reason.MALFORMED);
    }
  }

}
