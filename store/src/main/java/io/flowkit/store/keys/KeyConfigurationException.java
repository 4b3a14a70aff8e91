package io.flowkit.store.keys;

/**
 * A configured key cannot be used. The message names where the key came from (an environment
 * variable or a file) and what is wrong with it, never the key material itself.
 */
public final class KeyConfigurationException extends IllegalArgumentException {

  /** A problem with a configured key, described for the operator. */
  public KeyConfigurationException(String message) {
    super(message);
  }
}
