package io.flowkit.runtime.observe;

import java.util.List;

/**
 * Whether a server should be sent calls.
 *
 * @param running whether it is started and not stopping
 * @param components what each mounted component that reports its status says
 */
public record Readiness(boolean running, List<ComponentStatus> components) {

  public Readiness {
    components = List.copyOf(components);
  }

  /** Running, and every component healthy. */
  public boolean ready() {
    return running && components.stream().allMatch(ComponentStatus::healthy);
  }
}
