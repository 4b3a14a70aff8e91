package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.flow.CancelOrderResponse;
import com.example.orders.flow.CreateOrderRequestCustomer;
import com.example.orders.flow.CreateOrderRequestCustomerCodec;
import com.example.orders.flow.CreateOrderRequestLines;
import com.example.orders.flow.CreateOrderRequestLinesCodec;
import com.example.orders.flow.CreateOrderRequestPriority;
import com.example.orders.flow.CreateOrderResponse;
import com.example.orders.flow.CreateOrderResponseOrder;
import com.example.orders.flow.CreateOrderResponseOrderCodec;
import com.example.orders.flow.FileResponseReceipt;
import com.example.orders.flow.OrdersConfiguration;
import com.example.orders.flow.OrdersService;
import com.example.orders.flow.ReceiptFiles;
import com.example.orders.flow.Ticket;
import com.example.orders.flow.TicketCodec;
import com.example.orders.flow.TicketField;
import io.flowkit.runtime.codec.MissingValueException;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.query.Criterion;
import io.flowkit.runtime.query.Order;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.service.FlowService;
import io.flowkit.runtime.service.MessageActionBinding;
import io.flowkit.runtime.wire.ActionDescription;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.CriteriaType;
import io.flowkit.runtime.wire.DescribeServiceResponse;
import io.flowkit.runtime.wire.DescribeValue;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.OrderDirection;
import io.flowkit.runtime.wire.TypeElement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrdersServiceTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.UTC);
  private static final OrdersConfiguration CONFIGURATION =
      new OrdersConfiguration("secret-key", new BigDecimal("10"), null, "eu-west", false);
  private static final TestContext CONTEXT = new TestContext(CONFIGURATION);

  private final InMemoryTickets tickets = new InMemoryTickets();
  private final FlowService<OrdersConfiguration> service =
      OrdersService.builder()
          .createOrder(new CreateOrder(CLOCK))
          .cancelOrder((request, context) -> new CancelOrderResponse())
          .ticket(tickets)
          .receipt(new NoReceipts())
          .build();

  @Test
  void describeNamesWhatFlowWillInstall() {
    DescribeServiceResponse described = service.describe();

    assertThat(service.name()).isEqualTo("Orders");
    assertThat(service.path()).isEqualTo("/fs/orders");
    assertThat(described.providesLogic()).isTrue();
    assertThat(described.providesDatabase()).isTrue();
    assertThat(described.providesFiles()).isTrue();
    assertThat(described.actions()).extracting(ActionDescription::developerName)
        .containsExactly("Cancel Order", "Create Order");
    assertThat(described.actions()).extracting(ActionDescription::uriPart)
        .containsExactly("actions/cancel-order", "actions/create-order");
    assertThat(described.types()).extracting(TypeElement::developerName)
        .containsExactly(
            "$File RESPONSE - Receipt",
            "Create Order REQUEST - customer",
            "Create Order REQUEST - lines",
            "Create Order RESPONSE - order",
            "Ticket");
    assertThat(described.configurationValues()).extracting(DescribeValue::developerName)
        .containsExactly("API Key", "Discount", "Open Since", "Region", "Sandbox");
    assertThat(described.configurationValues().get(0).contentType()).isEqualTo(ContentType.PASSWORD);
    assertThat(described.configurationValues().get(0).required()).isTrue();
    TypeElement ticket = described.types().get(4);
    assertThat(ticket.bindings()).singleElement().satisfies(binding -> {
      assertThat(binding.developerName()).isEqualTo("Ticket Binding");
      assertThat(binding.databaseTableName()).isEqualTo("Ticket");
    });
  }

  @Test
  void aMessageActionRunsFromFlowsValuesToFlowsValues() throws Exception {
    MessageActionBinding<OrdersConfiguration, ?, ?> binding = service.messageAction("actions/create-order").orElseThrow();
    List<EngineValue> inputs =
        ValueWriter.engineValues()
            .object("customer", new CreateOrderRequestCustomer("ada@example.com", "Ada", null),
                CreateOrderRequestCustomerCodec.INSTANCE)
            .list("lines", List.of(
                    new CreateOrderRequestLines(2L, "pen", new BigDecimal("1.50")),
                    new CreateOrderRequestLines(1L, "ink", new BigDecimal("7.00"))),
                CreateOrderRequestLinesCodec.INSTANCE)
            .date("deliverOn", LocalDate.of(2026, 3, 5))
            .string("priority", "high")
            .build();

    List<EngineValue> outputs = invoke(binding, inputs);

    assertThat(outputs).singleElement().satisfies(order -> {
      assertThat(order.developerName()).isEqualTo("order");
      assertThat(order.typeElementDeveloperName()).isEqualTo("Create Order RESPONSE - order");
      CreateOrderResponseOrder decoded = CreateOrderResponseOrderCodec.INSTANCE.decode(order.objectData().get(0));
      assertThat(decoded.total()).isEqualByComparingTo("9.00");
      assertThat(decoded.placedAt()).isEqualTo(OffsetDateTime.now(CLOCK));
      assertThat(decoded.confirmed()).isTrue();
      assertThat(decoded.orderId()).isEqualTo("A-1001");
    });
  }

  @Test
  void theTypedRequestCarriesEnumsDatesAndLists() throws Exception {
    MessageActionBinding<OrdersConfiguration, ?, ?> binding = service.messageAction("actions/create-order").orElseThrow();
    List<EngineValue> inputs =
        ValueWriter.engineValues()
            .object("customer", new CreateOrderRequestCustomer(null, "Bo", null), CreateOrderRequestCustomerCodec.INSTANCE)
            .list("lines", List.of(new CreateOrderRequestLines(3L, "cup", null)), CreateOrderRequestLinesCodec.INSTANCE)
            .date("deliverOn", LocalDate.of(2026, 3, 5))
            .string("priority", "high")
            .build();

    Object request = binding.decodeInputs().apply(inputs);

    assertThat(request).hasFieldOrPropertyWithValue("priority", CreateOrderRequestPriority.HIGH)
        .hasFieldOrPropertyWithValue("deliverOn", LocalDate.of(2026, 3, 5));
  }

  @Test
  void aMissingRequiredInputIsNamed() {
    MessageActionBinding<OrdersConfiguration, ?, ?> binding = service.messageAction("actions/create-order").orElseThrow();
    List<EngineValue> withoutLines =
        ValueWriter.engineValues()
            .object("customer", new CreateOrderRequestCustomer(null, "Bo", null), CreateOrderRequestCustomerCodec.INSTANCE)
            .build();

    assertThatThrownBy(() -> binding.decodeInputs().apply(withoutLines))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("lines");
  }

  @Test
  void aRecordSurvivesTheRoundTripThroughFlowsObjectForm() {
    Ticket ticket = new Ticket("T-7", true, OffsetDateTime.parse("2026-02-03T03:05:06.789Z"), 3L, "Printer on fire");

    MObject wire = TicketCodec.INSTANCE.encode(ticket);

    assertThat(wire.developerName()).isEqualTo("Ticket");
    assertThat(wire.externalId()).isEqualTo("T-7");
    assertThat(TicketCodec.INSTANCE.decode(wire)).isEqualTo(ticket);
    // Flow's date-times travel in UTC: another offset keeps its instant.
    Ticket elsewhere = new Ticket("T-8", false, OffsetDateTime.parse("2026-02-03T04:05:06.789+01:00"), 1L, "x");
    assertThat(TicketCodec.INSTANCE.decode(TicketCodec.INSTANCE.encode(elsewhere)).opened())
        .isEqualTo(ticket.opened());
    Ticket empty = new Ticket(null, null, null, null, null);
    assertThat(TicketCodec.INSTANCE.decode(TicketCodec.INSTANCE.encode(empty))).isEqualTo(empty);
  }

  @Test
  void theDataActionSavesAndQueriesThroughTheGeneratedFields() throws Exception {
    Ticket printer = tickets.save(new Ticket(null, true, null, 3L, "Printer on fire"), CONTEXT);
    tickets.save(new Ticket(null, false, null, 1L, "Printer low on toner"), CONTEXT);
    tickets.save(new Ticket(null, true, null, 2L, "Coffee machine"), CONTEXT);

    Page<Ticket> open =
        tickets.query(
            new Query<>(Optional.of(new Criterion<>(TicketField.OPEN, CriteriaType.EQUAL, true)), null,
                List.of(new Order<>(TicketField.SEVERITY, OrderDirection.ASC)), 0, 0),
            CONTEXT);
    Page<Ticket> firstPrinter =
        tickets.query(
            new Query<>(Optional.of(new Criterion<>(TicketField.TITLE, CriteriaType.CONTAINS, "Printer")), null,
                List.of(new Order<>(TicketField.SEVERITY, OrderDirection.DESC)), 1, 0),
            CONTEXT);

    assertThat(printer.id()).isEqualTo("T-1");
    assertThat(open.items()).extracting(Ticket::title).containsExactly("Coffee machine", "Printer on fire");
    assertThat(firstPrinter.items()).extracting(Ticket::id).containsExactly("T-1");
    assertThat(firstPrinter.hasMoreResults()).isTrue();
    assertThat(service.dataAction("Ticket")).isPresent();
    assertThat(TicketField.SEVERITY.contentType()).isEqualTo(ContentType.NUMBER);
  }

  @Test
  void theBuilderNamesEveryMissingImplementation() {
    assertThatThrownBy(() -> OrdersService.builder().createOrder(new CreateOrder(CLOCK)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cancelOrder")
        .hasMessageContaining("ticket")
        .hasMessageContaining("receipt");
  }

  @Test
  void thePasswordNeverShowsInTheConfigurationsText() {
    assertThat(CONFIGURATION.toString()).doesNotContain("secret-key").contains("region=eu-west");
  }

  @SuppressWarnings("unchecked")
  private static <I, O> List<EngineValue> invoke(MessageActionBinding<OrdersConfiguration, I, O> binding, List<EngineValue> inputs)
      throws Exception {
    I request = binding.decodeInputs().apply(inputs);
    O response = binding.implementation().execute(request, CONTEXT);
    return binding.encodeOutputs().apply(response);
  }

  private static final class NoReceipts implements ReceiptFiles {
    @Override
    public Page<FileResponseReceipt> list(io.flowkit.runtime.service.FileQuery query, io.flowkit.runtime.service.ActionContext<OrdersConfiguration> context) {
      return Page.of(List.of(new FileResponseReceipt("r-1", "application/pdf", "receipt.pdf", 2048L)), false);
    }

    @Override
    public FileResponseReceipt upload(io.flowkit.runtime.service.FileUpload upload, io.flowkit.runtime.service.ActionContext<OrdersConfiguration> context) {
      return new FileResponseReceipt("r-2", upload.contentType(), upload.fileName(), upload.size());
    }

    @Override
    public void delete(io.flowkit.runtime.service.FileReference file, io.flowkit.runtime.service.ActionContext<OrdersConfiguration> context) {}
  }
}
