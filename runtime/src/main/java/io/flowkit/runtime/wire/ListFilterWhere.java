package io.flowkit.runtime.wire;

import java.util.List;

/**
 * One condition of a list filter; {@code columnName} is a binding field name. Read
 * {@link #effectiveValue()}: {@code value} is the deprecated twin of {@code contentValue}.
 */
public record ListFilterWhere(
    String columnName,
    CriteriaType criteriaType,
    String contentValue,
    String value,
    List<MObject> objectData) {

  /** {@code contentValue}, falling back to the deprecated {@code value}. */
  public String effectiveValue() {
    return contentValue != null ? contentValue : value;
  }
}
