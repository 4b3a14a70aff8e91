package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A comparison in a list filter's {@code where}. */
public enum CriteriaType {
  EQUAL, NOT_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL, CONTAINS,
  STARTS_WITH, ENDS_WITH, IS_EMPTY;

  @JsonCreator
  public static CriteriaType fromWireName(String name) {
    return WireEnums.read(CriteriaType.class, name, "criteria type");
  }
}
