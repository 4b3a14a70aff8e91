package io.flowkit.testkit;

import io.flowkit.runtime.wire.ComparisonType;
import io.flowkit.runtime.wire.CriteriaType;
import io.flowkit.runtime.wire.ListFilter;
import io.flowkit.runtime.wire.ListFilterMinimal;
import io.flowkit.runtime.wire.ListFilterWhere;
import io.flowkit.runtime.wire.OrderBy;
import io.flowkit.runtime.wire.OrderDirection;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link ListFilter} a database Load sends, with column names as the service's binding
 * names them, e.g. {@code ListFilterBuilder.create().where("name", CriteriaType.STARTS_WITH,
 * "Eng").orderBy("id", OrderDirection.ASC).limit(2).offset(1).build()}. Values are given as the
 * platform encodes them (strings); like the platform, each is sent both as {@code contentValue} and
 * as the deprecated {@code value}.
 */
public final class ListFilterBuilder {

  private String id;
  private boolean filterByProvidedObjects;
  private ComparisonType comparisonType;
  private final List<ListFilterWhere> where = new ArrayList<>();
  private final List<ListFilterMinimal> groups = new ArrayList<>();
  private String orderByProperty;
  private OrderDirection orderByDirection;
  private final List<OrderBy> orderBy = new ArrayList<>();
  private int limit;
  private int offset;
  private String search;

  private ListFilterBuilder() {}

  public static ListFilterBuilder create() {
    return new ListFilterBuilder();
  }

  /** A load of one object by its external id. */
  public static ListFilter byId(String id) {
    return create().id(id).build();
  }

  /** One {@code where} condition, as the platform sends it. */
  public static ListFilterWhere condition(String column, CriteriaType criteria, String value) {
    return new ListFilterWhere(column, criteria, value, value, null);
  }

  public ListFilterBuilder id(String id) {
    this.id = id;
    return this;
  }

  public ListFilterBuilder filterByProvidedObjects(boolean value) {
    this.filterByProvidedObjects = value;
    return this;
  }

  /** How the {@code where} conditions and groups combine; unset sends {@code null} (AND). */
  public ListFilterBuilder comparison(ComparisonType type) {
    this.comparisonType = type;
    return this;
  }

  public ListFilterBuilder where(String column, CriteriaType criteria, String value) {
    where.add(condition(column, criteria, value));
    return this;
  }

  /** A nested group ({@code listFilters}) of conditions. */
  public ListFilterBuilder group(ComparisonType type, ListFilterWhere... conditions) {
    groups.add(new ListFilterMinimal(type, List.of(conditions), List.of()));
    return this;
  }

  /** Adds a sort column to the multi-column {@code orderBy}. */
  public ListFilterBuilder orderBy(String column, OrderDirection direction) {
    orderBy.add(new OrderBy(column, direction));
    return this;
  }

  /** The older single-column sort ({@code orderByPropertyDeveloperName} + {@code orderByDirectionType}). */
  public ListFilterBuilder orderByProperty(String column, OrderDirection direction) {
    this.orderByProperty = column;
    this.orderByDirection = direction;
    return this;
  }

  public ListFilterBuilder limit(int limit) {
    this.limit = limit;
    return this;
  }

  public ListFilterBuilder offset(int offset) {
    this.offset = offset;
    return this;
  }

  public ListFilterBuilder search(String text) {
    this.search = text;
    return this;
  }

  public ListFilter build() {
    return new ListFilter(
        id, filterByProvidedObjects, comparisonType, where, groups, orderByProperty, orderByDirection, orderBy,
        limit, offset, null, search, null);
  }
}
