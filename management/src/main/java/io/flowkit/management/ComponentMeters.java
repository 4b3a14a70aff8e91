package io.flowkit.management;

import io.flowkit.runtime.observe.ComponentStatus;
import io.flowkit.runtime.observe.StatusReporting;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * The meters of one mounted component that reports its status (the store): {@code
 * flowkit.<name>.up} (1 while healthy) and, for each of its counts {@code <group>.<type>}, a counter
 * {@code flowkit.<name>.<group>} tagged {@code type} (the store's {@code states.saved} becomes
 * {@code flowkit.store.states{type="saved"}}), and for each of its levels a gauge {@code
 * flowkit.<name>.<level>} (the store's {@code bodies.held.bytes} becomes {@code
 * flowkit_store_bodies_held_bytes} in Prometheus). Its status is asked at most once a second, however
 * many meters read it: for the store that is a database round trip.
 */
final class ComponentMeters {

  private static final long REFRESH_NANOS = 1_000_000_000L;

  private final StatusReporting component;
  private ComponentStatus last;
  private long lastAt;

  ComponentMeters(MeterRegistry registry, StatusReporting component) {
    this.component = component;
    ComponentStatus first = component.status();
    String prefix = "flowkit." + first.name();
    Gauge.builder(prefix + ".up", this, meters -> meters.status().healthy() ? 1 : 0)
        .description("1 while the " + first.name() + " is healthy (for the store: its database answers)")
        .tag("path", first.path())
        .strongReference(true)
        .register(registry);
    for (String key : first.counts().keySet()) {
      int dot = key.indexOf('.');
      String group = dot < 0 ? key : key.substring(0, dot);
      String type = dot < 0 ? "all" : key.substring(dot + 1);
      FunctionCounter.builder(prefix + "." + group, this, meters -> meters.status().counts().getOrDefault(key, 0L))
          .description("The " + first.name() + "'s " + group + ", by type")
          .tag("path", first.path())
          .tag("type", type)
          .register(registry);
    }
    for (String level : first.levels().keySet()) {
      Gauge.builder(prefix + "." + level, this, meters -> meters.status().levels().getOrDefault(level, 0L))
          .description("The " + first.name() + "'s " + level.replace('.', ' ') + " now")
          .tag("path", first.path())
          .strongReference(true)
          .register(registry);
    }
  }

  /** Its status, at most a second old. */
  synchronized ComponentStatus status() {
    long now = System.nanoTime();
    if (last == null || now - lastAt > REFRESH_NANOS) {
      last = component.status();
      lastAt = now;
    }
    return last;
  }

  Map<String, Long> counts() {
    return status().counts();
  }
}
