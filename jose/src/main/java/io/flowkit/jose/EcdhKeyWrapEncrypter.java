package io.flowkit.jose;

import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWECryptoParts;
import com.nimbusds.jose.JWEEncrypter;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.impl.AAD;
import com.nimbusds.jose.crypto.impl.AESCBC;
import com.nimbusds.jose.crypto.impl.AESKW;
import com.nimbusds.jose.crypto.impl.AlgorithmSupportMessage;
import com.nimbusds.jose.crypto.impl.AuthenticatedCipherText;
import com.nimbusds.jose.crypto.impl.ContentCryptoProvider;
import com.nimbusds.jose.crypto.impl.ECDH;
import com.nimbusds.jose.crypto.impl.ECDHCryptoProvider;
import com.nimbusds.jose.jca.JWEJCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import javax.crypto.SecretKey;

/**
 * Nimbus's ECDH-ES key-wrap JWE encryption ({@code ECDH-ES+A128KW/A192KW/A256KW} with {@code
 * A128CBC-HS256/A192CBC-HS384/A256CBC-HS512}), with two things done differently, because on a
 * state's megabytes they cost more than the cryptography: {@code zip: DEF} is compressed at a chosen
 * level ({@link RawDeflate}; Nimbus always takes level 8), and the parts are Base64URL-encoded by the
 * JDK's codec instead of Nimbus's much slower one.
 *
 * <p>Every cryptographic step is Nimbus's or the JCA provider's, in the order Nimbus's {@code
 * ECDHEncrypter} takes them: the ephemeral key pair and the ECDH agreement ({@link ECDH}), the
 * Concat KDF, the content key ({@link ContentCryptoProvider}), its AES key wrap ({@link AESKW}) and
 * the AES-CBC + HMAC content encryption ({@link AESCBC}), on the providers of {@link
 * #getJCAContext()}. Use it through {@code JWEObject.encrypt}; thread-safe once its JCA context is
 * set.
 */
public final class EcdhKeyWrapEncrypter extends ECDHCryptoProvider implements JWEEncrypter {

  /** The key management algorithms it encrypts with. */
  public static final Set<JWEAlgorithm> ALGORITHMS =
      Set.of(JWEAlgorithm.ECDH_ES_A128KW, JWEAlgorithm.ECDH_ES_A192KW, JWEAlgorithm.ECDH_ES_A256KW);

  /** The content encryption methods it encrypts with. */
  public static final Set<EncryptionMethod> METHODS =
      Set.of(EncryptionMethod.A128CBC_HS256, EncryptionMethod.A192CBC_HS384,
          EncryptionMethod.A256CBC_HS512);

  private static final Set<Curve> CURVES = Set.of(Curve.P_256, Curve.P_384, Curve.P_521);

  private final ECPublicKey publicKey;
  private final int deflateLevel;

  /**
   * An encrypter to {@code publicKey} (P-256, P-384 or P-521) that compresses {@code zip: DEF}
   * content at {@code deflateLevel} (0–9, e.g. {@link RawDeflate#LEVEL}).
   */
  public EcdhKeyWrapEncrypter(ECPublicKey publicKey, int deflateLevel) throws JOSEException {
    super(Curve.forECParameterSpec(Objects.requireNonNull(publicKey, "publicKey").getParams()), null);
    requireLevel(deflateLevel);
    this.publicKey = publicKey;
    this.deflateLevel = deflateLevel;
  }

  /** Whether it can encrypt with {@code header}'s alg, enc and zip. */
  public static boolean supports(JWEHeader header) {
    return ALGORITHMS.contains(header.getAlgorithm())
        && METHODS.contains(header.getEncryptionMethod())
        && (header.getCompressionAlgorithm() == null
            || CompressionAlgorithm.DEF.equals(header.getCompressionAlgorithm()));
  }

  @Override
  public Set<Curve> supportedEllipticCurves() {
    return CURVES;
  }

  @Override
  public Set<JWEAlgorithm> supportedJWEAlgorithms() {
    return ALGORITHMS;
  }

  @Override
  public Set<EncryptionMethod> supportedEncryptionMethods() {
    return METHODS;
  }

  @Override
  public JWECryptoParts encrypt(JWEHeader header, byte[] clearText, byte[] aad)
      throws JOSEException {
    Agreement agreement = agree(header);
    // As Nimbus's encrypter: the tag covers the header as sent (with "epk"), unless the caller
    // brought AAD of its own.
    byte[] authenticated =
        Arrays.equals(aad, AAD.compute(header)) ? AAD.compute(agreement.header()) : aad;
    Sealed sealed = seal(agreement, clearText, authenticated, deflateLevel);
    return new JWECryptoParts(
        agreement.header(),
        JdkBase64URL.of(sealed.encryptedKey()),
        JdkBase64URL.of(sealed.iv()),
        JdkBase64URL.of(sealed.cipherText()),
        JdkBase64URL.of(sealed.tag()));
  }

  /**
   * The compact serialization of {@code clearText} encrypted under {@code header}, {@code zip: DEF}
   * content deflated at {@code level}: the JWE that {@code JWEObject.encrypt} and {@code serialize}
   * make, with the header serialized once and the parts encoded straight into the result.
   */
  public String encryptCompact(JWEHeader header, byte[] clearText, int level)
      throws JOSEException {
    requireLevel(level);
    Agreement agreement = agree(header);
    byte[] encodedHeader =
        agreement.header().toBase64URL().toString().getBytes(StandardCharsets.US_ASCII);
    Sealed sealed = seal(agreement, clearText, encodedHeader, level);
    byte[][] parts = {sealed.encryptedKey(), sealed.iv(), sealed.cipherText(), sealed.tag()};
    long length = encodedHeader.length;
    for (byte[] part : parts) {
      length += 1 + JdkBase64URL.encodedLength(part.length);
    }
    if (length > Integer.MAX_VALUE - 16) {
      throw new JOSEException("The JWE is too large to serialize");
    }
    byte[] compact = new byte[(int) length];
    System.arraycopy(encodedHeader, 0, compact, 0, encodedHeader.length);
    int position = encodedHeader.length;
    for (byte[] part : parts) {
      compact[position++] = '.';
      position = JdkBase64URL.encodeInto(part, compact, position);
    }
    return new String(compact, StandardCharsets.US_ASCII);
  }

  /** The header as sent (with the ephemeral public key) and the agreed secret Z. */
  private record Agreement(JWEHeader header, SecretKey z) {}

  private record Sealed(byte[] encryptedKey, byte[] iv, byte[] cipherText, byte[] tag) {}

  private Agreement agree(JWEHeader header) throws JOSEException {
    if (!ALGORITHMS.contains(header.getAlgorithm())) {
      throw new JOSEException(
          AlgorithmSupportMessage.unsupportedJWEAlgorithm(header.getAlgorithm(), ALGORITHMS));
    }
    EncryptionMethod enc = header.getEncryptionMethod();
    if (!METHODS.contains(enc)) {
      throw new JOSEException(AlgorithmSupportMessage.unsupportedEncryptionMethod(enc, METHODS));
    }
    CompressionAlgorithm zip = header.getCompressionAlgorithm();
    if (zip != null && !CompressionAlgorithm.DEF.equals(zip)) {
      throw new JOSEException("Unsupported compression algorithm: " + zip);
    }
    Provider provider = getJCAContext().getKeyEncryptionProvider();
    KeyPair ephemeral = ephemeralKeyPair(provider);
    JWEHeader sent =
        new JWEHeader.Builder(header)
            .ephemeralPublicKey(
                new ECKey.Builder(getCurve(), (ECPublicKey) ephemeral.getPublic()).build())
            .build();
    return new Agreement(
        sent, ECDH.deriveSharedSecret(publicKey, ephemeral.getPrivate(), provider));
  }

  // What Nimbus's ECDHEncrypter does after the agreement, with Nimbus's own classes, except that
  // the content is deflated here at the level asked and the parts are left for the JDK to encode.
  private Sealed seal(Agreement agreement, byte[] clearText, byte[] aad, int level)
      throws JOSEException {
    JWEHeader header = agreement.header();
    JWEJCAContext jca = getJCAContext();
    getConcatKDF().getJCAContext().setProvider(jca.getMACProvider());
    SecretKey keyEncryptionKey = ECDH.deriveSharedKey(header, agreement.z(), getConcatKDF());
    SecretKey cek = ContentCryptoProvider.generateCEK(header.getEncryptionMethod(),
        jca.getSecureRandom());
    byte[] encryptedKey = AESKW.wrapCEK(cek, keyEncryptionKey, jca.getKeyEncryptionProvider());
    byte[] plainText =
        header.getCompressionAlgorithm() == null ? clearText : RawDeflate.deflate(clearText, level);
    byte[] iv = AESCBC.generateIV(jca.getSecureRandom());
    AuthenticatedCipherText sealed =
        AESCBC.encryptAuthenticated(
            cek, iv, plainText, aad, jca.getContentEncryptionProvider(), jca.getMACProvider());
    return new Sealed(encryptedKey, iv, sealed.getCipherText(), sealed.getAuthenticationTag());
  }

  private static void requireLevel(int level) {
    if (level < 0 || level > 9) {
      throw new IllegalArgumentException("the deflate level must be 0 to 9");
    }
  }

  private KeyPair ephemeralKeyPair(Provider provider) throws JOSEException {
    try {
      KeyPairGenerator generator =
          provider == null
              ? KeyPairGenerator.getInstance("EC")
              : KeyPairGenerator.getInstance("EC", provider);
      generator.initialize(publicKey.getParams(), getJCAContext().getSecureRandom());
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new JOSEException("Couldn't generate ephemeral EC key pair: " + e.getMessage(), e);
    }
  }
}
