package io.flowkit.runtime.wire;

import java.util.List;

/** A nested group of conditions inside a {@link ListFilter}. */
public record ListFilterMinimal(
    ComparisonType comparisonType, List<ListFilterWhere> where, List<ListFilterMinimal> listFilters) {

  public ListFilterMinimal {
    where = where == null ? List.of() : List.copyOf(where);
    listFilters = listFilters == null ? List.of() : List.copyOf(listFilters);
  }
}
