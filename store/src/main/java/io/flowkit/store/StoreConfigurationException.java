package io.flowkit.store;

/** A store setting has a value the store cannot use; the message says which and why. */
public final class StoreConfigurationException extends IllegalArgumentException {

  /** A setting problem, described for the operator. */
  public StoreConfigurationException(String message) {
    super(message);
  }
}
