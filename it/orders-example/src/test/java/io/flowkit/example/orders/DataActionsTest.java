package io.flowkit.example.orders;

import static io.flowkit.example.orders.RunningExample.NOW;
import static io.flowkit.example.orders.RunningExample.assertProblem;
import static io.flowkit.example.orders.RunningExample.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.example.orders.flow.Customer;
import io.flowkit.example.orders.flow.CustomerCodec;
import io.flowkit.example.orders.flow.Segment;
import io.flowkit.example.orders.flow.Ticket;
import io.flowkit.example.orders.flow.TicketCodec;
import io.flowkit.runtime.wire.ComparisonType;
import io.flowkit.runtime.wire.CriteriaType;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.ObjectDataResponse;
import io.flowkit.runtime.wire.OrderDirection;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.ListFilterBuilder;
import io.flowkit.testkit.RawResponse;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code Ticket} and {@code Customer} data actions over HTTP: Load by id and by query, Save
 * (insert and update) and Delete, addressed by the bindings' table and field names. Each test gets
 * a fresh service with the three sample tickets {@code T-1001} to {@code T-1003}.
 */
class DataActionsTest {

  @TempDir
  Path receipts;

  RunningExample example;
  FlowPlatform platform;

  @BeforeEach
  void start() throws Exception {
    example = RunningExample.start(receipts);
    platform = example.platform;
  }

  @AfterEach
  void stop() {
    example.close();
  }

  @Test
  void loadByIdAnswersThatObjectWithItsExternalId() {
    ObjectDataResponse loaded = platform.load("Ticket", ListFilterBuilder.byId("T-1002"));

    MObject object = loaded.objectData().get(0);
    assertThat(loaded.objectData()).hasSize(1);
    assertThat(loaded.hasMoreResults()).isFalse();
    assertThat(object.externalId()).isEqualTo("T-1002");
    assertThat(object.developerName()).isEqualTo("Ticket");
    assertThat(TicketCodec.INSTANCE.decode(object)).isEqualTo(new Ticket(
        "asmith", OffsetDateTime.parse("2025-03-15T11:00:00Z"), true, "T-1002", 1L, "OPEN", "Parcel arrived damaged"));
    assertThat(platform.load("Ticket", ListFilterBuilder.byId("T-9999")).objectData()).isEmpty();
  }

  @Test
  void queryFiltersSortsAndPagesWithHasMoreResults() {
    ListFilterBuilder openByPriority = ListFilterBuilder.create()
        .where("status", CriteriaType.EQUAL, "OPEN")
        .orderBy("priority", OrderDirection.DESC)
        .limit(1);

    ObjectDataResponse first = platform.load("Ticket", openByPriority.offset(0).build());
    ObjectDataResponse second = platform.load("Ticket", openByPriority.offset(1).build());

    assertThat(first.objectData()).extracting(MObject::externalId).containsExactly("T-1001");
    assertThat(first.hasMoreResults()).isTrue();
    assertThat(second.objectData()).extracting(MObject::externalId).containsExactly("T-1002");
    assertThat(second.hasMoreResults()).isFalse();
  }

  @Test
  void queryUnderstandsGroupsSearchAndFieldNamesWithSpaces() {
    ObjectDataResponse assignedOrEscalated = platform.load("Ticket", ListFilterBuilder.create()
        .group(ComparisonType.OR,
            ListFilterBuilder.condition("Assigned To", CriteriaType.IS_EMPTY, "true"),
            ListFilterBuilder.condition("escalated", CriteriaType.EQUAL, "true"))
        .orderBy("Assigned To", OrderDirection.ASC)
        .build());
    ObjectDataResponse searched = platform.load("Ticket", ListFilterBuilder.create().search("PRINTER").build());

    assertThat(assignedOrEscalated.objectData()).extracting(MObject::externalId).containsExactly("T-1003", "T-1002");
    assertThat(searched.objectData()).extracting(MObject::externalId).containsExactly("T-1001");
  }

  @Test
  void anUnknownColumnIsA400NamingIt() {
    RawResponse refused = refusal(() -> platform.load("Ticket",
        ListFilterBuilder.create().where("colour", CriteriaType.EQUAL, "red").build()));

    assertThat(assertProblem(refused, 400).message()).contains("colour");
  }

  @Test
  void saveInsertsWithoutAnIdAndUpdatesWithOne() {
    List<Ticket> inserted = platform.save("Ticket",
        List.of(new Ticket(null, null, null, null, 2L, null, "Label printer jams")), TicketCodec.INSTANCE);

    Ticket created = inserted.get(0);
    assertThat(created.id()).isEqualTo("T-1004");
    assertThat(created.status()).isEqualTo("OPEN");
    assertThat(created.createdAt()).isEqualTo(NOW.atOffset(ZoneOffset.UTC));
    assertThat(created.escalated()).isFalse();

    Ticket closed = new Ticket("jdoe", null, false, "T-1004", 2L, "CLOSED", "Label printer jams");
    ObjectDataResponse updated = platform.save("Ticket", List.of(TicketCodec.INSTANCE.encode(closed)));

    assertThat(updated.objectData()).extracting(MObject::externalId).containsExactly("T-1004");
    Ticket reloaded = platform.load("Ticket", ListFilterBuilder.byId("T-1004"), TicketCodec.INSTANCE).get(0);
    assertThat(reloaded.status()).isEqualTo("CLOSED");
    assertThat(reloaded.assignedTo()).isEqualTo("jdoe");
    assertThat(reloaded.createdAt()).as("kept from the insert").isEqualTo(NOW.atOffset(ZoneOffset.UTC));
  }

  @Test
  void savingAnIdThatDoesNotExistIsA404() {
    Ticket ghost = new Ticket(null, null, null, "T-4040", 1L, "OPEN", "Ghost");

    RawResponse refused = refusal(() -> platform.save("Ticket", List.of(ghost), TicketCodec.INSTANCE));

    assertThat(assertProblem(refused, 404).message()).startsWith("There is no ticket 'T-4040' to update");
  }

  @Test
  void deleteRemovesTheObject() {
    Ticket ticket = platform.load("Ticket", ListFilterBuilder.byId("T-1003"), TicketCodec.INSTANCE).get(0);

    ObjectDataResponse deleted = platform.delete("Ticket", List.of(ticket), TicketCodec.INSTANCE);

    assertThat(deleted.objectData()).isEmpty();
    assertThat(deleted.hasMoreResults()).isFalse();
    assertThat(platform.load("Ticket", ListFilterBuilder.byId("T-1003")).objectData()).isEmpty();
    assertThat(platform.load("Ticket", null).objectData()).extracting(MObject::externalId).containsExactly("T-1001", "T-1002");
  }

  @Test
  void customersLoadByIdAndByQuery() {
    Customer brick = platform.load("Customer", ListFilterBuilder.byId("C-2"), CustomerCodec.INSTANCE).get(0);
    List<Customer> retail = platform.load("Customer", ListFilterBuilder.create()
        .where("segment", CriteriaType.EQUAL, "retail")
        .orderBy("name", OrderDirection.DESC)
        .build(), CustomerCodec.INSTANCE);

    assertThat(brick).isEqualTo(new Customer(
        new BigDecimal("25000.00"), "buyer@brick.example", "C-2", "Brick & Co", Segment.TRADE, LocalDate.of(2019, 1, 14)));
    assertThat(retail).extracting(Customer::name).containsExactly("Dee Dawson", "Ann Archer");
  }

  @Test
  void customersCannotBeSavedBecauseTheDescriptorOffersOnlyGetAndQuery() {
    Customer customer = new Customer(null, null, "C-9", "New Customer", Segment.RETAIL, null);

    RawResponse refused = refusal(() -> platform.save("Customer", List.of(customer), CustomerCodec.INSTANCE));

    assertThat(assertProblem(refused, 400).message()).contains("does not offer save");
  }
}
