package io.flowkit.runtime.observe;

import java.util.Map;
import java.util.Objects;

/**
 * What a mounted component reports about itself.
 *
 * @param name what it is, e.g. {@code store}
 * @param path where it is mounted
 * @param healthy whether it can serve (for the store: its database answers)
 * @param detail a short word on its health for operators, never a secret (e.g. {@code "database
 *     reachable"})
 * @param counts running totals by name, in a stable order (e.g. {@code states.saved}); names are a
 *     bounded set fixed by the component
 * @param levels values now, which go down as well as up, by name in a stable order, the unit last
 *     (e.g. {@code bodies.held.bytes}); names are a bounded set fixed by the component
 */
public record ComponentStatus(
    String name, String path, boolean healthy, String detail, Map<String, Long> counts, Map<String, Long> levels) {

  public ComponentStatus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    detail = detail == null ? "" : detail;
    counts = counts == null ? Map.of() : counts;
    levels = levels == null ? Map.of() : levels;
  }

  /** A status with totals only, no levels. */
  public ComponentStatus(String name, String path, boolean healthy, String detail, Map<String, Long> counts) {
    this(name, path, healthy, detail, counts, Map.of());
  }
}
