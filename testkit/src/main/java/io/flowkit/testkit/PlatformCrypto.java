package io.flowkit.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEEncrypter;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import io.flowkit.jose.EcdhKeyWrapEncrypter;
import io.flowkit.jose.NativeFirstProvider;
import io.flowkit.jose.NativeProviders;
import io.flowkit.jose.RawDeflate;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The JCA provider the test platform signs, encrypts and decrypts with, given to Nimbus through its
 * JCA contexts: the native Amazon Corretto Crypto Provider when it is on the class path (or
 * installed) and {@code flowkit.crypto.provider} / {@code FLOWKIT_CRYPTO_PROVIDER} is not {@code
 * jdk}, else the JDK's. Chosen once per JVM, the way the store chooses.
 */
final class PlatformCrypto {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The provider, or {@code null} for the JDK's defaults. */
  static final Provider PROVIDER = choose();

  private PlatformCrypto() {}

  private static Provider choose() {
    String mode = System.getProperty("flowkit.crypto.provider");
    if (mode == null || mode.isBlank()) {
      mode = System.getenv("FLOWKIT_CRYPTO_PROVIDER");
    }
    if (mode != null && mode.strip().toLowerCase(Locale.ROOT).equals("jdk")) {
      return null;
    }
    return NativeProviders.find(new String[1]).map(NativeFirstProvider::new).orElse(null);
  }

  static ECDSASigner signer(ECKey key) throws JOSEException {
    ECDSASigner signer = new ECDSASigner(key.toECPrivateKey(PROVIDER));
    signer.getJCAContext().setProvider(PROVIDER);
    return signer;
  }

  static ECDSAVerifier verifier(ECKey key) throws JOSEException {
    ECDSAVerifier verifier = new ECDSAVerifier(key.toECPublicKey(PROVIDER));
    verifier.getJCAContext().setProvider(PROVIDER);
    return verifier;
  }

  /**
   * An encrypter to {@code key} for {@code header}: the fast one (Nimbus's cryptography, deflated at
   * {@link RawDeflate#LEVEL}, JDK Base64) for what the platform sends, Nimbus's own encrypter for
   * what tests send that it never would (AES-GCM, direct ECDH-ES).
   */
  static JWEEncrypter encrypter(ECKey key, JWEHeader header) throws JOSEException {
    return EcdhKeyWrapEncrypter.supports(header) ? encrypter(key) : nimbusEncrypter(key);
  }

  /** The fast encrypter to {@code key} (see {@link #encrypter(ECKey, JWEHeader)}). */
  static EcdhKeyWrapEncrypter encrypter(ECKey key) throws JOSEException {
    EcdhKeyWrapEncrypter encrypter =
        new EcdhKeyWrapEncrypter(key.toECPublicKey(PROVIDER), RawDeflate.LEVEL);
    encrypter.getJCAContext().setProvider(PROVIDER);
    encrypter.getJCAContext().setSecureRandom(RANDOM);
    return encrypter;
  }

  private static ECDHEncrypter nimbusEncrypter(ECKey key) throws JOSEException {
    ECDHEncrypter encrypter = new ECDHEncrypter(key.toECPublicKey(PROVIDER));
    encrypter.getJCAContext().setProvider(PROVIDER);
    encrypter.getJCAContext().setSecureRandom(RANDOM);
    return encrypter;
  }

  /** An ECDH-ES decrypter with {@code key}; decompression is left to the caller. */
  static ECDHDecrypter decrypter(ECKey key) throws JOSEException {
    ECDHDecrypter decrypter = new ECDHDecrypter(key.toECPrivateKey(PROVIDER));
    decrypter.getJCAContext().setProvider(PROVIDER);
    return decrypter;
  }
}
