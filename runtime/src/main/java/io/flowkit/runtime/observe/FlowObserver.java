package io.flowkit.runtime.observe;

/**
 * Receives what a {@code FlowServer} does, as it happens. Methods are called on the server's request,
 * action and scheduler threads, so an observer must be thread-safe and quick (count, never block).
 * Every method does nothing by default.
 */
public interface FlowObserver {

  /** The observer that ignores everything, used when no management view is plugged in. */
  FlowObserver NONE = new FlowObserver() {};

  /** A call of a service was answered (or refused). */
  default void callAnswered(CallEvent call) {}

  /** A message action answered {@code WAIT}: it runs on, and its result will go to a callback. */
  default void waitStarted(String service, Listener listener, String requestId) {}

  /** The action behind an earlier {@code WAIT} finished and its result was handed to the callbacks. */
  default void waitEnded(String requestId) {}

  /** A callback was handed to the sender. */
  default void callbackQueued() {}

  /** A callback try failed and another is scheduled. */
  default void callbackRetried() {}

  /** A callback ended: delivered, or given up after its tries. */
  default void callbackDone(boolean delivered) {}
}
