package io.flowkit.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEEncrypter;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.impl.AAD;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.flowkit.jose.CompactJws;
import io.flowkit.jose.EcdhKeyWrapEncrypter;
import io.flowkit.jose.JdkBase64URL;
import io.flowkit.jose.RawDeflate;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.zip.DataFormatException;

/**
 * The platform's side of the store's JOSE: what the reference store's own tests do to play the
 * platform, which is what the real platform is known to send.
 *
 * <ul>
 *   <li>{@code X-ManyWho-Signature}: ES384 JWS with the platform key, {@code iss = manywho}, {@code
 *       aud = sub = <tenant>}, {@code exp = now + 5 min}, {@code nbf = now - 2 min}, {@code iat},
 *       {@code jti} and {@code path} = the full request path;
 *   <li>a state token: ES384 JWS with the platform key over the state claims ({@code exp = now + 10
 *       min}), inside a JWE ({@code ECDH-ES+A192KW}, {@code A192CBC-HS384}, {@code zip: DEF}, {@code
 *       cty: JWT}) for the receiver key;
 *   <li>a loaded state: decrypted with the platform key, verified with the receiver key, {@code iss}
 *       = tenant and {@code aud} = {@code manywho} checked.
 * </ul>
 *
 * <p>The {@code ...Claims} methods return builders so that tests can change one claim, and the
 * {@code sign} / {@code encrypt} methods take any header, key and claims, so that they can send what
 * the platform never would.
 */
public final class PlatformTokens {

  /** Issuer of what the platform signs, and audience of what the store sends back. */
  public static final String PLATFORM = "manywho";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper CLAIMS = LargeJson.MAPPER;
  private static final TypeReference<Map<String, Object>> CLAIMS_TYPE = new TypeReference<>() {};

  // null when made from the platform's halves only (the receiver pair's private half unknown)
  private final StoreKeyPairs keys;
  private final ECKey platformPair;
  private final ECKey receiverPublicKey;
  private final Clock clock;
  private volatile int maxLoadedTokenBytes = 64 * 1024 * 1024;
  // The fixed keys' signer, encrypter, verifier and decrypter, made once (thread-safe).
  private final ECDSASigner platformSigner;
  private final EcdhKeyWrapEncrypter receiverEncrypter;
  private final ECDSAVerifier receiverVerifier;
  private final ECDHDecrypter platformDecrypter;

  /** The platform of {@code keys}, on the system clock. */
  public PlatformTokens(StoreKeyPairs keys) {
    this(keys, Clock.systemUTC());
  }

  /** The platform of {@code keys}, telling time by {@code clock}. */
  public PlatformTokens(StoreKeyPairs keys, Clock clock) {
    this(Objects.requireNonNull(keys, "keys"), keys.platformPair(), keys.receiverPublicKey(), clock);
  }

  /**
   * The platform holding only what the real platform holds after creating a store: its own key
   * pair and the receiver key's public half (as {@code flowkit keys --format json} writes them
   * under {@code platform}), telling time by {@code clock}. {@link #keys()} is not available.
   *
   * @throws IllegalArgumentException when the platform pair has no private part
   */
  public PlatformTokens(ECKey platformPair, ECKey receiverPublicKey, Clock clock) {
    this(null, platformPair, receiverPublicKey, clock);
  }

  private PlatformTokens(StoreKeyPairs keys, ECKey platformPair, ECKey receiverPublicKey, Clock clock) {
    this.keys = keys;
    this.platformPair = Objects.requireNonNull(platformPair, "platformPair");
    this.receiverPublicKey = Objects.requireNonNull(receiverPublicKey, "receiverPublicKey").toPublicJWK();
    this.clock = Objects.requireNonNull(clock, "clock");
    if (!platformPair.isPrivate()) {
      throw new IllegalArgumentException("the platform key pair needs its private part (d)");
    }
    try {
      this.platformSigner = PlatformCrypto.signer(platformPair);
      this.receiverEncrypter = PlatformCrypto.encrypter(this.receiverPublicKey);
      this.receiverVerifier = PlatformCrypto.verifier(this.receiverPublicKey);
      this.platformDecrypter = PlatformCrypto.decrypter(platformPair);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("the keys cannot be used: " + e.getMessage());
    }
  }

  /**
   * The keys this platform uses.
   *
   * @throws IllegalStateException when it was made from the platform's halves only
   */
  public StoreKeyPairs keys() {
    if (keys == null) {
      throw new IllegalStateException("this platform holds only its own halves of the store keys");
    }
    return keys;
  }

  /** The platform key's kid (the {@code X-ManyWho-Platform-Key-ID} header). */
  public String platformKid() {
    return platformPair.getKeyID();
  }

  /** The receiver key's kid (the {@code X-ManyWho-Receiver-Key-ID} header). */
  public String receiverKid() {
    return receiverPublicKey.getKeyID();
  }

  /** The largest loaded-state token opened, decompressed (default 64 MiB). */
  public PlatformTokens maxLoadedTokenBytes(int bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("bytes must be positive");
    }
    this.maxLoadedTokenBytes = bytes;
    return this;
  }

  // ---- the signature header

  /** The claims of a signature header for a request to {@code path} for {@code tenant}. */
  public JWTClaimsSet.Builder signatureClaims(UUID tenant, String path) {
    Instant now = clock.instant();
    return new JWTClaimsSet.Builder()
        .issuer(PLATFORM)
        .audience(tenant.toString())
        .subject(tenant.toString())
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now.minus(Duration.ofMinutes(2))))
        .jwtID(randomId())
        .claim("path", path);
  }

  /** The {@code X-ManyWho-Signature} header for a request to {@code path} for {@code tenant}. */
  public String signatureHeader(UUID tenant, String path) {
    return signWithPlatformKey(signatureClaims(tenant, path).build());
  }

  /** {@code claims} signed ES384 with the platform key, as the platform signs. */
  public String signWithPlatformKey(JWTClaimsSet claims) {
    return new String(signedWithPlatformKey(claims), StandardCharsets.US_ASCII);
  }

  // Nimbus signs; Jackson writes the claims Nimbus's way (its claims map) and the JDK's codec
  // encodes them, several times faster on a state's megabytes, which stay bytes throughout.
  private byte[] signedWithPlatformKey(JWTClaimsSet claims) {
    try {
      return CompactJws.sign(
          new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(platformKid()).build(),
          CLAIMS.writeValueAsBytes(claims.toJSONObject()),
          platformSigner);
    } catch (JOSEException | JsonProcessingException e) {
      throw new IllegalStateException("cannot sign with the platform key: " + e.getMessage(), e);
    }
  }

  /** {@code claims} signed ES with any header and EC key (for tests of what a store refuses). */
  public static String sign(JWSHeader header, JWTClaimsSet claims, ECKey key) {
    try {
      SignedJWT jwt = new SignedJWT(header, claims);
      jwt.sign(PlatformCrypto.signer(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalArgumentException("cannot sign with this header and key: " + e.getMessage());
    }
  }

  // ---- state tokens

  /** The claims of a state token for {@code state}. */
  public JWTClaimsSet.Builder stateClaims(PlatformState state) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            // The platform sends "parent": null and the like rather than leaving them out.
            .serializeNullClaims(true)
            .issuer(PLATFORM)
            .audience(state.tenant().toString())
            .subject(state.id().toString())
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now.minus(Duration.ofMinutes(2))))
            .jwtID(randomId())
            .claim("id", state.id().toString())
            .claim("tenant", state.tenant().toString())
            .claim("parent", text(state.parent()))
            .claim("flow", text(state.flow()))
            .claim("flowVersion", text(state.flowVersion()))
            .claim("isDone", state.done())
            .claim("currentMapElement", text(state.currentMapElement()))
            .claim("currentUser", text(state.currentUser()))
            .claim("createdAt", state.createdAt())
            .claim("updatedAt", state.updatedAt())
            .claim("content", state.content());
    if (state.expiresAt() != null) {
      claims.claim("expiresAt", state.expiresAt());
    }
    return claims;
  }

  /** The token the platform posts for {@code state}. */
  public String stateToken(PlatformState state) {
    return stateToken(stateClaims(state).build());
  }

  /** A state token around {@code claims}, signed and encrypted as the platform does. */
  public String stateToken(JWTClaimsSet claims) {
    try {
      return receiverEncrypter.encryptCompact(
          stateTokenHeader().build(), signedWithPlatformKey(claims), RawDeflate.LEVEL);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot encrypt for the receiver key: " + e.getMessage(), e);
    }
  }

  /** The JWE header the platform uses for state tokens. */
  public JWEHeader.Builder stateTokenHeader() {
    return new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A192KW, EncryptionMethod.A192CBC_HS384)
        .compressionAlgorithm(CompressionAlgorithm.DEF)
        .contentType("JWT")
        .keyID(receiverKid());
  }

  /** {@code jws} encrypted to the receiver key's public half with {@code header}. */
  public String encryptForReceiver(String jws, JWEHeader header) {
    try {
      return encrypt(
          jws.getBytes(StandardCharsets.UTF_8), header,
          EcdhKeyWrapEncrypter.supports(header)
              ? receiverEncrypter
              : PlatformCrypto.encrypter(receiverPublicKey, header));
    } catch (JOSEException e) {
      throw new IllegalArgumentException("cannot encrypt with this header: " + e.getMessage());
    }
  }

  /** {@code plaintext} encrypted (ECDH-ES) to {@code key} with {@code header}. */
  public static String encrypt(String plaintext, JWEHeader header, ECKey key) {
    try {
      return encrypt(
          plaintext.getBytes(StandardCharsets.UTF_8), header,
          PlatformCrypto.encrypter(key.toPublicJWK(), header));
    } catch (JOSEException e) {
      throw new IllegalArgumentException("cannot encrypt with this header and key: " + e.getMessage());
    }
  }

  private static String encrypt(byte[] plaintext, JWEHeader header, JWEEncrypter encrypter) {
    try {
      JWEObject jwe = new JWEObject(header, new Payload(plaintext));
      jwe.encrypt(encrypter);
      return jwe.serialize();
    } catch (JOSEException e) {
      throw new IllegalArgumentException("cannot encrypt with this header: " + e.getMessage());
    }
  }

  // ---- loaded states

  /**
   * Opens the token a store returned for a state of {@code tenant}: decrypts it with the platform
   * key, verifies it with the receiver key and checks its claims as the reference's tests do.
   *
   * @throws IllegalArgumentException saying what is wrong with the token
   */
  public LoadedState openLoadedToken(String token, UUID tenant) {
    JWEObject jwe;
    try {
      jwe = JWEObject.parse(token);
    } catch (ParseException e) {
      throw refused("is not a compact JWE");
    }
    JWEHeader header = jwe.getHeader();
    if (!Set.of(JWEAlgorithm.ECDH_ES_A192KW, JWEAlgorithm.ECDH_ES_A256KW).contains(header.getAlgorithm())
        || !Set.of(EncryptionMethod.A192CBC_HS384, EncryptionMethod.A256CBC_HS512)
            .contains(header.getEncryptionMethod())) {
      throw refused("uses algorithms the platform does not accept");
    }
    if (!platformKid().equals(header.getKeyID())) {
      throw refused("is not encrypted to the platform key " + platformKid());
    }
    if (jwe.getCipherText().toString().length() / 4L * 3 > maxLoadedTokenBytes) {
      throw refused("is larger than " + maxLoadedTokenBytes + " bytes");
    }
    byte[] decrypted;
    try {
      // Nimbus decrypts, the JDK's codec decodes the (large) ciphertext; the tag covers the header
      // as sent, and decompression is done below, bounded.
      decrypted =
          platformDecrypter.decrypt(
              new JWEHeader.Builder(header).compressionAlgorithm(null).build(),
              jwe.getEncryptedKey(),
              jwe.getIV(),
              new JdkBase64URL(jwe.getCipherText().toString()),
              jwe.getAuthTag(),
              AAD.compute(header));
    } catch (JOSEException | RuntimeException e) {
      throw refused("cannot be decrypted with the platform key");
    }
    if (!"JWT".equalsIgnoreCase(header.getContentType())) {
      throw refused("does not say it holds a JWT (cty)");
    }
    byte[] compact = inflated(header, decrypted);
    CompactJws jws;
    try {
      jws = CompactJws.parse(compact);
    } catch (ParseException e) {
      jws = null;
    }
    if (jws == null || !JWSAlgorithm.ES384.equals(jws.header().getAlgorithm())) {
      throw refused("does not hold an ES384 JWS");
    }
    if (!receiverKid().equals(jws.header().getKeyID())) {
      throw refused("is not signed with the receiver key " + receiverKid());
    }
    JWTClaimsSet claims;
    try {
      if (!jws.verify(receiverVerifier)) {
        throw refused("has a signature that does not verify with the receiver key");
      }
      claims = claims(jws);
    } catch (JOSEException | ParseException e) {
      throw refused("has a signature or claims that cannot be read");
    }
    Instant now = clock.instant();
    if (claims.getExpirationTime() == null
        || !now.isBefore(claims.getExpirationTime().toInstant())
        || claims.getExpirationTime().toInstant().isAfter(now.plus(Duration.ofMinutes(300)))) {
      throw refused("has a missing, passed or too distant expiry");
    }
    if (claims.getNotBeforeTime() != null && now.isBefore(claims.getNotBeforeTime().toInstant())) {
      throw refused("is not valid yet");
    }
    if (!tenant.toString().equals(claims.getIssuer())) {
      throw refused("is not issued by the tenant " + tenant);
    }
    if (claims.getAudience() == null || !claims.getAudience().contains(PLATFORM)) {
      throw refused("is not addressed to " + PLATFORM);
    }
    if (!(claims.getClaim("content") instanceof String content)) {
      throw refused("has no content string");
    }
    return new LoadedState(content, claims);
  }

  private byte[] inflated(JWEHeader header, byte[] decrypted) {
    int max = maxLoadedTokenBytes;
    if (header.getCompressionAlgorithm() == null) {
      if (decrypted.length > max) {
        throw refused("is larger than " + max + " bytes");
      }
      return decrypted;
    }
    if (!CompressionAlgorithm.DEF.equals(header.getCompressionAlgorithm())) {
      throw refused("uses a compression other than DEF");
    }
    try {
      return RawDeflate.inflate(decrypted, max);
    } catch (RawDeflate.TooLargeException e) {
      throw refused("is larger than " + max + " bytes");
    } catch (DataFormatException e) {
      throw refused("has compressed content that is not DEFLATE");
    }
  }

  // The claims decoded by the JDK and read by Jackson: Nimbus's codec and parser are several times
  // slower on a state's megabytes.
  private static JWTClaimsSet claims(CompactJws jws) throws ParseException {
    try {
      ByteBuffer json = jws.payload();
      return JWTClaimsSet.parse(
          CLAIMS.readValue(
              json.array(), json.arrayOffset() + json.position(), json.remaining(), CLAIMS_TYPE));
    } catch (IllegalArgumentException | IOException e) {
      throw new ParseException("the claims are not base64url JSON", 0);
    }
  }

  private static IllegalArgumentException refused(String why) {
    return new IllegalArgumentException("The loaded-state token " + why);
  }

  private static String text(UUID uuid) {
    return uuid == null ? null : uuid.toString();
  }

  private static String randomId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
