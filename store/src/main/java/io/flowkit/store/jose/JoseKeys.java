package io.flowkit.store.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import io.flowkit.jose.EcdhKeyWrapEncrypter;
import io.flowkit.store.keys.KeyConfigurationException;
import io.flowkit.store.keys.StoreKeyRing;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The key ring's keys made ready for work, once: each platform key converted to a JCA public key of
 * the chosen provider with its verifier and encrypter, each receiver key to a private key with its
 * decrypter and signer. Requests only look them up by kid; nothing is parsed, converted or checked
 * again per request. Thread-safe.
 */
public final class JoseKeys {

  /** A platform key and what the store does with it. */
  record PlatformKey(ECKey jwk, ECDSAVerifier verifier, EcdhKeyWrapEncrypter encrypter) {}

  /** A receiver key and what the store does with it. */
  record ReceiverKey(ECKey jwk, ECDHDecrypter decrypter, ECDSASigner signer) {}

  private final StoreCrypto crypto;
  private final Map<String, PlatformKey> platformKeys;
  private final Map<String, ReceiverKey> receiverKeys;

  private JoseKeys(
      StoreCrypto crypto,
      Map<String, PlatformKey> platformKeys,
      Map<String, ReceiverKey> receiverKeys) {
    this.crypto = crypto;
    this.platformKeys = Map.copyOf(platformKeys);
    this.receiverKeys = Map.copyOf(receiverKeys);
  }

  /** The keys of {@code ring} on {@code crypto}'s provider. */
  public static JoseKeys of(StoreKeyRing ring, StoreCrypto crypto) {
    Objects.requireNonNull(ring, "ring");
    Objects.requireNonNull(crypto, "crypto");
    Map<String, PlatformKey> platform = new HashMap<>();
    for (String kid : ring.platformKeyIds()) {
      platform.put(kid, platformKey(ring.platformKey(kid).orElseThrow(), crypto));
    }
    Map<String, ReceiverKey> receiver = new HashMap<>();
    for (String kid : ring.receiverKeyIds()) {
      receiver.put(kid, receiverKey(ring.receiverKey(kid).orElseThrow(), crypto));
    }
    return new JoseKeys(crypto, platform, receiver);
  }

  /** The keys of {@code ring} on the provider {@link StoreCrypto#fromEnvironment()} chooses. */
  public static JoseKeys of(StoreKeyRing ring) {
    return of(ring, StoreCrypto.fromEnvironment());
  }

  /** No keys: every key is prepared when it is used (for callers that bring their own). */
  static JoseKeys none(StoreCrypto crypto) {
    return new JoseKeys(Objects.requireNonNull(crypto, "crypto"), Map.of(), Map.of());
  }

  /** The provider the keys work with. */
  public StoreCrypto crypto() {
    return crypto;
  }

  PlatformKey platformKey(String kid) {
    return kid == null ? null : platformKeys.get(kid);
  }

  ReceiverKey receiverKey(String kid) {
    return kid == null ? null : receiverKeys.get(kid);
  }

  /** The prepared platform key for {@code jwk}: the ring's own, else one made now. */
  PlatformKey platformKey(ECKey jwk) {
    PlatformKey known = platformKey(jwk.getKeyID());
    if (known != null && (known.jwk() == jwk || known.jwk().equals(jwk.toPublicJWK()))) {
      return known;
    }
    return platformKey(jwk, crypto);
  }

  /** The prepared receiver key for {@code jwk}: the ring's own, else one made now. */
  ReceiverKey receiverKey(ECKey jwk) {
    ReceiverKey known = receiverKey(jwk.getKeyID());
    if (known != null && (known.jwk() == jwk || known.jwk().equals(jwk))) {
      return known;
    }
    return receiverKey(jwk, crypto);
  }

  private static PlatformKey platformKey(ECKey jwk, StoreCrypto crypto) {
    try {
      var publicKey = crypto.publicKey(jwk);
      return new PlatformKey(jwk, crypto.verifier(publicKey), crypto.encrypter(publicKey));
    } catch (JOSEException e) {
      throw new KeyConfigurationException(
          "platform key " + jwk.getKeyID() + " cannot be used with " + crypto.description());
    }
  }

  private static ReceiverKey receiverKey(ECKey jwk, StoreCrypto crypto) {
    if (!jwk.isPrivate()) {
      throw new KeyConfigurationException(
          "receiver key " + jwk.getKeyID() + " has no private part (\"d\")");
    }
    try {
      var privateKey = crypto.privateKey(jwk);
      return new ReceiverKey(jwk, crypto.decrypter(privateKey), crypto.signer(privateKey));
    } catch (JOSEException e) {
      throw new KeyConfigurationException(
          "receiver key " + jwk.getKeyID() + " cannot be used with " + crypto.description());
    }
  }
}
