package io.flowkit.store.jose;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.flowkit.jose.EcdhKeyWrapEncrypter;
import io.flowkit.jose.NativeFirstProvider;
import io.flowkit.jose.NativeProviders;
import io.flowkit.jose.RawDeflate;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JCA provider the store's EC, ECDH and AES work is done with, handed to Nimbus through its JCA
 * contexts: a native one (the Amazon Corretto Crypto Provider, AWS-LC) when the platform has it, the
 * JDK's (SunEC, SunJCE) otherwise. The JOSE is Nimbus's either way; only the provider of the
 * primitives changes.
 *
 * <p>Chosen by {@link Mode}: {@code auto} (native when available and healthy, else the JDK's),
 * {@code native} (fail when it is not available) or {@code jdk}. The mode comes from the setting
 * {@value #SETTING} or the system property {@value #PROPERTY}.
 */
public final class StoreCrypto {

  /** The setting (environment variable) choosing the provider: auto, native or jdk. */
  public static final String SETTING = "FLOWKIT_CRYPTO_PROVIDER";

  /** The system property choosing the provider; wins over {@value #SETTING}. */
  public static final String PROPERTY = "flowkit.crypto.provider";

  /** How the provider is chosen. */
  public enum Mode {
    /** The native provider when it is available and passes a self-test, else the JDK's. */
    AUTO,
    /** The native provider; its absence is a configuration error. */
    NATIVE,
    /** The JDK's providers, as configured in {@code java.security}. */
    JDK;

    /** The mode named {@code text} ({@code auto}, {@code native}, {@code jdk}; any case). */
    public static Mode parse(String text) {
      String name = Objects.requireNonNull(text, "text").strip().toUpperCase(Locale.ROOT);
      for (Mode mode : values()) {
        if (mode.name().equals(name)) {
          return mode;
        }
      }
      throw new IllegalArgumentException(
          SETTING + " is \"" + text.strip() + "\"; it must be auto, native or jdk");
    }
  }

  // One generator for every CEK, IV and ephemeral key, instead of Nimbus's new one per call.
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final StoreCrypto JDK = new StoreCrypto(null, "the JDK's providers (SunEC, SunJCE)");
  private static final Map<Provider, StoreCrypto> NATIVE = new ConcurrentHashMap<>();
  private static final Map<Provider, String> UNUSABLE = new ConcurrentHashMap<>();

  private final Provider provider;
  private final String description;

  private StoreCrypto(Provider provider, String description) {
    this.provider = provider;
    this.description = description;
  }

  /** The JDK's providers. */
  public static StoreCrypto jdk() {
    return JDK;
  }

  /**
   * The mode the process asks for: the system property {@value #PROPERTY}, else the environment
   * variable {@value #SETTING}, else {@link Mode#AUTO}.
   */
  public static Mode configuredMode() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return Mode.parse(property);
    }
    String variable = System.getenv(SETTING);
    return variable == null || variable.isBlank() ? Mode.AUTO : Mode.parse(variable);
  }

  /** The provider for {@link #configuredMode()}. */
  public static StoreCrypto fromEnvironment() {
    return select(configuredMode());
  }

  /** The provider for {@code mode}, the native one looked up in the JVM and on the class path. */
  public static StoreCrypto select(Mode mode) {
    return select(mode, null);
  }

  /**
   * The provider for {@code mode}.
   *
   * @param nativeProvider the native provider when the caller loaded it itself (the executable
   *     jar does, from the jar for this platform it carries), or {@code null} to look it up
   * @throws IllegalStateException when {@code mode} is native and no usable native provider is
   *     found
   */
  public static StoreCrypto select(Mode mode, Provider nativeProvider) {
    if (mode == Mode.JDK) {
      return JDK;
    }
    String[] why = {"it is not available"};
    Provider found =
        nativeProvider != null
            ? NativeProviders.healthy(nativeProvider, why).orElse(null)
            : NativeProviders.find(why).orElse(null);
    StoreCrypto chosen = found == null ? null : usable(found, why);
    if (chosen != null) {
      return chosen;
    }
    if (mode == Mode.NATIVE) {
      throw new IllegalStateException(
          SETTING + " is native, but the native provider (" + NativeProviders.ACCP_NAME
              + ") cannot be used: " + why[0]);
    }
    return JDK;
  }

  // The first use of a provider runs a round trip of everything the store does with it; a provider
  // that fails it (e.g. a JDK that refuses unsigned providers) is not used.
  private static StoreCrypto usable(Provider found, String[] why) {
    StoreCrypto known = NATIVE.get(found);
    if (known != null) {
      return known;
    }
    String failure = UNUSABLE.get(found);
    if (failure == null) {
      StoreCrypto candidate =
          new StoreCrypto(
              new NativeFirstProvider(found),
              found.getName() + " " + found.getVersionStr() + " (native)");
      failure = candidate.selfTest();
      if (failure == null) {
        return NATIVE.computeIfAbsent(found, p -> candidate);
      }
      UNUSABLE.put(found, failure);
    }
    why[0] = "its self-test failed (" + failure + ")";
    return null;
  }

  /** Whether the work goes to the native provider. */
  public boolean isNative() {
    return provider != null;
  }

  /** The provider given to Nimbus, or {@code null} for the JDK's defaults. */
  public Provider provider() {
    return provider;
  }

  /** What is in use, for the start-up log, e.g. {@code AmazonCorrettoCryptoProvider 2.5 (native)}. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }

  // ---- keys, converted once with this provider's key factory

  /** {@code key}'s public half as a JCA key of this provider. */
  public ECPublicKey publicKey(ECKey key) throws JOSEException {
    return key.toECPublicKey(provider);
  }

  /** {@code key}'s private half as a JCA key of this provider. */
  public ECPrivateKey privateKey(ECKey key) throws JOSEException {
    return key.toECPrivateKey(provider);
  }

  // ---- Nimbus's signers, verifiers, encrypters and decrypters on this provider (thread-safe)

  /** An ES384 verifier for {@code key}. */
  public ECDSAVerifier verifier(ECPublicKey key) throws JOSEException {
    ECDSAVerifier verifier = new ECDSAVerifier(key);
    verifier.getJCAContext().setProvider(provider);
    return verifier;
  }

  /** An ES384 signer with {@code key}. */
  public ECDSASigner signer(ECPrivateKey key) throws JOSEException {
    ECDSASigner signer = new ECDSASigner(key);
    signer.getJCAContext().setProvider(provider);
    return signer;
  }

  /**
   * An ECDH-ES key-wrap encrypter to {@code key}: Nimbus's cryptography, {@code zip: DEF} deflated at
   * {@link RawDeflate#LEVEL} and the parts coded by the JDK's Base64.
   */
  public EcdhKeyWrapEncrypter encrypter(ECPublicKey key) throws JOSEException {
    EcdhKeyWrapEncrypter encrypter = new EcdhKeyWrapEncrypter(key, RawDeflate.LEVEL);
    encrypter.getJCAContext().setProvider(provider);
    encrypter.getJCAContext().setSecureRandom(RANDOM);
    return encrypter;
  }

  /** An ECDH-ES decrypter with {@code key}. */
  public ECDHDecrypter decrypter(ECPrivateKey key) throws JOSEException {
    ECDHDecrypter decrypter = new ECDHDecrypter(key);
    decrypter.getJCAContext().setProvider(provider);
    return decrypter;
  }

  /** A failure description, or {@code null} when a sign/verify and encrypt/decrypt round trip works. */
  private String selfTest() {
    try {
      ECKey key = new ECKeyGenerator(Curve.P_384).provider(provider).generate();
      JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.ES384), new Payload("self-test"));
      jws.sign(signer(privateKey(key)));
      if (!JWSObject.parse(jws.serialize()).verify(verifier(publicKey(key)))) {
        return "a signature does not verify";
      }
      JWEObject jwe =
          new JWEObject(
              new JWEHeader(JoseAlgorithms.RESPONSE_KEY_MANAGEMENT, EncryptionMethod.A192CBC_HS384),
              new Payload(jws.serialize()));
      jwe.encrypt(encrypter(publicKey(key)));
      JWEObject back = JWEObject.parse(jwe.serialize());
      back.decrypt(decrypter(privateKey(key)));
      for (JWEAlgorithm alg : JoseAlgorithms.KEY_MANAGEMENT) {
        JWEObject other =
            new JWEObject(new JWEHeader(alg, EncryptionMethod.A256CBC_HS512), new Payload("x"));
        other.encrypt(encrypter(publicKey(key)));
        JWEObject.parse(other.serialize()).decrypt(decrypter(privateKey(key)));
      }
      return back.getPayload().toString().equals(jws.serialize()) ? null : "decryption differs";
    } catch (JOSEException | java.text.ParseException | RuntimeException e) {
      return e.toString();
    }
  }
}
