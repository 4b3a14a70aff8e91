package io.flowkit.management;

import io.flowkit.runtime.observe.ComponentStatus;
import io.flowkit.runtime.observe.Listener;
import io.flowkit.runtime.observe.MonitoredServer;
import io.flowkit.runtime.observe.Readiness;
import io.flowkit.runtime.service.FlowService;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the management page and {@code /status} show, read from the meters at one moment: the
 * server's readiness, the callbacks, each service with its configuration value names and its
 * listeners, and each mounted component. Holds names, counts and masked messages only: a
 * configuration value's value is never read, let alone shown.
 */
record StatusReport(
    String generatedAt,
    Server server,
    Callbacks callbacks,
    List<Service> services,
    List<Component> components) {

  record Server(String uri, boolean ready, boolean running, int actionsInProgress, int maxActionsInProgress) {}

  record Callbacks(long pending, long delivered, long retried, long givenUp) {}

  record Service(String name, String path, List<ConfigurationValue> configurationValues, List<ListenerReport> listeners) {}

  /** A configuration value's name and kind; {@code secret} for passwords, whose value is never shown anywhere. */
  record ConfigurationValue(String name, String contentType, boolean required, boolean secret) {}

  record ListenerReport(
      String kind,
      String name,
      String operation,
      String uri,
      long calls,
      Map<String, Long> errors,
      long waits,
      int waitsInFlight,
      Latency latencyMillis,
      LastError lastError) {}

  /** p50 and p99 over the last minute, {@code null} before the first call. */
  record Latency(Double p50, Double p99) {}

  record LastError(String at, int status, String message) {}

  record Component(
      String name, String path, boolean healthy, String detail, Map<String, Long> counts, Map<String, Long> levels) {}

  static StatusReport of(MonitoredServer server, FlowMeters meters) {
    Readiness readiness = server.readiness();
    List<Service> services = new ArrayList<>();
    for (FlowService<?> service : server.services()) {
      services.add(service(service, meters));
    }
    List<Component> mounted = new ArrayList<>();
    for (ComponentStatus status : readiness.components()) {
      mounted.add(new Component(status.name(), status.path(), status.healthy(), status.detail(), status.counts(),
          status.levels()));
    }
    return new StatusReport(
        Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
        new Server(server.uri().toString(), readiness.ready(), readiness.running(), server.actionSlots().inProgress(),
            server.actionSlots().max()),
        new Callbacks(meters.callbacksPending(), meters.callbacksDelivered(), meters.callbacksRetried(), meters.callbacksGivenUp()),
        services,
        mounted);
  }

  private static Service service(FlowService<?> service, FlowMeters meters) {
    List<ConfigurationValue> values = new ArrayList<>();
    for (DescribeValue value : service.configurationValues()) {
      values.add(
          new ConfigurationValue(
              value.developerName(), value.contentType() == null ? "" : value.contentType().wireName(), value.required(),
              value.contentType() == ContentType.PASSWORD));
    }
    List<ListenerReport> listeners = new ArrayList<>();
    for (ListenerMeters row : meters.listeners(service.name())) {
      listeners.add(listener(service, row));
    }
    return new Service(service.name(), service.path(), values, listeners);
  }

  private static ListenerReport listener(FlowService<?> service, ListenerMeters row) {
    Listener listener = row.listener();
    Map<String, Long> errors = new LinkedHashMap<>();
    errors.put("4xx", row.count(ListenerMeters.Outcome.CLIENT_ERROR));
    errors.put("5xx", row.count(ListenerMeters.Outcome.SERVER_ERROR));
    ListenerMeters.LastError last = row.lastError();
    return new ListenerReport(
        listener.kind().tag(),
        listener.name(),
        listener.operation(),
        uri(service.path(), listener),
        row.total(),
        errors,
        row.count(ListenerMeters.Outcome.WAIT),
        row.waitsInFlight(),
        new Latency(row.percentileMillis(0.5), row.percentileMillis(0.99)),
        last == null ? null : new LastError(last.at().truncatedTo(ChronoUnit.MILLIS).toString(), last.status(), last.message()));
  }

  /** The path the platform calls the listener at. */
  static String uri(String servicePath, Listener listener) {
    String base = servicePath.equals("/") ? "" : servicePath;
    return switch (listener.kind()) {
      case MESSAGE_ACTION -> listener.name().equals(Listener.UNMATCHED) ? base + "/…" : base + "/" + listener.name();
      case DATA_ACTION -> base + ("delete".equals(listener.operation()) ? "/data/delete" : "/data");
      case FILE_RESOURCE ->
          base + switch (listener.operation()) {
            case "upload" -> "/file/content";
            case "delete" -> "/file/delete";
            default -> "/file";
          };
      case METADATA -> base + ("install".equals(listener.operation()) ? "/metadata/install" : "/metadata");
    };
  }
}
