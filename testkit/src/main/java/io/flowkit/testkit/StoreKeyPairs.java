package io.flowkit.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * The two key pairs the platform makes when a store is created ({@code POST /api/admin/1/stores}),
 * both EC P-384 with one kid. Each pair is held whole here; the accessors say which half goes where.
 *
 * @param platformPair the platform key pair: the platform signs and decrypts with its private half
 * @param receiverPair the receiver key pair: the store decrypts and signs with its private half
 */
public record StoreKeyPairs(ECKey platformPair, ECKey receiverPair) {

  /** Checks both pairs carry their private parts. */
  public StoreKeyPairs {
    Objects.requireNonNull(platformPair, "platformPair");
    Objects.requireNonNull(receiverPair, "receiverPair");
    if (!platformPair.isPrivate() || !receiverPair.isPrivate()) {
      throw new IllegalArgumentException("both key pairs need their private parts");
    }
  }

  /** New pairs with a random UUID kid. */
  public static StoreKeyPairs generate() {
    return generate(UUID.randomUUID().toString());
  }

  /** New pairs, both with the given kid. */
  public static StoreKeyPairs generate(String kid) {
    return generate(kid, kid);
  }

  /** New pairs with a kid each. */
  public static StoreKeyPairs generate(String platformKid, String receiverKid) {
    try {
      return new StoreKeyPairs(
          new ECKeyGenerator(Curve.P_384).keyID(platformKid).generate(),
          new ECKeyGenerator(Curve.P_384).keyID(receiverKid).generate());
    } catch (JOSEException e) {
      throw new IllegalStateException("this JVM cannot generate EC P-384 keys", e);
    }
  }

  /**
   * Pairs read from JWK JSON with their private parts, e.g. test keys kept in files.
   *
   * @throws IllegalArgumentException when either is not an EC JWK with {@code d}
   */
  public static StoreKeyPairs parse(String platformPairJson, String receiverPairJson) {
    try {
      return new StoreKeyPairs(ECKey.parse(platformPairJson), ECKey.parse(receiverPairJson));
    } catch (ParseException e) {
      throw new IllegalArgumentException("not an EC JWK pair");
    }
  }

  /** The kid of the platform pair (the platform's {@code X-ManyWho-Platform-Key-ID}). */
  public String platformKid() {
    return platformPair.getKeyID();
  }

  /** The kid of the receiver pair (the platform's {@code X-ManyWho-Receiver-Key-ID}). */
  public String receiverKid() {
    return receiverPair.getKeyID();
  }

  /** {@code platformKey} for the store: the platform pair's public half, as JWK JSON. */
  public String platformKeyForStore() {
    return platformPair.toPublicJWK().toJSONString();
  }

  /** {@code receiverKey} for the store: the receiver pair whole (with {@code d}), as JWK JSON. */
  public String receiverKeyForStore() {
    return receiverPair.toJSONString();
  }

  /** What the platform keeps of the receiver pair: its public half. */
  public ECKey receiverPublicKey() {
    return receiverPair.toPublicJWK();
  }

  /** Never prints key material. */
  @Override
  public String toString() {
    return "StoreKeyPairs[platformKid=" + platformKid() + ", receiverKid=" + receiverKid() + "]";
  }
}
