package io.flowkit.runtime.query;

import static io.flowkit.runtime.query.Criteria.and;
import static io.flowkit.runtime.query.Criteria.contains;
import static io.flowkit.runtime.query.Criteria.endsWith;
import static io.flowkit.runtime.query.Criteria.equal;
import static io.flowkit.runtime.query.Criteria.greaterThan;
import static io.flowkit.runtime.query.Criteria.greaterThanOrEqual;
import static io.flowkit.runtime.query.Criteria.isEmpty;
import static io.flowkit.runtime.query.Criteria.isNotEmpty;
import static io.flowkit.runtime.query.Criteria.lessThan;
import static io.flowkit.runtime.query.Criteria.lessThanOrEqual;
import static io.flowkit.runtime.query.Criteria.notEqual;
import static io.flowkit.runtime.query.Criteria.or;
import static io.flowkit.runtime.query.Criteria.startsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.example.Ticket.Field;
import io.flowkit.runtime.example.Ticket;
import io.flowkit.runtime.wire.OrderDirection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryQueryTest {

  static final List<Ticket> TICKETS =
      List.of(
          new Ticket("1", "Alpha", new BigDecimal("10"), true, OffsetDateTime.parse("2024-01-01T00:00:00Z")),
          new Ticket("2", "beta", new BigDecimal("2.0"), false, OffsetDateTime.parse("2024-01-02T00:00:00Z")),
          new Ticket("3", "Gamma ray", new BigDecimal("2"), true, null),
          new Ticket("4", "", null, null, OffsetDateTime.parse("2024-01-03T12:00:00+02:00")),
          new Ticket("5", null, new BigDecimal("-1"), false, OffsetDateTime.parse("2023-12-31T23:59:59Z")));

  static List<String> ids(Condition<Field> condition) {
    return QueryBuilder.forFields(Field.class).where(condition).orderBy(Field.ID, OrderDirection.ASC).build().where()
        .map(c -> InMemoryQuery.apply(new Query<>(Optional.of(c), null, List.of(new Order<>(Field.ID, null)), 0, 0), TICKETS))
        .orElseThrow().items().stream().map(Ticket::id).toList();
  }

  @Test
  void everyCriteriaTypeComparesByContentType() {
    assertThat(ids(equal(Field.PRIORITY, 2))).containsExactly("2", "3");
    assertThat(ids(equal(Field.PRIORITY, "2.00"))).containsExactly("2", "3");
    assertThat(ids(notEqual(Field.PRIORITY, 2L))).containsExactly("1", "4", "5");
    assertThat(ids(greaterThan(Field.PRIORITY, 2))).containsExactly("1");
    assertThat(ids(greaterThanOrEqual(Field.PRIORITY, new BigDecimal("2")))).containsExactly("1", "2", "3");
    assertThat(ids(lessThan(Field.PRIORITY, 2.5))).containsExactly("2", "3", "5");
    assertThat(ids(lessThanOrEqual(Field.PRIORITY, -1))).containsExactly("5");
    assertThat(ids(contains(Field.TITLE, "A"))).containsExactly("1", "2", "3");
    assertThat(ids(startsWith(Field.TITLE, "gam"))).containsExactly("3");
    assertThat(ids(endsWith(Field.TITLE, "TA"))).containsExactly("2");
    assertThat(ids(isEmpty(Field.TITLE))).containsExactly("4", "5");
    assertThat(ids(isNotEmpty(Field.CREATED))).containsExactly("1", "2", "4", "5");
  }

  @Test
  void stringsCompareIgnoringCaseAndEmptyEqualsMissing() {
    assertThat(ids(equal(Field.TITLE, "ALPHA"))).containsExactly("1");
    assertThat(ids(equal(Field.TITLE, null))).containsExactly("4", "5");
    assertThat(ids(equal(Field.TITLE, ""))).containsExactly("4", "5");
  }

  @Test
  void dateTimesCompareAsInstantsAcceptingAnyJavaTimeValue() {
    assertThat(ids(greaterThan(Field.CREATED, Instant.parse("2024-01-02T00:00:00Z")))).containsExactly("4");
    assertThat(ids(lessThan(Field.CREATED, LocalDate.of(2024, 1, 1)))).containsExactly("5");
    assertThat(ids(equal(Field.CREATED, OffsetDateTime.parse("2024-01-03T10:00:00Z")))).containsExactly("4");
    assertThat(ids(equal(Field.CREATED, "2024-01-01T01:00:00+01:00"))).containsExactly("1");
  }

  @Test
  void booleansAndMissingValues() {
    assertThat(ids(equal(Field.OPEN, true))).containsExactly("1", "3");
    assertThat(ids(equal(Field.OPEN, "FALSE"))).containsExactly("2", "5");
    assertThat(ids(greaterThan(Field.OPEN, false))).containsExactly("1", "3");
    // A missing value is neither greater nor less than anything.
    assertThat(ids(lessThan(Field.PRIORITY, 1000))).doesNotContain("4");
    assertThat(ids(greaterThan(Field.PRIORITY, -1000))).doesNotContain("4");
  }

  @Test
  void groupsCombineWithAndOr() {
    assertThat(ids(and(equal(Field.OPEN, true), greaterThan(Field.PRIORITY, 5)))).containsExactly("1");
    assertThat(ids(or(equal(Field.OPEN, true), greaterThan(Field.PRIORITY, 5)))).containsExactly("1", "3");
    assertThat(ids(or(and(equal(Field.OPEN, false), lessThan(Field.PRIORITY, 0)), equal(Field.ID, "4")))).containsExactly("4", "5");
    assertThat(ids(and())).containsExactly("1", "2", "3", "4", "5");
  }

  @Test
  void searchLooksInTheSearchFieldsIgnoringCase() {
    Query<Field> query = QueryBuilder.forFields(Field.class).search("RAY").build();

    assertThat(query.searchFields()).containsExactly(Field.ID, Field.TITLE);
    assertThat(InMemoryQuery.apply(query, TICKETS).items()).extracting(Ticket::id).containsExactly("3");
  }

  @Test
  void aSearchWithoutSearchFieldsIsRefused() {
    Query<Field> query = new Query<>(Optional.empty(), "x", List.of(), 0, 0);

    assertThatThrownBy(() -> InMemoryQuery.apply(query, TICKETS)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sortsByManyColumnsStablyWithMissingValuesFirst() {
    Query<Field> query =
        QueryBuilder.forFields(Field.class).orderBy(Field.PRIORITY, OrderDirection.DESC).orderBy(Field.TITLE, OrderDirection.ASC).build();
    Query<Field> ascending = QueryBuilder.forFields(Field.class).orderBy(Field.PRIORITY, OrderDirection.ASC).build();

    assertThat(InMemoryQuery.apply(query, TICKETS).items()).extracting(Ticket::id).containsExactly("1", "2", "3", "5", "4");
    assertThat(InMemoryQuery.apply(ascending, TICKETS).items()).extracting(Ticket::id).containsExactly("4", "5", "2", "3", "1");
  }

  @Test
  void pagesWithHasMoreResults() {
    QueryBuilder<Field> base = QueryBuilder.forFields(Field.class).orderBy(Field.ID, OrderDirection.ASC);

    Page<Ticket> first = InMemoryQuery.apply(base.limit(2).offset(0).build(), TICKETS);
    Page<Ticket> last = InMemoryQuery.apply(base.limit(2).offset(4).build(), TICKETS);
    Page<Ticket> exact = InMemoryQuery.apply(base.limit(5).offset(0).build(), TICKETS);
    Page<Ticket> beyond = InMemoryQuery.apply(base.limit(2).offset(9).build(), TICKETS);
    Page<Ticket> unlimited = InMemoryQuery.apply(base.limit(0).offset(3).build(), TICKETS);

    assertThat(first.items()).extracting(Ticket::id).containsExactly("1", "2");
    assertThat(first.hasMoreResults()).isTrue();
    assertThat(last.items()).extracting(Ticket::id).containsExactly("5");
    assertThat(last.hasMoreResults()).isFalse();
    assertThat(exact.hasMoreResults()).isFalse();
    assertThat(beyond.items()).isEmpty();
    assertThat(unlimited.items()).extracting(Ticket::id).containsExactly("4", "5");
  }
}
