package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How the conditions of a list filter combine; {@code null} on the wire is {@code ""} (none, read as AND). */
public enum ComparisonType {
  AND, OR;

  @JsonCreator
  public static ComparisonType fromWireName(String name) {
    return WireEnums.read(ComparisonType.class, name, "comparison type");
  }
}
