package io.flowkit.runtime.service;

import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.query.QueryField;
import java.util.Optional;

/**
 * A data action's implementation: database Load (by id or by query), Save and Delete of one Flow
 * type. Generated interfaces such as {@code TicketData} extend it; operations a descriptor leaves
 * out are generated as defaults that throw {@link OperationNotSupportedException}.
 *
 * @param <C> configuration record
 * @param <T> the type's record
 * @param <F> the type's generated field enum
 */
public interface DataAction<C, T, F extends QueryField<T>> {

  /** Load by unique identifier. */
  Optional<T> get(String id, ActionContext<C> context) throws Exception;

  /**
   * Load by query. A list-backed implementation can answer with {@code
   * InMemoryQuery.apply(query, items)}.
   */
  Page<T> query(Query<F> query, ActionContext<C> context) throws Exception;

  /**
   * Insert when the record's identifier is {@code null} or empty (assigning one), otherwise
   * update; returns the record as saved, identifier set.
   */
  T save(T record, ActionContext<C> context) throws Exception;

  void delete(T record, ActionContext<C> context) throws Exception;
}
