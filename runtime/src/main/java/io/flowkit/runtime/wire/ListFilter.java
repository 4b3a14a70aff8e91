package io.flowkit.runtime.wire;

import java.util.List;

/**
 * What a database Load asks for: one object by {@code id}, or a query with {@code where},
 * {@code search}, ordering and paging ({@code limit} 0 means unspecified).
 */
public record ListFilter(
    String id,
    boolean filterByProvidedObjects,
    ComparisonType comparisonType,
    List<ListFilterWhere> where,
    List<ListFilterMinimal> listFilters,
    String orderByPropertyDeveloperName,
    OrderDirection orderByDirectionType,
    List<OrderBy> orderBy,
    int limit,
    int offset,
    String offsetToken,
    String search,
    List<SearchCriterion> searchCriteria) {

  public ListFilter {
    where = where == null ? List.of() : List.copyOf(where);
    listFilters = listFilters == null ? List.of() : List.copyOf(listFilters);
    orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
    searchCriteria = searchCriteria == null ? List.of() : List.copyOf(searchCriteria);
  }
}
