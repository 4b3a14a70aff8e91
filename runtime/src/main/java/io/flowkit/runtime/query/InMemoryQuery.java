package io.flowkit.runtime.query;

import io.flowkit.runtime.wire.ComparisonType;
import io.flowkit.runtime.wire.ContentValues;
import io.flowkit.runtime.wire.OrderDirection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Answers a {@link Query} over records held in memory, the way a list-backed data action would:
 * filter, search, sort, then page.
 *
 * <p>Values are compared by the field's content type: numbers as {@link java.math.BigDecimal}
 * ({@code 1} equals {@code 1.0}), date/times as instants, booleans with {@code false} before {@code
 * true}, strings ignoring case. A missing value (or {@code ""}) equals only a missing value, is never
 * greater or less than anything, and sorts first in ascending order. Sorting is stable.
 */
public final class InMemoryQuery {

  private InMemoryQuery() {}

  /** The page of {@code items} the query asks for, with {@code hasMoreResults} set when more follow. */
  public static <T, F extends QueryField<T>> Page<T> apply(Query<F> query, Collection<T> items) {
    Objects.requireNonNull(query, "query");
    Predicate<T> filter = predicate(query);
    List<T> matching = new ArrayList<>();
    for (T item : items) {
      if (item != null && filter.test(item)) {
        matching.add(item);
      }
    }
    if (!query.orderBy().isEmpty()) {
      matching.sort(comparator(query.orderBy()));
    }
    int from = Math.min(query.offset(), matching.size());
    int to = query.limit() == 0 ? matching.size() : (int) Math.min((long) from + query.limit(), matching.size());
    return Page.of(matching.subList(from, to), to < matching.size());
  }

  /** Whether a record passes the query's condition and search (paging aside). */
  public static <T, F extends QueryField<T>> Predicate<T> predicate(Query<F> query) {
    Predicate<T> where = query.where().<Predicate<T>>map(InMemoryQuery::predicate).orElse(item -> true);
    if (query.search() == null) {
      return where;
    }
    String needle = query.search().toLowerCase(Locale.ROOT);
    List<F> fields = query.searchFields();
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("A query with a search needs the fields to search in (searchFields)");
    }
    return where.and(
        item -> {
          for (F field : fields) {
            String text = FieldValues.text(field.contentType(), field.valueOf(item));
            if (text != null && text.contains(needle)) {
              return true;
            }
          }
          return false;
        });
  }

  /** Whether a record meets a condition. */
  public static <T, F extends QueryField<T>> Predicate<T> predicate(Condition<F> condition) {
    if (condition instanceof Criterion<F> criterion) {
      return item -> test(criterion, item);
    }
    Group<F> group = (Group<F>) condition;
    List<Predicate<T>> parts = new ArrayList<>();
    for (Condition<F> part : group.conditions()) {
      parts.add(predicate(part));
    }
    boolean any = group.comparison() == ComparisonType.OR;
    return item -> {
      if (parts.isEmpty()) {
        return true;
      }
      for (Predicate<T> part : parts) {
        if (part.test(item) == any) {
          return any;
        }
      }
      return !any;
    };
  }

  /** Orders records by the given columns, in turn. */
  public static <T, F extends QueryField<T>> Comparator<T> comparator(List<Order<F>> orderBy) {
    Comparator<T> result = (a, b) -> 0;
    for (Order<F> order : orderBy) {
      F field = order.field();
      Comparator<T> column =
          (a, b) ->
              FieldValues.compare(
                  FieldValues.normalize(field.contentType(), field.valueOf(a)),
                  FieldValues.normalize(field.contentType(), field.valueOf(b)));
      result = result.thenComparing(order.direction() == OrderDirection.DESC ? column.reversed() : column);
    }
    return result;
  }

  private static <T, F extends QueryField<T>> boolean test(Criterion<F> criterion, T item) {
    F field = criterion.field();
    Object raw = field.valueOf(item);
    switch (criterion.criteria()) {
      case IS_EMPTY: {
        boolean wantEmpty = !Boolean.FALSE.equals(emptinessWanted(criterion.value()));
        return FieldValues.isEmpty(raw) == wantEmpty;
      }
      case CONTAINS:
      case STARTS_WITH:
      case ENDS_WITH: {
        String text = FieldValues.text(field.contentType(), raw);
        if (text == null) {
          return false;
        }
        String needle =
            criterion.value() == null
                ? ""
                : Objects.requireNonNullElse(FieldValues.text(null, criterion.value()), "");
        switch (criterion.criteria()) {
          case CONTAINS:
            return text.contains(needle);
          case STARTS_WITH:
            return text.startsWith(needle);
          default:
            return text.endsWith(needle);
        }
      }
      default:
        break;
    }
    Comparable<?> actual = FieldValues.normalize(field.contentType(), raw);
    Comparable<?> expected = FieldValues.normalize(field.contentType(), criterion.value());
    switch (criterion.criteria()) {
      case EQUAL:
        return FieldValues.same(actual, expected);
      case NOT_EQUAL:
        return !FieldValues.same(actual, expected);
      default:
        break;
    }
    if (actual == null || expected == null) {
      return false;
    }
    int order = FieldValues.compare(actual, expected);
    switch (criterion.criteria()) {
      case GREATER_THAN:
        return order > 0;
      case GREATER_THAN_OR_EQUAL:
        return order >= 0;
      case LESS_THAN:
        return order < 0;
      case LESS_THAN_OR_EQUAL:
        return order <= 0;
      default:
        throw new IllegalArgumentException("Unsupported criteria " + criterion.criteria());
    }
  }

  private static Boolean emptinessWanted(Object value) {
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    return ContentValues.readBoolean(value.toString());
  }
}
