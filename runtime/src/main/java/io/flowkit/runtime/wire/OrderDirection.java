package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A sort direction; blank on the wire reads as {@code null} (unspecified, ascending). */
public enum OrderDirection {
  ASC, DESC;

  @JsonCreator
  public static OrderDirection fromWireName(String name) {
    return WireEnums.read(OrderDirection.class, name, "order direction");
  }
}
