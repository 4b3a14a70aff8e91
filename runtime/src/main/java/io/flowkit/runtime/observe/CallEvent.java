package io.flowkit.runtime.observe;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One answered call of a service.
 *
 * @param service the service's name
 * @param listener what the call was for
 * @param status the HTTP status answered
 * @param waited whether a message action was answered {@code WAIT} (its result goes to a callback)
 * @param duration from the request reaching the service to the answer being handed to the transport
 * @param at when the call was answered
 * @param problem the refusal's message as the caller got it (already without the call's secret
 *     configuration values), or {@code null} for a success
 */
public record CallEvent(
    String service, Listener listener, int status, boolean waited, Duration duration, Instant at, String problem) {

  public CallEvent {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(at, "at");
  }

  /** {@code 2xx}, {@code 4xx}, {@code 5xx}: the status class, a bounded tag. */
  public String statusClass() {
    return (status / 100) + "xx";
  }

  public boolean failed() {
    return status >= 400;
  }
}
