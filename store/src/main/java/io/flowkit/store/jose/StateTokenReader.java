package io.flowkit.store.jose;

import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.impl.AAD;
import com.nimbusds.jose.crypto.utils.ECChecks;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import io.flowkit.jose.JdkBase64URL;
import io.flowkit.jose.RawDeflate;
import io.flowkit.store.jose.TokenRejectedException.Reason;
import io.flowkit.store.keys.StoreKeyRing;
import io.flowkit.store.state.FlowState;
import java.math.BigInteger;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.zip.DataFormatException;

/**
 * Opens one posted state token: a JWE ({@code ECDH-ES+A192KW} or {@code +A256KW}, {@code
 * A192CBC-HS384} or {@code A256CBC-HS512}, optionally {@code zip: DEF}) for a receiver key, holding a
 * JWS ({@code ES384}) signed with a platform key, whose claims are the state.
 *
 * <p>Decompression is done here rather than by the JOSE library, against {@code maxStateBytes}:
 * Flow states are often megabytes, far above the library's default cap, and an oversized state must
 * be told apart (413) from a broken one.
 */
public final class StateTokenReader {

  /** How far ahead a state token may expire. */
  public static final Duration MAX_LIFETIME_AHEAD = Duration.ofMinutes(300);

  private final JoseKeys keys;
  private final Clock clock;
  private final Duration clockSkew;
  private final int maxStateBytes;
  private final StateClaims stateClaims;

  /**
   * A reader for the keys of {@code keys}.
   *
   * @param maxStateBytes the largest decrypted, decompressed token (the signed JWS) accepted
   */
  public StateTokenReader(StoreKeyRing keys, Clock clock, int maxStateBytes) {
    this(keys, clock, maxStateBytes, Duration.ZERO);
  }

  /**
   * A reader that also tolerates the platform's clock being up to {@code clockSkew} away from
   * {@code clock}.
   */
  public StateTokenReader(StoreKeyRing keys, Clock clock, int maxStateBytes, Duration clockSkew) {
    this(JoseKeys.of(keys), clock, maxStateBytes, clockSkew);
  }

  /** A reader for the prepared keys of {@code keys}. */
  public StateTokenReader(JoseKeys keys, Clock clock, int maxStateBytes, Duration clockSkew) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.clockSkew = SignatureHeaderVerifier.requireNotNegative(clockSkew);
    if (maxStateBytes <= 0) {
      throw new IllegalArgumentException("maxStateBytes must be positive");
    }
    this.maxStateBytes = maxStateBytes;
    this.stateClaims = new StateClaims(maxStateBytes);
  }

  /** The state in {@code token}, posted for {@code tenant}, or why it is refused. */
  public FlowState read(String token, UUID tenant) throws TokenRejectedException {
    if (token == null || token.isBlank()) {
      throw new TokenRejectedException(Reason.MISSING);
    }
    ProtectedHeader protectedHeader = ProtectedHeader.of(token, 5);
    JoseKeys.ReceiverKey receiverKey = allowedJweHeader(protectedHeader);
    JWEObject jwe;
    try {
      jwe = JWEObject.parse(token);
    } catch (ParseException e) {
      throw new TokenRejectedException(Reason.MALFORMED);
    }
    // The inner JWS stays bytes: a state's megabytes are not copied into strings.
    byte[] jws = decrypt(jwe, receiverKey);

    ProtectedHeader innerHeader = ProtectedHeader.of(jws, 3);
    if (!JoseAlgorithms.SIGNATURE.getName().equals(innerHeader.string("alg"))) {
      throw new TokenRejectedException(Reason.DISALLOWED_ALGORITHM);
    }
    String platformKid = innerHeader.string("kid");
    if (platformKid == null) {
      throw new TokenRejectedException(Reason.NO_KEY_ID);
    }
    JoseKeys.PlatformKey platformKey = keys.platformKey(platformKid);
    if (platformKey == null) {
      throw new TokenRejectedException(Reason.UNKNOWN_KEY);
    }
    JWTClaimsSet claims = SignatureHeaderVerifier.verifiedClaims(jws, platformKey.verifier());
    ClaimChecks.platformClaims(claims, clock.instant(), MAX_LIFETIME_AHEAD, clockSkew, tenant);
    return stateClaims.toState(claims, tenant);
  }

  // The allow-lists are applied to the header as sent, before the library interprets anything.
  private JoseKeys.ReceiverKey allowedJweHeader(ProtectedHeader header) throws TokenRejectedException {
    String alg = header.string("alg");
    String enc = header.string("enc");
    if (alg == null
        || enc == null
        || !JoseAlgorithms.KEY_MANAGEMENT.contains(JWEAlgorithm.parse(alg))
        || !JoseAlgorithms.CONTENT_ENCRYPTION.contains(EncryptionMethod.parse(enc))) {
      throw new TokenRejectedException(Reason.DISALLOWED_ALGORITHM);
    }
    if (header.has("zip") && !CompressionAlgorithm.DEF.getName().equals(header.string("zip"))) {
      throw new TokenRejectedException(Reason.DISALLOWED_ALGORITHM);
    }
    if (header.has("crit")) {
      throw new TokenRejectedException(Reason.DISALLOWED_ALGORITHM, "no critical header is understood");
    }
    String cty = header.string("cty");
    if (cty == null || !isJwtContentType(cty)) {
      throw new TokenRejectedException(Reason.NOT_NESTED);
    }
    String kid = header.string("kid");
    if (kid == null) {
      throw new TokenRejectedException(Reason.NO_KEY_ID);
    }
    JoseKeys.ReceiverKey receiverKey = keys.receiverKey(kid);
    if (receiverKey == null) {
      throw new TokenRejectedException(Reason.UNKNOWN_KEY);
    }
    requireEphemeralKeyOnP384(header.object("epk"));
    return receiverKey;
  }

  private static boolean isJwtContentType(String cty) {
    String type = cty.toLowerCase(Locale.ROOT);
    return type.equals("jwt") || type.equals("application/jwt");
  }

  // Invalid-curve attack: a point off P-384 can leak the receiver's private key through ECDH.
  private static void requireEphemeralKeyOnP384(Map<?, ?> epk) throws TokenRejectedException {
    if (epk == null
        || !"EC".equals(epk.get("kty"))
        || !Curve.P_384.getName().equals(epk.get("crv"))
        || !(epk.get("x") instanceof String x)
        || !(epk.get("y") instanceof String y)
        || epk.containsKey("d")) {
      throw new TokenRejectedException(Reason.INVALID_EPHEMERAL_KEY);
    }
    BigInteger px = new Base64URL(x).decodeToBigInteger();
    BigInteger py = new Base64URL(y).decodeToBigInteger();
    if (!ECChecks.isPointOnCurve(px, py, Curve.P_384.toECParameterSpec())) {
      throw new TokenRejectedException(Reason.INVALID_EPHEMERAL_KEY);
    }
  }

  private byte[] decrypt(JWEObject jwe, JoseKeys.ReceiverKey receiverKey) throws TokenRejectedException {
    JWEHeader header = jwe.getHeader();
    byte[] decrypted;
    try {
      // The tag covers the header exactly as sent; the library gets a copy without "zip" so that
      // it leaves decompression, and its size limit, to us.
      JWEHeader withoutZip = new JWEHeader.Builder(header).compressionAlgorithm(null).build();
      decrypted =
          receiverKey
              .decrypter()
              .decrypt(
                  withoutZip,
                  jwe.getEncryptedKey(),
                  jwe.getIV(),
                  new JdkBase64URL(jwe.getCipherText().toString()),
                  jwe.getAuthTag(),
                  AAD.compute(header));
    } catch (JOSEException | RuntimeException e) {
      // One answer for every failure (key agreement, unwrap, padding, tag): no oracle.
      throw new TokenRejectedException(Reason.UNDECRYPTABLE);
    }
    if (CompressionAlgorithm.DEF.equals(header.getCompressionAlgorithm())) {
      try {
        return RawDeflate.inflate(decrypted, maxStateBytes);
      } catch (RawDeflate.TooLargeException e) {
        throw new TokenRejectedException(Reason.TOO_LARGE);
      } catch (DataFormatException e) {
        throw new TokenRejectedException(Reason.MALFORMED, "the compressed content is not DEFLATE");
      }
    }
    if (decrypted.length > maxStateBytes) {
      throw new TokenRejectedException(Reason.TOO_LARGE);
    }
    return decrypted;
  }
}
