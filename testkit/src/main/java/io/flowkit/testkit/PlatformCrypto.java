package io.flowkit.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import io.flowkit.jose.NativeFirstProvider;
import io.flowkit.jose.NativeProviders;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

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

  static ECDHEncrypter encrypter(ECKey key) throws JOSEException {
    ECDHEncrypter encrypter = new ECDHEncrypter(key.toECPublicKey(PROVIDER));
    encrypter.getJCAContext().setProvider(PROVIDER);
    encrypter.getJCAContext().setSecureRandom(RANDOM);
    return encrypter;
  }

  static ECDHDecrypter decrypter(ECKey key, Set<com.nimbusds.jose.JWEDecrypterOption> options)
      throws JOSEException {
    ECDHDecrypter decrypter = new ECDHDecrypter(key.toECPrivateKey(PROVIDER), null, options);
    decrypter.getJCAContext().setProvider(PROVIDER);
    return decrypter;
  }
}
