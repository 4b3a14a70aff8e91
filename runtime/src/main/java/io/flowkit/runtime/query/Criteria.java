package io.flowkit.runtime.query;

import io.flowkit.runtime.wire.ComparisonType;
import io.flowkit.runtime.wire.CriteriaType;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds conditions for typed queries, e.g. {@code Criteria.and(Criteria.equal(TicketField.STATUS,
 * "open"), Criteria.greaterThan(TicketField.PRIORITY, 2))}. Values may be given in any natural Java
 * form for the field ({@code int}, {@code Instant}, {@code LocalDate}, …); they are compared by the
 * field's content type.
 */
public final class Criteria {

  private Criteria() {}

  public static <F> Criterion<F> equal(F field, Object value) {
    return new Criterion<>(field, CriteriaType.EQUAL, value);
  }

  public static <F> Criterion<F> notEqual(F field, Object value) {
    return new Criterion<>(field, CriteriaType.NOT_EQUAL, value);
  }

  public static <F> Criterion<F> greaterThan(F field, Object value) {
    return new Criterion<>(field, CriteriaType.GREATER_THAN, value);
  }

  public static <F> Criterion<F> greaterThanOrEqual(F field, Object value) {
    return new Criterion<>(field, CriteriaType.GREATER_THAN_OR_EQUAL, value);
  }

  public static <F> Criterion<F> lessThan(F field, Object value) {
    return new Criterion<>(field, CriteriaType.LESS_THAN, value);
  }

  public static <F> Criterion<F> lessThanOrEqual(F field, Object value) {
    return new Criterion<>(field, CriteriaType.LESS_THAN_OR_EQUAL, value);
  }

  /** The field's text contains {@code text}, ignoring case. */
  public static <F> Criterion<F> contains(F field, String text) {
    return new Criterion<>(field, CriteriaType.CONTAINS, text);
  }

  public static <F> Criterion<F> startsWith(F field, String text) {
    return new Criterion<>(field, CriteriaType.STARTS_WITH, text);
  }

  public static <F> Criterion<F> endsWith(F field, String text) {
    return new Criterion<>(field, CriteriaType.ENDS_WITH, text);
  }

  /** The field has no value ({@code null} or {@code ""}). */
  public static <F> Criterion<F> isEmpty(F field) {
    return new Criterion<>(field, CriteriaType.IS_EMPTY, Boolean.TRUE);
  }

  /** The field has a value. */
  public static <F> Criterion<F> isNotEmpty(F field) {
    return new Criterion<>(field, CriteriaType.IS_EMPTY, Boolean.FALSE);
  }

  @SafeVarargs
  public static <F> Group<F> and(Condition<F>... conditions) {
    List<Condition<F>> list = new ArrayList<>();
    for (Condition<F> condition : conditions) {
      list.add(condition);
    }
    return new Group<>(ComparisonType.AND, list);
  }

  @SafeVarargs
  public static <F> Group<F> or(Condition<F>... conditions) {
    List<Condition<F>> list = new ArrayList<>();
    for (Condition<F> condition : conditions) {
      list.add(condition);
    }
    return new Group<>(ComparisonType.OR, list);
  }
}
