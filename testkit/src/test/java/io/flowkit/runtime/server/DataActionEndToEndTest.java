package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.example.Ticket;
import io.flowkit.runtime.wire.ComparisonType;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.CriteriaType;
import io.flowkit.runtime.wire.ListFilter;
import io.flowkit.runtime.wire.ListFilterWhere;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.ObjectDataRequest;
import io.flowkit.runtime.wire.ObjectDataResponse;
import io.flowkit.runtime.wire.ObjectDataType;
import io.flowkit.runtime.wire.OrderDirection;
import io.flowkit.runtime.wire.Property;
import io.flowkit.runtime.wire.WireJson;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.ListFilterBuilder;
import io.flowkit.testkit.PlatformValues;
import io.flowkit.testkit.RawResponse;
import io.flowkit.testkit.ServiceCallException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Database load, save and delete against the example {@code Ticket} data action, over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataActionEndToEndTest {

  ExampleImplementations implementations;
  FlowServer server;
  FlowPlatform platform;

  @BeforeAll
  void start() throws Exception {
    implementations = new ExampleImplementations();
    server = FlowServer.builder().port(0).service(implementations.service(Duration.ofSeconds(30))).start();
    platform =
        FlowPlatform.builder(server.uri(OrdersService.PATH))
            .configuration(PlatformValues.create().password("API Key", "k").build())
            .build();
  }

  @BeforeEach
  void seed() {
    implementations.tickets.clear();
    implementations.tickets.lastQuery.set(null);
    seed("T1", "Engine fault", "10", true, "2024-01-01T10:00:00Z");
    seed("T2", "engineering review", "2", false, "2024-01-02T10:00:00Z");
    seed("T3", "Billing", "5", true, "2024-01-03T10:00:00Z");
    seed("T4", null, "7", true, "2024-01-04T10:00:00Z");
    seed("T5", "Login broken", "5", false, null);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  void seed(String id, String title, String priority, boolean open, String created) {
    implementations.tickets.put(
        new Ticket(id, title, new BigDecimal(priority), open, created == null ? null : OffsetDateTime.parse(created)));
  }

  static List<String> ids(ObjectDataResponse response) {
    return response.objectData().stream().map(MObject::externalId).toList();
  }

  // ---- load ---------------------------------------------------------------------------------

  @Test
  void loadByIdReturnsThatObjectWithEveryPropertyTyped() {
    ObjectDataResponse response = platform.load("Ticket", ListFilterBuilder.byId("T1"));

    assertThat(ids(response)).containsExactly("T1");
    assertThat(response.hasMoreResults()).isFalse();
    MObject ticket = response.objectData().get(0);
    assertThat(ticket.developerName()).isEqualTo("Ticket");
    assertThat(ticket.properties()).allSatisfy(p -> assertThat(p.contentType()).isNotNull());
    assertThat(ticket.properties()).extracting(Property::developerName, Property::contentValue)
        .contains(
            org.assertj.core.groups.Tuple.tuple("priority", "10"),
            org.assertj.core.groups.Tuple.tuple("open", "true"),
            org.assertj.core.groups.Tuple.tuple("created", "2024-01-01T10:00:00.000Z"));
  }

  @Test
  void loadByAnUnknownIdReturnsNothing() {
    assertThat(platform.load("Ticket", ListFilterBuilder.byId("T99")).objectData()).isEmpty();
  }

  @Test
  void numbersCompareAsNumbersNotText() {
    ListFilter filter = ListFilterBuilder.create().where("priority", CriteriaType.GREATER_THAN, "4.5").orderBy("id", OrderDirection.ASC).build();

    assertThat(ids(platform.load("Ticket", filter))).containsExactly("T1", "T3", "T4", "T5");
  }

  @Test
  void whereReadsTheDeprecatedValueWhenContentValueIsAbsent() {
    ListFilter filter =
        new ListFilter(null, false, null, List.of(new ListFilterWhere("title", CriteriaType.STARTS_WITH, null, "eng", null)),
            null, "id", OrderDirection.ASC, null, 0, 0, null, null, null);

    assertThat(ids(platform.load("Ticket", filter))).containsExactly("T1", "T2");
  }

  @Test
  void nestedGroupsCombineWithOr() {
    ListFilter filter =
        ListFilterBuilder.create()
            .comparison(ComparisonType.OR)
            .where("title", CriteriaType.EQUAL, "billing")
            .group(ComparisonType.AND,
                ListFilterBuilder.condition("open", CriteriaType.EQUAL, "FALSE"),
                ListFilterBuilder.condition("priority", CriteriaType.LESS_THAN_OR_EQUAL, "2"))
            .orderBy("id", OrderDirection.ASC)
            .build();

    assertThat(ids(platform.load("Ticket", filter))).containsExactly("T2", "T3");
  }

  @Test
  void ordersByManyColumnsAndPagesWithHasMoreResults() {
    ListFilterBuilder base =
        ListFilterBuilder.create().orderBy("priority", OrderDirection.DESC).orderBy("title", OrderDirection.ASC);

    ObjectDataResponse first = platform.load("Ticket", base.limit(2).offset(0).build());
    ObjectDataResponse last = platform.load("Ticket", base.limit(2).offset(4).build());
    ObjectDataResponse exact = platform.load("Ticket", base.limit(5).offset(0).build());

    assertThat(ids(first)).containsExactly("T1", "T4");
    assertThat(first.hasMoreResults()).isTrue();
    assertThat(ids(last)).containsExactly("T2");
    assertThat(last.hasMoreResults()).isFalse();
    assertThat(ids(exact)).containsExactly("T1", "T4", "T3", "T5", "T2");
    assertThat(exact.hasMoreResults()).isFalse();
  }

  @Test
  void theOlderSingleColumnOrderWorksToo() {
    ListFilter filter = ListFilterBuilder.create().orderByProperty("created", OrderDirection.DESC).build();

    assertThat(ids(platform.load("Ticket", filter))).containsExactly("T4", "T3", "T2", "T1", "T5");
  }

  @Test
  void searchLooksInStringFieldsIgnoringCase() {
    ListFilter filter = ListFilterBuilder.create().search("ENGIN").orderBy("id", OrderDirection.ASC).build();

    assertThat(ids(platform.load("Ticket", filter))).containsExactly("T1", "T2");
    assertThat(implementations.tickets.lastQuery.get().searchFields()).containsExactly(Ticket.Field.ID, Ticket.Field.TITLE);
  }

  @Test
  void isEmptyTrueAndFalse() {
    ListFilter empty = ListFilterBuilder.create().where("title", CriteriaType.IS_EMPTY, "true").build();
    ListFilter notEmpty = ListFilterBuilder.create().where("created", CriteriaType.IS_EMPTY, "false").orderBy("id", OrderDirection.ASC).build();

    assertThat(ids(platform.load("Ticket", empty))).containsExactly("T4");
    assertThat(ids(platform.load("Ticket", notEmpty))).containsExactly("T1", "T2", "T3", "T4");
  }

  @Test
  void dateTimesCompareAsInstantsWhateverTheirOffset() {
    ListFilter filter =
        ListFilterBuilder.create().where("created", CriteriaType.GREATER_THAN_OR_EQUAL, "2024-01-03T12:00:00+02:00")
            .orderBy("id", OrderDirection.ASC).build();

    assertThat(ids(platform.load("Ticket", filter))).containsExactly("T3", "T4");
  }

  @Test
  void anUnknownColumnIsA400NamingIt() {
    ListFilter filter = ListFilterBuilder.create().where("colour", CriteriaType.EQUAL, "red").build();

    assertThatThrownBy(() -> platform.load("Ticket", filter))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.problem().orElseThrow().message()).contains("Unknown column 'colour'");
        });
  }

  @Test
  void aBadFilterValueIsA400NamingTheColumn() {
    ListFilter filter = ListFilterBuilder.create().where("priority", CriteriaType.EQUAL, "high").build();

    assertThatThrownBy(() -> platform.load("Ticket", filter))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.problem().orElseThrow().message()).contains("'priority'").contains("ContentNumber");
        });
  }

  @Test
  void anUnknownTypeOrNoTypeIsA400() {
    assertThatThrownBy(() -> platform.load("Widget", null))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.problem().orElseThrow().message()).contains("Unknown type 'Widget'");
        });
    RawResponse untyped = platform.send("POST", "data", "application/json", "{\"listFilter\":null}".getBytes(StandardCharsets.UTF_8));
    assertThat(untyped.status()).isEqualTo(400);
    assertThat(untyped.problem().orElseThrow().message()).contains("objectDataType");
  }

  @Test
  void filterByProvidedObjectsRefreshesOnlyThoseObjects() {
    List<MObject> provided =
        List.of(MObject.of("Ticket", "T3", List.of()), MObject.of("Ticket", "T2", List.of()), MObject.of("Ticket", "gone", List.of()));
    ListFilter filter = ListFilterBuilder.create().filterByProvidedObjects(true).where("open", CriteriaType.EQUAL, "true").build();

    ObjectDataResponse response = platform.load("Ticket", filter, provided);

    assertThat(ids(response)).containsExactly("T3");
    assertThat(response.objectData().get(0).properties()).extracting(Property::contentValue).contains("Billing");
    assertThat(implementations.tickets.lastQuery.get()).isNull();
  }

  // ---- save ---------------------------------------------------------------------------------

  @Test
  void saveInsertsObjectsWithoutIdsAndUpdatesTheRestAnsweringInsertsFirst() {
    MObject update = Ticket.CODEC.encode(new Ticket("T3", "Billing (paid)", BigDecimal.ONE, false, null));
    MObject insert = MObject.of("Ticket", "", ValueWriter.properties().string("title", "New one").number("priority", 3).bool("open", true).build());

    ObjectDataResponse saved = platform.save("Ticket", List.of(update, insert));

    assertThat(ids(saved)).containsExactly("N1", "T3");
    assertThat(saved.objectData().get(0).properties()).extracting(Property::contentValue).contains("New one", "3", "true");
    assertThat(implementations.tickets.all()).extracting(Ticket::title).contains("Billing (paid)", "New one");
  }

  @Test
  void typedSaveRoundTripsThroughTheCodec() {
    List<Ticket> saved = platform.save("Ticket", List.of(new Ticket(null, "Typed", new BigDecimal("1.50"), true, null)), Ticket.CODEC);

    assertThat(saved).singleElement().satisfies(t -> {
      assertThat(t.id()).isNotBlank();
      assertThat(t.priority()).isEqualByComparingTo("1.5");
    });
  }

  @Test
  void aBadObjectSavesNothing() {
    MObject good = MObject.of("Ticket", "", ValueWriter.properties().string("title", "fine").build());
    MObject bad = MObject.of("Ticket", "", List.of(Property.scalar("priority", ContentType.NUMBER, "lots")));
    int before = implementations.tickets.all().size();

    assertThatThrownBy(() -> platform.save("Ticket", List.of(good, bad)))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.problem().orElseThrow().message()).contains("objectData[1]").contains("priority");
        });
    assertThat(implementations.tickets.all()).hasSize(before);
  }

  @Test
  void aFailingSaveIsA500() {
    MObject crash = MObject.of("Ticket", "", ValueWriter.properties().string("title", "crash").build());

    assertThatThrownBy(() -> platform.save("Ticket", List.of(crash)))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.problem().orElseThrow().message()).doesNotContain("storage failed");
        });
  }

  // ---- delete -------------------------------------------------------------------------------

  @Test
  void deleteRemovesTheObjectsAndAnswersAnEmptyList() {
    RawResponse answer =
        platform.send("POST", "data/delete", "application/json",
            FlowServerEndToEndTest.json(platform.dataRequest("Ticket", null, List.of(MObject.of("Ticket", "T1", List.of())))));

    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = answer.json();
    assertThat(body.get("objectData").isArray()).isTrue();
    assertThat(body.get("objectData")).isEmpty();
    assertThat(body.get("hasMoreResults").asBoolean()).isFalse();
    assertThat(implementations.tickets.all()).extracting(Ticket::id).doesNotContain("T1");
  }

  @Test
  void deleteByListFilterIdWhenNoObjectsAreGiven() {
    ObjectDataRequest request =
        new ObjectDataRequest(null, null, null, null, null, PlatformValues.create().password("API Key", "k").build(), null, null,
            ListFilterBuilder.byId("T2"), new ObjectDataType(null, "Ticket", List.of()), null);

    RawResponse answer = platform.send("POST", "data/delete", "application/json", FlowServerEndToEndTest.json(request));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(implementations.tickets.all()).extracting(Ticket::id).doesNotContain("T2");
  }

  @Test
  void theWireFormOfAnswersIsWhatThePlatformExpects() throws Exception {
    RawResponse answer =
        platform.send("POST", "data", "application/json",
            FlowServerEndToEndTest.json(platform.dataRequest("Ticket", ListFilterBuilder.byId("T2"), List.of())));

    JsonNode object = answer.json().get("objectData").get(0);
    assertThat(object.get("externalId").asText()).isEqualTo("T2");
    assertThat(object.has("isSelected")).isTrue();
    for (JsonNode property : object.get("properties")) {
      assertThat(property.get("contentType").asText()).startsWith("Content");
      assertThat(property.get("contentValue").isNull() || property.get("contentValue").isTextual()).isTrue();
    }
    assertThat(WireJson.mapper().writeValueAsString(answer.json())).contains("\"contentValue\":\"false\"");
  }
}
