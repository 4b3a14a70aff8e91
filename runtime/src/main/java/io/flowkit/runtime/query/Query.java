package io.flowkit.runtime.query;

import java.util.List;
import java.util.Optional;

/**
 * A typed data-action query: an optional condition, a free-text search over string fields, a sort
 * and a page ({@code limit} 0 means no limit was asked for).
 *
 * @param <F> the generated field enum of the queried type
 */
public record Query<F>(
    Optional<Condition<F>> where, String search, List<Order<F>> orderBy, int limit, int offset) {

  public Query {
    where = where == null ? Optional.empty() : where;
    orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  /** Everything, unsorted. */
  public static <F> Query<F> all() {
    return new Query<>(Optional.empty(), null, List.of(), 0, 0);
  }
}
