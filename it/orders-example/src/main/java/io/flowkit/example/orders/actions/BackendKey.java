package io.flowkit.example.orders.actions;

import io.flowkit.example.orders.flow.OrdersConfiguration;
import io.flowkit.runtime.service.ServiceProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stands in for the order backend's check of the {@code API Key} configuration value: every
 * message action calls it first. The key is compared in constant time and never appears in a
 * message, a log line or an answer.
 */
public final class BackendKey {

  private final byte[] expectedDigest;

  private BackendKey(byte[] expectedDigest) {
    this.expectedDigest = expectedDigest;
  }

  /** A backend that accepts exactly {@code key}. */
  public static BackendKey accepting(String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("The backend key must not be empty");
    }
    return new BackendKey(digest(key));
  }

  /** A demo backend that accepts any non-empty key. */
  public static BackendKey acceptingAnyKey() {
    return new BackendKey(null);
  }

  /** Throws a 403 problem unless the call's configuration carries an accepted key. */
  public void check(OrdersConfiguration configuration) {
    String given = configuration.apiKey();
    // "API Key" is required, so the server has refused calls without one; an empty one is refused here.
    boolean accepted = given != null && !given.isEmpty()
        && (expectedDigest == null || MessageDigest.isEqual(expectedDigest, digest(given)));
    if (!accepted) {
      throw new ServiceProblemException(403, "The order backend refused the configured API Key");
    }
  }

  private static byte[] digest(String key) {
    try {
      // Digests have one length, so comparing them takes the same time whatever the key's length.
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
