package io.flowkit.runtime.query;

import io.flowkit.runtime.wire.ComparisonType;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.ContentValueException;
import io.flowkit.runtime.wire.ContentValues;
import io.flowkit.runtime.wire.CriteriaType;
import io.flowkit.runtime.wire.ListFilter;
import io.flowkit.runtime.wire.ListFilterMinimal;
import io.flowkit.runtime.wire.ListFilterWhere;
import io.flowkit.runtime.wire.OrderBy;
import io.flowkit.runtime.wire.SearchCriterion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Translates the platform's {@link ListFilter} into a typed {@link Query}, given the binding's
 * fields (the generated field enum's values).
 *
 * <ul>
 *   <li>{@code where} items are combined by {@code comparisonType} (blank means AND) together with
 *       the nested {@code listFilters} groups; per-column {@code searchCriteria} become {@code
 *       CONTAINS} conditions joined with AND.
 *   <li>Each value is read from {@code contentValue}, falling back to the deprecated {@code value},
 *       and typed by the column's content type: {@code BigDecimal}, {@code OffsetDateTime} (UTC),
 *       {@code Boolean} or {@code String}; text criteria ({@code CONTAINS}, {@code STARTS_WITH},
 *       {@code ENDS_WITH}) keep the text; {@code IS_EMPTY} reads {@code "true"}/{@code "false"}.
 *   <li>{@code orderBy} (several columns) wins over {@code orderByPropertyDeveloperName} with
 *       {@code orderByDirectionType}.
 *   <li>{@code search} searches every {@code ContentString}/{@code ContentContent} field.
 * </ul>
 *
 * Columns are matched by exact field name, then ignoring case (the platform's JSON is
 * case-insensitive). Anything that does not fit fails with an {@link InvalidQueryException} naming
 * the column.
 */
public final class ListFilterQuery {

  private ListFilterQuery() {}

  /** The typed query for a list filter; a {@code null} filter asks for everything. */
  public static <F extends QueryField<?>> Query<F> translate(ListFilter filter, Collection<F> fields) {
    Columns<F> columns = new Columns<>(fields);
    List<F> searchFields = new ArrayList<>();
    for (F field : fields) {
      if (QueryBuilder.isSearchable(field.contentType())) {
        searchFields.add(field);
      }
    }
    if (filter == null) {
      return new Query<>(Optional.empty(), null, List.of(), 0, 0, searchFields);
    }
    if (filter.limit() < 0 || filter.offset() < 0) {
      throw new InvalidQueryException(null, "limit and offset must not be negative");
    }
    List<Condition<F>> conditions = new ArrayList<>();
    Condition<F> where = group(filter.comparisonType(), filter.where(), filter.listFilters(), columns, 0);
    if (where != null) {
      conditions.add(where);
    }
    for (SearchCriterion criterion : filter.searchCriteria()) {
      if (criterion != null && criterion.query() != null && !criterion.query().isBlank()) {
        F field = columns.find(criterion.columnName(), "searchCriteria");
        conditions.add(new Criterion<>(field, CriteriaType.CONTAINS, criterion.query()));
      }
    }
    Optional<Condition<F>> condition =
        conditions.isEmpty()
            ? Optional.empty()
            : Optional.of(conditions.size() == 1 ? conditions.get(0) : new Group<>(ComparisonType.AND, conditions));
    return new Query<>(condition, filter.search(), orderBy(filter, columns), filter.limit(), filter.offset(), searchFields);
  }

  private static final int MAX_NESTING = 32;

  private static <F extends QueryField<?>> Condition<F> group(
      ComparisonType comparison,
      List<ListFilterWhere> where,
      List<ListFilterMinimal> nested,
      Columns<F> columns,
      int depth) {
    if (depth > MAX_NESTING) {
      throw new InvalidQueryException(null, "listFilters are nested deeper than " + MAX_NESTING + " levels");
    }
    List<Condition<F>> conditions = new ArrayList<>();
    for (ListFilterWhere item : where) {
      if (item != null) {
        conditions.add(criterion(item, columns));
      }
    }
    for (ListFilterMinimal inner : nested) {
      if (inner != null) {
        Condition<F> condition = group(inner.comparisonType(), inner.where(), inner.listFilters(), columns, depth + 1);
        if (condition != null) {
          conditions.add(condition);
        }
      }
    }
    if (conditions.isEmpty()) {
      return null;
    }
    if (conditions.size() == 1) {
      return conditions.get(0);
    }
    return new Group<>(comparison == null ? ComparisonType.AND : comparison, conditions);
  }

  private static <F extends QueryField<?>> Criterion<F> criterion(ListFilterWhere where, Columns<F> columns) {
    F field = columns.find(where.columnName(), "where");
    String column = field.fieldName();
    CriteriaType criteria = where.criteriaType();
    if (criteria == null) {
      throw new InvalidQueryException(column, "The where condition on '" + column + "' has no criteriaType");
    }
    String text = where.effectiveValue();
    ContentType type = field.contentType();
    try {
      switch (criteria) {
        case IS_EMPTY: {
          Boolean empty = ContentValues.readBoolean(text);
          return new Criterion<>(field, criteria, empty == null ? Boolean.TRUE : empty);
        }
        case CONTAINS:
        case STARTS_WITH:
        case ENDS_WITH:
          requireScalar(field);
          return new Criterion<>(field, criteria, text == null ? "" : text);
        default:
          requireScalar(field);
          return new Criterion<>(field, criteria, typed(type, text));
      }
    } catch (ContentValueException e) {
      throw new InvalidQueryException(column, "The where condition on '" + column + "': " + e.getMessage());
    }
  }

  private static Object typed(ContentType type, String text) {
    if (type == null) {
      return ContentValues.isAbsent(text) ? null : text;
    }
    switch (type) {
      case NUMBER:
        return ContentValues.readNumber(text);
      case BOOLEAN:
        return ContentValues.readBoolean(text);
      case DATE_TIME:
        return ContentValues.readDateTime(text);
      default:
        return ContentValues.isAbsent(text) ? null : text;
    }
  }

  private static void requireScalar(QueryField<?> field) {
    if (field.contentType() != null && field.contentType().isStructured()) {
      throw new InvalidQueryException(
          field.fieldName(), "The field '" + field.fieldName() + "' holds objects; it can only be tested with IS_EMPTY");
    }
  }

  private static <F extends QueryField<?>> List<Order<F>> orderBy(ListFilter filter, Columns<F> columns) {
    List<Order<F>> orders = new ArrayList<>();
    for (OrderBy order : filter.orderBy()) {
      if (order != null && order.columnName() != null && !order.columnName().isBlank()) {
        orders.add(new Order<>(columns.find(order.columnName(), "orderBy"), order.direction()));
      }
    }
    String single = filter.orderByPropertyDeveloperName();
    if (orders.isEmpty() && single != null && !single.isBlank()) {
      orders.add(new Order<>(columns.find(single, "orderByPropertyDeveloperName"), filter.orderByDirectionType()));
    }
    return orders;
  }

  /** The binding's fields by name, exact first, then ignoring case. */
  private static final class Columns<F extends QueryField<?>> {
    private final Map<String, F> exact = new HashMap<>();
    private final Map<String, F> folded = new HashMap<>();

    Columns(Collection<F> fields) {
      for (F field : fields) {
        exact.putIfAbsent(field.fieldName(), field);
        folded.putIfAbsent(field.fieldName().toLowerCase(Locale.ROOT), field);
      }
    }

    F find(String name, String where) {
      if (name == null || name.isBlank()) {
        throw new InvalidQueryException(null, "A " + where + " item has no column name");
      }
      F field = exact.get(name);
      if (field == null) {
        field = folded.get(name.toLowerCase(Locale.ROOT));
      }
      if (field == null) {
        String shown = name.length() <= 64 ? name : name.substring(0, 61) + "...";
        throw new InvalidQueryException(shown, "Unknown column '" + shown + "' in " + where);
      }
      return field;
    }
  }
}
