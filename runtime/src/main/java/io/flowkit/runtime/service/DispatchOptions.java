package io.flowkit.runtime.service;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * How a {@link FlowDispatcher} runs message actions.
 *
 * @param syncTimeout how long a message action may run before the platform is answered {@code WAIT}
 *     (a binding's own {@code syncTimeout} wins)
 * @param waitMessage the message shown while waiting when the implementation set none
 * @param actionExecutor runs {@code executeAsync}, so that a slow synchronous action can still be
 *     answered {@code WAIT} in time
 * @param scheduler fires sync timeouts (and, in the default sender, callback retries)
 * @param callbacks delivers answers of actions that went {@code WAIT}
 * @param actionSlots bounds the message actions in progress, {@code WAIT}ed ones included
 */
public record DispatchOptions(
    Duration syncTimeout,
    String waitMessage,
    Executor actionExecutor,
    ScheduledExecutorService scheduler,
    CallbackSender callbacks,
    ActionSlots actionSlots) {

  /** The default sync timeout, as the Flow Services Server's. */
  public static final Duration DEFAULT_SYNC_TIMEOUT = Duration.ofSeconds(30);

  /** The default wait message. */
  public static final String DEFAULT_WAIT_MESSAGE = "The service is still working on this request.";

  public DispatchOptions {
    Objects.requireNonNull(syncTimeout, "syncTimeout");
    if (syncTimeout.isNegative()) {
      throw new IllegalArgumentException("syncTimeout must not be negative");
    }
    waitMessage = waitMessage == null ? DEFAULT_WAIT_MESSAGE : waitMessage;
    Objects.requireNonNull(actionExecutor, "actionExecutor");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(callbacks, "callbacks");
    Objects.requireNonNull(actionSlots, "actionSlots");
  }

  /** Options with no bound on the actions in progress beyond what the executor imposes. */
  public DispatchOptions(
      Duration syncTimeout, String waitMessage, Executor actionExecutor, ScheduledExecutorService scheduler,
      CallbackSender callbacks) {
    this(syncTimeout, waitMessage, actionExecutor, scheduler, callbacks, ActionSlots.unbounded());
  }
}
