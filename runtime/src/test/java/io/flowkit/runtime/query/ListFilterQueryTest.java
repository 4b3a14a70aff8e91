package io.flowkit.runtime.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.example.Ticket.Field;
import io.flowkit.runtime.wire.ComparisonType;
import io.flowkit.runtime.wire.CriteriaType;
import io.flowkit.runtime.wire.ListFilter;
import io.flowkit.runtime.wire.ListFilterMinimal;
import io.flowkit.runtime.wire.ListFilterWhere;
import io.flowkit.runtime.wire.OrderBy;
import io.flowkit.runtime.wire.OrderDirection;
import io.flowkit.runtime.wire.SearchCriterion;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListFilterQueryTest {

  static final List<Field> FIELDS = List.of(Field.values());

  static ListFilter filter(
      ComparisonType comparison, List<ListFilterWhere> where, List<ListFilterMinimal> nested, List<OrderBy> orderBy,
      String orderByProperty, OrderDirection direction, int limit, int offset, String search, List<SearchCriterion> searchCriteria) {
    return new ListFilter(null, false, comparison, where, nested, orderByProperty, direction, orderBy, limit, offset, null, search, searchCriteria);
  }

  static ListFilterWhere where(String column, CriteriaType criteria, String value) {
    return new ListFilterWhere(column, criteria, value, null, null);
  }

  @Test
  void valuesAreTypedByTheColumnsContentType() {
    ListFilter wire =
        filter(ComparisonType.AND,
            List.of(where("priority", CriteriaType.GREATER_THAN, "2.5"), where("open", CriteriaType.EQUAL, "TRUE"),
                where("created", CriteriaType.LESS_THAN, "2024-01-01T02:00:00+02:00"), where("title", CriteriaType.EQUAL, "x")),
            null, null, null, null, 0, 0, null, null);

    Query<Field> query = ListFilterQuery.translate(wire, FIELDS);

    Group<Field> group = (Group<Field>) query.where().orElseThrow();
    assertThat(group.comparison()).isEqualTo(ComparisonType.AND);
    assertThat(group.conditions()).extracting(c -> ((Criterion<Field>) c).value())
        .containsExactly(new BigDecimal("2.5"), Boolean.TRUE, OffsetDateTime.parse("2024-01-01T00:00:00Z"), "x");
  }

  @Test
  void contentValueFallsBackToTheDeprecatedValue() {
    ListFilter wire =
        filter(null, List.of(new ListFilterWhere("priority", CriteriaType.EQUAL, null, "7", null),
                new ListFilterWhere("title", CriteriaType.EQUAL, "content", "value", null)),
            null, null, null, null, 0, 0, null, null);

    Group<Field> group = (Group<Field>) ListFilterQuery.translate(wire, FIELDS).where().orElseThrow();

    assertThat(((Criterion<Field>) group.conditions().get(0)).value()).isEqualTo(new BigDecimal("7"));
    assertThat(((Criterion<Field>) group.conditions().get(1)).value()).isEqualTo("content");
  }

  @Test
  void nestedListFiltersBecomeGroupsAndABlankComparisonMeansAnd() {
    ListFilter wire =
        filter(ComparisonType.OR, List.of(where("id", CriteriaType.EQUAL, "1")),
            List.of(new ListFilterMinimal(null, List.of(where("open", CriteriaType.EQUAL, "false"), where("title", CriteriaType.IS_EMPTY, "true")), null)),
            null, null, null, 0, 0, null, null);

    Group<Field> outer = (Group<Field>) ListFilterQuery.translate(wire, FIELDS).where().orElseThrow();

    assertThat(outer.comparison()).isEqualTo(ComparisonType.OR);
    assertThat(outer.conditions().get(0)).isEqualTo(new Criterion<>(Field.ID, CriteriaType.EQUAL, "1"));
    Group<Field> inner = (Group<Field>) outer.conditions().get(1);
    assertThat(inner.comparison()).isEqualTo(ComparisonType.AND);
    assertThat(inner.conditions()).contains(new Criterion<>(Field.TITLE, CriteriaType.IS_EMPTY, Boolean.TRUE));
  }

  @Test
  void aSingleConditionIsNotWrappedAndNoConditionIsEmpty() {
    Query<Field> one = ListFilterQuery.translate(filter(null, List.of(where("id", CriteriaType.EQUAL, "1")), null, null, null, null, 0, 0, null, null), FIELDS);
    Query<Field> none = ListFilterQuery.translate(filter(null, null, null, null, null, null, 0, 0, null, null), FIELDS);

    assertThat(one.where()).contains(new Criterion<>(Field.ID, CriteriaType.EQUAL, "1"));
    assertThat(none.where()).isEmpty();
  }

  @Test
  void orderByManyColumnsWinsOverTheSingleColumnForm() {
    ListFilter many =
        filter(null, null, null, List.of(new OrderBy("priority", OrderDirection.DESC), new OrderBy("TITLE", null)),
            "id", OrderDirection.ASC, 10, 20, null, null);
    ListFilter single = filter(null, null, null, null, "created", OrderDirection.DESC, 0, 0, null, null);

    Query<Field> query = ListFilterQuery.translate(many, FIELDS);

    assertThat(query.orderBy()).containsExactly(new Order<>(Field.PRIORITY, OrderDirection.DESC), new Order<>(Field.TITLE, OrderDirection.ASC));
    assertThat(query.limit()).isEqualTo(10);
    assertThat(query.offset()).isEqualTo(20);
    assertThat(ListFilterQuery.translate(single, FIELDS).orderBy()).containsExactly(new Order<>(Field.CREATED, OrderDirection.DESC));
  }

  @Test
  void searchCoversStringFieldsAndSearchCriteriaBecomeContains() {
    ListFilter wire = filter(null, null, null, null, null, null, 0, 0, "  ", List.of(new SearchCriterion("title", "pump")));

    Query<Field> query = ListFilterQuery.translate(wire, FIELDS);

    assertThat(query.search()).isNull();
    assertThat(query.searchFields()).containsExactly(Field.ID, Field.TITLE);
    assertThat(query.where()).contains(new Criterion<>(Field.TITLE, CriteriaType.CONTAINS, "pump"));
  }

  @Test
  void aMissingFilterAsksForEverything() {
    Query<Field> query = ListFilterQuery.translate(null, FIELDS);

    assertThat(query.where()).isEmpty();
    assertThat(query.limit()).isZero();
    assertThat(query.searchFields()).isNotEmpty();
  }

  @Test
  void problemsNameTheColumn() {
    assertThatThrownBy(() -> ListFilterQuery.translate(filter(null, List.of(where("colour", CriteriaType.EQUAL, "red")), null, null, null, null, 0, 0, null, null), FIELDS))
        .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
          assertThat(e.column()).isEqualTo("colour");
          assertThat(e.getMessage()).contains("Unknown column 'colour'");
        });
    assertThatThrownBy(() -> ListFilterQuery.translate(filter(null, List.of(where("created", CriteriaType.EQUAL, "soon")), null, null, null, null, 0, 0, null, null), FIELDS))
        .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.getMessage()).contains("'created'").contains("ContentDateTime"));
    assertThatThrownBy(() -> ListFilterQuery.translate(filter(null, List.of(where("open", null, "true")), null, null, null, null, 0, 0, null, null), FIELDS))
        .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.getMessage()).contains("criteriaType"));
    assertThatThrownBy(() -> ListFilterQuery.translate(filter(null, null, null, List.of(new OrderBy("nope", null)), null, null, 0, 0, null, null), FIELDS))
        .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.getMessage()).contains("orderBy"));
    assertThatThrownBy(() -> ListFilterQuery.translate(filter(null, null, null, null, null, null, -1, 0, null, null), FIELDS))
        .isInstanceOf(InvalidQueryException.class);
  }
}
