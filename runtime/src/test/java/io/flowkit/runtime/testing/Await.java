package io.flowkit.runtime.testing;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for a condition that something outside the test makes true and that no latch or future can
 * signal (a server's state, a process's output), by asking it again every few milliseconds until
 * it holds or the timeout passes. What is asserted is the condition, never the time it took.
 */
public final class Await {

  private static final long POLL_MILLIS = 10;

  private Await() {}

  /**
   * Returns once {@code condition} is true; fails with an {@link AssertionError} naming {@code what}
   * when it is still false after {@code timeout}. An exception (or error) the condition throws ends
   * the wait at once.
   */
  public static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("Waited " + timeout + " for " + what);
      }
      Thread.sleep(POLL_MILLIS);
    }
  }
}
