package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A comparison in a list filter's {@code where}. */
public enum CriteriaType {
  EQUAL, NOT_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL, CONTAINS,
  STARTS_WITH, ENDS_WITH, IS_EMPTY;

  @JsonCreator
  public static CriteriaType fromWireName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String wanted = name.trim().toUpperCase(Locale.ROOT);
    for (CriteriaType type : values()) {
      if (type.name().equals(wanted)) {
        return type;
      }
    }
    // Read by Flow builders: the criteria type as sent and what is supported, no Java names.
    throw new IllegalArgumentException(
        "the criteria type '" + Abbreviations.abbreviate(name.trim()) + "' is not supported; supported: "
            + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
  }
}
