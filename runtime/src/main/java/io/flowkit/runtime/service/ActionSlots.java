package io.flowkit.runtime.service;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many message actions may be in progress at once: started and not yet finished, whether they
 * wait for a thread, run on one, or were answered {@code WAIT} and still owe their result to a
 * callback. An asynchronous action holds no thread while it waits, so neither the action threads
 * nor their queue bound it; without this, actions whose stages never complete would pile up until
 * the heap is gone. A call that finds no slot is refused at once and its action is not run.
 */
public final class ActionSlots {

  private final int max;
  private final AtomicInteger taken = new AtomicInteger();

  /** Room for {@code max} actions in progress. */
  public ActionSlots(int max) {
    this.max = require(max);
  }

  /** Checks a configured bound: at least one action. */
  public static int require(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxActionsInProgress must be positive");
    }
    return max;
  }

  /** As many as an {@code int} counts: no bound in practice. */
  public static ActionSlots unbounded() {
    return new ActionSlots(Integer.MAX_VALUE);
  }

  /** Takes a slot, or returns {@code false}, taking nothing, when all are taken. */
  public boolean tryTake() {
    while (true) {
      int now = taken.get();
      if (now >= max) {
        return false;
      }
      if (taken.compareAndSet(now, now + 1)) {
        return true;
      }
    }
  }

  /** Gives a slot back; once for each successful {@link #tryTake()}. */
  public void giveBack() {
    taken.decrementAndGet();
  }

  /** The actions in progress now. */
  public int inProgress() {
    return taken.get();
  }

  /** The most at once. */
  public int max() {
    return max;
  }
}
