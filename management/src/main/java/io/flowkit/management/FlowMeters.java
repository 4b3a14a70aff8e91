package io.flowkit.management;

import io.flowkit.runtime.observe.CallEvent;
import io.flowkit.runtime.observe.FlowObserver;
import io.flowkit.runtime.observe.Listener;
import io.flowkit.runtime.service.DataActionBinding;
import io.flowkit.runtime.service.FileResourceBinding;
import io.flowkit.runtime.service.FlowService;
import io.flowkit.runtime.service.MessageActionBinding;
import io.flowkit.runtime.wire.UriParts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * flowkit's own meters, fed by the server's {@link FlowObserver} events: one {@link ListenerMeters}
 * per listener of every service (made up front from the services' tables, so a listener shows with
 * zero calls; the few {@code (unmatched)} ones on their first call), and the callbacks' counters.
 */
final class FlowMeters implements FlowObserver {

  static final String CALLBACKS = "flowkit.callbacks";
  static final String CALLBACKS_PENDING = "flowkit.callbacks.pending";

  /** WAITs whose end is noted before their start (the action finished as WAIT was being written). */
  private static final int MAX_EARLY_ENDS = 10_000;

  private final MeterRegistry registry;
  private final Map<Key, ListenerMeters> listeners = new ConcurrentHashMap<>();
  private final Map<String, ListenerMeters> waiting = new ConcurrentHashMap<>();
  private final Map<String, Boolean> endedEarly = new ConcurrentHashMap<>();
  private final AtomicInteger pending = new AtomicInteger();
  private final Counter delivered;
  private final Counter retried;
  private final Counter givenUp;

  private record Key(String service, Listener listener) {}

  FlowMeters(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder(CALLBACKS_PENDING, pending, AtomicInteger::get)
        .description("Callbacks handed to the sender and not yet delivered or given up")
        .register(registry);
    this.delivered = callbacks("delivered");
    this.retried = callbacks("retried");
    this.givenUp = callbacks("given_up");
  }

  private Counter callbacks(String outcome) {
    return Counter.builder(CALLBACKS)
        .description("Callback deliveries, failed tries that were retried, and callbacks given up")
        .tag("outcome", outcome)
        .register(registry);
  }

  /** Makes the meters of every listener the service offers. */
  void register(FlowService<?> service) {
    String name = service.name();
    row(name, Listener.metadata("describe"));
    row(name, Listener.metadata("install"));
    for (MessageActionBinding<?, ?, ?> action : service.messageActions()) {
      row(name, Listener.messageAction(UriParts.normalize(action.uriPart())));
    }
    for (DataActionBinding<?, ?, ?> data : service.dataActions()) {
      for (String operation : List.of("load", "save", "delete")) {
        row(name, Listener.dataAction(data.tableName(), operation));
      }
    }
    for (FileResourceBinding<?, ?> file : service.fileResources()) {
      for (String operation : List.of("list", "upload", "delete")) {
        row(name, Listener.fileResource(file.path(), operation));
      }
    }
  }

  /** The listeners of a service, message actions first, then data actions, file resources, metadata. */
  List<ListenerMeters> listeners(String service) {
    List<ListenerMeters> rows = new ArrayList<>();
    for (ListenerMeters row : listeners.values()) {
      if (row.service().equals(service)) {
        rows.add(row);
      }
    }
    rows.sort(
        Comparator.comparing((ListenerMeters row) -> row.listener().kind())
            .thenComparing(row -> row.listener().name().equals(Listener.UNMATCHED))
            .thenComparing(row -> row.listener().name())
            .thenComparing(row -> operationOrder(row.listener().operation())));
    return rows;
  }

  int callbacksPending() {
    return pending.get();
  }

  long callbacksDelivered() {
    return (long) delivered.count();
  }

  long callbacksRetried() {
    return (long) retried.count();
  }

  long callbacksGivenUp() {
    return (long) givenUp.count();
  }

  @Override
  public void callAnswered(CallEvent call) {
    row(call.service(), call.listener()).record(call);
  }

  @Override
  public void waitStarted(String service, Listener listener, String requestId) {
    if (endedEarly.remove(requestId) != null) {
      return;
    }
    ListenerMeters row = row(service, listener);
    row.waitStarted();
    waiting.put(requestId, row);
  }

  @Override
  public void waitEnded(String requestId) {
    ListenerMeters row = waiting.remove(requestId);
    if (row != null) {
      row.waitEnded();
    } else {
      if (endedEarly.size() >= MAX_EARLY_ENDS) {
        endedEarly.clear(); // only a lost race leaves one behind; never let them pile up
      }
      endedEarly.put(requestId, Boolean.TRUE);
    }
  }

  @Override
  public void callbackQueued() {
    pending.incrementAndGet();
  }

  @Override
  public void callbackRetried() {
    retried.increment();
  }

  @Override
  public void callbackDone(boolean wasDelivered) {
    pending.updateAndGet(n -> Math.max(0, n - 1));
    (wasDelivered ? delivered : givenUp).increment();
  }

  private ListenerMeters row(String service, Listener listener) {
    return listeners.computeIfAbsent(new Key(service, listener), key -> new ListenerMeters(registry, service, listener));
  }

  private static int operationOrder(String operation) {
    return switch (operation) {
      case "invoke", "describe", "load", "list" -> 0;
      case "install", "save", "upload" -> 1;
      default -> 2;
    };
  }

}
