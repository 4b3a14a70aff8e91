package io.flowkit.management;

import io.flowkit.runtime.observe.CallEvent;
import io.flowkit.runtime.observe.Listener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The meters of one listener of one service: a timer per outcome ({@value #CALLS}), a timer with
 * p50 / p99 over a sliding window of about a minute ({@value #LATENCY}), the WAITs in flight
 * ({@value #WAITS_IN_FLIGHT}), and the last refusal (kept here: it is text, not a number).
 */
final class ListenerMeters {

  static final String CALLS = "flowkit.calls";
  static final String LATENCY = "flowkit.call.latency";
  static final String WAITS_IN_FLIGHT = "flowkit.waits.in.flight";

  /** How long the percentiles look back: Micrometer rotates {@link #WINDOW_BUFFERS} histograms over it. */
  static final Duration WINDOW = Duration.ofMinutes(1);

  private static final int WINDOW_BUFFERS = 3;

  /** A call's outcome, the {@code outcome} tag: Micrometer's HTTP outcome names, plus WAIT. */
  enum Outcome {
    SUCCESS, WAIT, CLIENT_ERROR, SERVER_ERROR;

    static Outcome of(CallEvent call) {
      if (call.status() >= 500) {
        return SERVER_ERROR;
      }
      if (call.status() >= 400) {
        return CLIENT_ERROR;
      }
      return call.waited() ? WAIT : SUCCESS;
    }

    String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The last refusal: when, with which status, and its masked message. */
  record LastError(Instant at, int status, String message) {}

  private final String service;
  private final Listener listener;
  private final Map<Outcome, Timer> calls = new EnumMap<>(Outcome.class);
  private final Timer latency;
  private final AtomicInteger waitsInFlight = new AtomicInteger();
  private volatile LastError lastError;

  ListenerMeters(MeterRegistry registry, String service, Listener listener) {
    this.service = service;
    this.listener = listener;
    Tags tags =
        Tags.of("service", service, "kind", listener.kind().tag(), "listener", listener.name(), "operation", listener.operation());
    for (Outcome outcome : Outcome.values()) {
      calls.put(
          outcome,
          Timer.builder(CALLS)
              .description("Calls of a service's listener, by outcome")
              .tags(tags)
              .tag("outcome", outcome.tag())
              .register(registry));
    }
    this.latency =
        Timer.builder(LATENCY)
            .description("Time to answer a listener's calls, p50 and p99 over the last minute")
            .tags(tags)
            .publishPercentiles(0.5, 0.99)
            .distributionStatisticExpiry(WINDOW)
            .distributionStatisticBufferLength(WINDOW_BUFFERS)
            .register(registry);
    if (listener.kind() == Listener.Kind.MESSAGE_ACTION) {
      Gauge.builder(WAITS_IN_FLIGHT, waitsInFlight, AtomicInteger::get)
          .description("Message action calls answered WAIT whose result is not yet handed to a callback")
          .tags(tags)
          .register(registry);
    }
  }

  void record(CallEvent call) {
    calls.get(Outcome.of(call)).record(call.duration());
    latency.record(call.duration());
    if (call.failed()) {
      lastError = new LastError(call.at(), call.status(), ErrorMasking.mask(call.problem()));
    }
  }

  void waitStarted() {
    waitsInFlight.incrementAndGet();
  }

  void waitEnded() {
    waitsInFlight.updateAndGet(n -> Math.max(0, n - 1));
  }

  String service() {
    return service;
  }

  Listener listener() {
    return listener;
  }

  long count(Outcome outcome) {
    return calls.get(outcome).count();
  }

  long total() {
    long total = 0;
    for (Timer timer : calls.values()) {
      total += timer.count();
    }
    return total;
  }

  int waitsInFlight() {
    return waitsInFlight.get();
  }

  /** The latency at {@code percentile} (0.5 or 0.99) over the window in milliseconds, or {@code null} without calls in it. */
  Double percentileMillis(double percentile) {
    if (latency.count() == 0) {
      return null;
    }
    for (ValueAtPercentile value : latency.takeSnapshot().percentileValues()) {
      if (value.percentile() == percentile) {
        return value.value(TimeUnit.MILLISECONDS);
      }
    }
    return null;
  }

  LastError lastError() {
    return lastError;
  }
}
