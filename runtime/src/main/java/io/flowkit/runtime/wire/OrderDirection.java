package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** A sort direction; blank on the wire reads as {@code null} (unspecified, ascending). */
public enum OrderDirection {
  ASC, DESC;

  @JsonCreator
  public static OrderDirection fromWireName(String name) {
    return name == null || name.isBlank() ? null : valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
