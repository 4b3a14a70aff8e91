package io.flowkit.runtime.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently {@link HttpCallbackSender} tries to deliver a callback: up to {@code
 * maxAttempts} tries, waiting {@code initialBackoff} after the first failure and doubling the wait
 * each time up to {@code maxBackoff}; each try may take up to {@code requestTimeout}.
 */
public record CallbackRetry(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration requestTimeout) {

  /** 5 tries, 1 s then doubling up to 30 s, 20 s per try. */
  public static final CallbackRetry DEFAULT =
      new CallbackRetry(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(20));

  public CallbackRetry {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  /** The wait before try {@code attempt + 1} after try {@code attempt} (counted from 1) failed. */
  public Duration backoffAfter(int attempt) {
    Duration wait = initialBackoff;
    for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
