package io.flowkit.testkit;

import io.flowkit.runtime.wire.ServiceProblem;
import java.util.Optional;

/** A service call the service refused: the HTTP status and, when it sent one, its {@code ServiceProblem}. */
public final class ServiceCallException extends RuntimeException {

  private final RawResponse response;

  ServiceCallException(String call, RawResponse response) {
    super(call + " answered HTTP " + response.status()
        + response.problem().map(p -> ": " + p.message()).orElse(""));
    this.response = response;
  }

  public int status() {
    return response.status();
  }

  /** The problem the service sent, if its body was one. */
  public Optional<ServiceProblem> problem() {
    return response.problem();
  }

  /** The whole answer, headers included. */
  public RawResponse response() {
    return response;
  }
}
