package io.flowkit.runtime.service;

/**
 * How many callbacks {@link HttpCallbackSender} handles at once, so that a platform endpoint that
 * fails or hangs cannot make the server hold ever more connections, requests and memory.
 *
 * @param maxInFlight callback requests sent and not yet answered, at the most; more wait their turn
 * @param maxWaiting callbacks waiting for their turn, at the most; a callback past that is given up
 *     at once and logged, as one whose tries are all spent
 */
public record CallbackLimits(int maxInFlight, int maxWaiting) {

  /** 16 in flight, 1,000 waiting. */
  public static final CallbackLimits DEFAULT = new CallbackLimits(16, 1_000);

  public CallbackLimits {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1");
    }
    if (maxWaiting < 0) {
      throw new IllegalArgumentException("maxWaiting must not be negative");
    }
  }
}
