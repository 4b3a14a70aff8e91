package io.flowkit.runtime.query;

import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.OrderDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link Query} step by step, e.g. {@code QueryBuilder.forFields(TicketField.class)
 * .where(Criteria.equal(TicketField.STATUS, "open")).orderBy(TicketField.CREATED,
 * OrderDirection.DESC).limit(20).build()}.
 *
 * @param <F> the field type
 */
public final class QueryBuilder<F> {

  private Condition<F> where;
  private String search;
  private final List<Order<F>> orderBy = new ArrayList<>();
  private int limit;
  private int offset;
  private List<F> searchFields;

  QueryBuilder(List<F> searchFields) {
    this.searchFields = searchFields;
  }

  /**
   * A builder for a generated field enum; a free-text search then looks in every field whose
   * content type is {@code ContentString} or {@code ContentContent}.
   */
  public static <F extends Enum<F> & QueryField<?>> QueryBuilder<F> forFields(Class<F> fields) {
    List<F> strings = new ArrayList<>();
    for (F field : fields.getEnumConstants()) {
      if (isSearchable(field.contentType())) {
        strings.add(field);
      }
    }
    return new QueryBuilder<>(List.copyOf(strings));
  }

  /** Whether a free-text search looks at fields of this content type. */
  public static boolean isSearchable(ContentType type) {
    return type == ContentType.STRING || type == ContentType.CONTENT;
  }

  public QueryBuilder<F> where(Condition<F> condition) {
    this.where = condition;
    return this;
  }

  public QueryBuilder<F> search(String text) {
    this.search = text;
    return this;
  }

  public QueryBuilder<F> searchFields(List<F> fields) {
    this.searchFields = List.copyOf(fields);
    return this;
  }

  /** Adds a sort column after those already given. */
  public QueryBuilder<F> orderBy(F field, OrderDirection direction) {
    orderBy.add(new Order<>(field, direction));
    return this;
  }

  /** At most this many results; 0 for no limit. */
  public QueryBuilder<F> limit(int limit) {
    this.limit = limit;
    return this;
  }

  public QueryBuilder<F> offset(int offset) {
    this.offset = offset;
    return this;
  }

  public Query<F> build() {
    return new Query<>(Optional.ofNullable(where), search, orderBy, limit, offset, searchFields);
  }
}
