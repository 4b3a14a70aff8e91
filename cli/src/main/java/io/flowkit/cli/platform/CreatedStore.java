package io.flowkit.cli.platform;

/**
 * The answer to creating a store ({@code StoreCreateResponse}): the only time the receiver key is
 * given out.
 *
 * @param store the store as listed
 * @param receiverKey the receiver key pair, JWK JSON with {@code d}, for the store
 */
public record CreatedStore(RegisteredStore store, String receiverKey) {

  /** Leaves the receiver key out. */
  @Override
  public String toString() {
    return "CreatedStore[" + store + "]";
  }
}
