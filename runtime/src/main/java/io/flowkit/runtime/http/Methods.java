package io.flowkit.runtime.http;

import io.flowkit.runtime.service.ServiceProblemException;
import io.flowkit.runtime.wire.Abbreviations;
import java.util.Map;

/** The method check of every route: a 405 naming the allowed methods, in its message and {@code Allow}. */
public final class Methods {

  private Methods() {}

  /** Returns when {@code method} is one of {@code allowed}; throws {@link #notAllowed} otherwise. */
  public static void require(String method, String... allowed) {
    for (String candidate : allowed) {
      if (candidate.equals(method)) {
        return;
      }
    }
    throw notAllowed(method, allowed);
  }

  /** The 405 for {@code method} where only {@code allowed} are. */
  public static ServiceProblemException notAllowed(String method, String... allowed) {
    String methods = String.join(", ", allowed);
    return new ServiceProblemException(
        405,
        "Method " + Abbreviations.abbreviate(method) + " is not allowed here; use " + methods,
        null,
        Map.of("Allow", methods));
  }
}
