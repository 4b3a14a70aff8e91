package io.flowkit.runtime.observe;

/**
 * A component mounted on a {@code FlowServer} (the External Storage API store) that can say how it
 * is: the server's readiness is false while one is unhealthy, and a management view shows its
 * counts.
 */
public interface StatusReporting {

  /**
   * Its status now. May be called on every readiness probe, so it should answer within a few
   * seconds (the store asks its database whether a connection is valid).
   */
  ComponentStatus status();
}
