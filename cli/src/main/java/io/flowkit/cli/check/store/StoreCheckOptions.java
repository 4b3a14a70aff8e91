package io.flowkit.cli.check.store;

import com.nimbusds.jose.jwk.ECKey;
import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/**
 * What {@link StoreChecker} checks.
 *
 * @param store the store's URL with its base path, as given to Flow (e.g. {@code
 *     https://host/api/storage/1})
 * @param platformKeyPair the platform key pair (signs requests, opens loaded states)
 * @param receiverPublicKey the receiver key's public half (encrypts states, verifies loaded ones)
 * @param tenant the tenant the test states belong to
 */
public record StoreCheckOptions(URI store, ECKey platformKeyPair, ECKey receiverPublicKey, UUID tenant) {

  /** Checks every part is present and the platform pair is whole. */
  public StoreCheckOptions {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(platformKeyPair, "platformKeyPair");
    Objects.requireNonNull(receiverPublicKey, "receiverPublicKey");
    Objects.requireNonNull(tenant, "tenant");
    if (!platformKeyPair.isPrivate()) {
      throw new IllegalArgumentException("the platform key pair needs its private part");
    }
    receiverPublicKey = receiverPublicKey.toPublicJWK();
  }

  /** Never prints key material. */
  @Override
  public String toString() {
    return "StoreCheckOptions[store=" + store + ", platformKid=" + platformKeyPair.getKeyID()
        + ", receiverKid=" + receiverPublicKey.getKeyID() + ", tenant=" + tenant + "]";
  }
}
