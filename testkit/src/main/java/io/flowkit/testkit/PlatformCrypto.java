package io.flowkit.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JCA provider the test platform signs, encrypts and decrypts with, given to Nimbus through its
 * JCA contexts: the native Amazon Corretto Crypto Provider when it is on the class path (or
 * installed) and {@code flowkit.crypto.provider} / {@code FLOWKIT_CRYPTO_PROVIDER} is not {@code
 * jdk}, else the JDK's. Chosen once per JVM, the way the store chooses.
 */
final class PlatformCrypto {

  private static final String ACCP_NAME = "AmazonCorrettoCryptoProvider";
  private static final String ACCP_CLASS =
      "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

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
    Provider found = Security.getProvider(ACCP_NAME);
    if (found == null) {
      try {
        found = (Provider) Class.forName(ACCP_CLASS).getField("INSTANCE").get(null);
      } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
        return null;
      }
    }
    try {
      if (found.getClass().getMethod("getLoadingError").invoke(found) != null) {
        return null;
      }
    } catch (ReflectiveOperationException e) {
      // another provider by that name: use it as installed
    }
    return new NativeFirst(found);
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

  /**
   * Routes each algorithm to the native provider when it has it, else to the JDK's (the native one
   * has ECDH but no AESWrap, and Nimbus takes one provider for both); implements nothing itself.
   */
  private static final class NativeFirst extends Provider {

    private static final long serialVersionUID = 1L;

    private final transient Provider nativeProvider;
    // Which provider serves what, looked up once per type and algorithm.
    private final transient Map<String, Optional<Service>> routes = new ConcurrentHashMap<>();

    NativeFirst(Provider nativeProvider) {
      super("FlowkitTestNativeFirst", "1.0", "native first, then the JDK's providers");
      this.nativeProvider = nativeProvider;
    }

    @Override
    public Service getService(String type, String algorithm) {
      return routes
          .computeIfAbsent(type + "." + algorithm, key -> Optional.ofNullable(route(type, algorithm)))
          .orElse(null);
    }

    private Service route(String type, String algorithm) {
      Service service = nativeProvider.getService(type, algorithm);
      if (service != null) {
        return service;
      }
      for (Provider provider : Security.getProviders()) {
        if (provider != nativeProvider) {
          service = provider.getService(type, algorithm);
          if (service != null) {
            return service;
          }
        }
      }
      return null;
    }

    @Override
    public Set<Service> getServices() {
      Set<Service> services = new LinkedHashSet<>(nativeProvider.getServices());
      for (Provider provider : Security.getProviders()) {
        if (provider != nativeProvider) {
          services.addAll(provider.getServices());
        }
      }
      return services;
    }
  }
}
