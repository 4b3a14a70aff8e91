package io.flowkit.runtime.query;

import java.util.List;
import java.util.Optional;

/**
 * A typed data-action query: an optional condition, a free-text search over string fields, a sort
 * and a page ({@code limit} 0 means no limit was asked for).
 *
 * @param searchFields the fields a free-text {@code search} looks in (the type's string fields when
 *     the query comes from the platform); empty when the query has no search or the implementation
 *     decides itself
 * @param <F> the generated field enum of the queried type
 */
public record Query<F>(
    Optional<Condition<F>> where,
    String search,
    List<Order<F>> orderBy,
    int limit,
    int offset,
    List<F> searchFields) {

  public Query {
    where = where == null ? Optional.empty() : where;
    search = search == null || search.isBlank() ? null : search;
    orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
    searchFields = searchFields == null ? List.of() : List.copyOf(searchFields);
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  /** A query without named search fields. */
  public Query(Optional<Condition<F>> where, String search, List<Order<F>> orderBy, int limit, int offset) {
    this(where, search, orderBy, limit, offset, List.of());
  }

  /** Everything, unsorted. */
  public static <F> Query<F> all() {
    return new Query<>(Optional.empty(), null, List.of(), 0, 0, List.of());
  }

  /** A builder; {@link QueryBuilder#forFields(Class)} also fills in the search fields. */
  public static <F> QueryBuilder<F> builder() {
    return new QueryBuilder<>(List.of());
  }
}
