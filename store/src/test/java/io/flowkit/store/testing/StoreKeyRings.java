package io.flowkit.store.testing;

import io.flowkit.store.keys.StoreKeyRing;
import io.flowkit.testkit.StoreKeyPairs;

/** The store's halves of key pairs the test kit made, as the store is configured with them. */
public final class StoreKeyRings {

  private StoreKeyRings() {}

  /** A ring serving every pair: each platform key's public half and each receiver key whole. */
  public static StoreKeyRing of(StoreKeyPairs... pairs) {
    StoreKeyRing.Builder ring = StoreKeyRing.builder();
    for (StoreKeyPairs keys : pairs) {
      ring.platformKey("platform key " + keys.platformKid(), keys.platformKeyForStore());
      ring.receiverKey("receiver key " + keys.receiverKid(), keys.receiverKeyForStore());
    }
    return ring.build();
  }
}
