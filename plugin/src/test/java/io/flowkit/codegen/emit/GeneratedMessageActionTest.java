package io.flowkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.codec.CodecException;
import io.flowkit.runtime.codec.MissingValueException;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.FlowService;
import io.flowkit.runtime.service.MessageActionBinding;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.Property;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated action codecs, both the service's side (inputs → request, response → outputs) and
 * the platform's (request → inputs, outputs → response), and the dispatch of a message action
 * through the built service.
 */
class GeneratedMessageActionTest {

  private static final OffsetDateTime ORDER_DATE = OffsetDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime SHIP_DATE = OffsetDateTime.of(2025, 3, 18, 12, 0, 0, 0, ZoneOffset.UTC);

  private final CompiledCase orders = CompiledCase.orders();
  private final CompiledCase catalog = CompiledCase.catalog();

  /** The {@code customer} input of boomi-profiles-flow-types §7.1, as Flow sends it. */
  private static EngineValue customerInput() {
    MObject address =
        MObject.of(
            "Create Order REQUEST - address", null, List.of(Property.scalar("city", ContentType.STRING, "Leeds")));
    MObject customer =
        new MObject(
            "", "5d0c", "Create Order REQUEST - customer", null, null, 0, false,
            List.of(
                Property.scalar("customerId", ContentType.STRING, "C-77"),
                Property.scalar("name", ContentType.STRING, "Acme Ltd"),
                Property.structured("address", ContentType.OBJECT, List.of(address))));
    return EngineValue.structured("customer", ContentType.OBJECT, "Create Order REQUEST - customer", List.of(customer));
  }

  private static EngineValue line(String sku, String quantity, String unitPrice) {
    MObject line =
        MObject.of(
            "Create Order REQUEST - lines", null,
            List.of(
                Property.scalar("sku", ContentType.STRING, sku),
                Property.scalar("quantity", ContentType.NUMBER, quantity),
                Property.scalar("unitPrice", ContentType.NUMBER, unitPrice),
                Property.scalar("requestedDate", ContentType.DATE_TIME, "")));
    return EngineValue.structured("lines", ContentType.LIST, "Create Order REQUEST - lines", List.of(line));
  }

  @Test
  void inputsAreDecodedByExactNameIntoTheRequest() {
    List<EngineValue> inputs =
        List.of(
            EngineValue.scalar("orderNumber", ContentType.STRING, "SO-10042"),
            EngineValue.scalar("orderDate", ContentType.DATE_TIME, "2025-03-14T09:30:00.000Z"),
            EngineValue.scalar("Priority", ContentType.NUMBER, "9"),
            EngineValue.scalar("rush", ContentType.BOOLEAN, ""),
            customerInput(),
            line("AB-1", "3", "19.99"));

    Object request = orders.callStatic("CreateOrderCodec", "decodeInputs", inputs);

    assertThat(CompiledCase.component(request, "orderNumber")).isEqualTo("SO-10042");
    assertThat(CompiledCase.component(request, "priority")).as("names match exactly").isNull();
    assertThat(CompiledCase.component(request, "rush")).isNull();
    Object customer = CompiledCase.component(request, "customer");
    assertThat(CompiledCase.component(customer, "name")).isEqualTo("Acme Ltd");
    assertThat(CompiledCase.component(CompiledCase.component(customer, "address"), "city")).isEqualTo("Leeds");
    assertThat((List<?>) CompiledCase.component(request, "lines")).singleElement()
        .satisfies(l -> assertThat(CompiledCase.component(l, "unitPrice")).isEqualTo(new BigDecimal("19.99")));
  }

  @Test
  void aMissingRequiredInputFailsNamingIt() {
    List<EngineValue> withoutCustomer = List.of(EngineValue.scalar("orderNumber", ContentType.STRING, "SO-1"));
    List<EngineValue> emptyOrderNumber = List.of(customerInput(), EngineValue.scalar("orderNumber", ContentType.STRING, ""));

    assertThatThrownBy(() -> orders.callStatic("CreateOrderCodec", "decodeInputs", withoutCustomer))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("'customer'");
    assertThatThrownBy(() -> orders.callStatic("CreateOrderCodec", "decodeInputs", emptyOrderNumber))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("'orderNumber'");
  }

  @Test
  void aRequiredEnumInputIsEnforcedAndParsed() {
    List<EngineValue> inputs =
        List.of(
            EngineValue.scalar("path", ContentType.STRING, "/a"),
            EngineValue.scalar("status", ContentType.STRING, "on hold"),
            EngineValue.scalar("asOf", ContentType.DATE_TIME, "2025-03-14T00:00:00.000Z"));

    Object request = catalog.callStatic("BrowseCodec", "decodeInputs", inputs);

    assertThat(CompiledCase.component(request, "status")).isEqualTo(catalog.constant("ItemStatus", "ON_HOLD"));
    assertThat(CompiledCase.component(request, "asOf")).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThatThrownBy(() -> catalog.callStatic("BrowseCodec", "decodeInputs", inputs.subList(0, 1)))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("'status'");
  }

  @Test
  void outputsAreOneEngineValuePerOutputWithTheirTypeNames() {
    Object warning = orders.record("CreateOrderResponseWarnings", "W01", "Partial stock");
    Object response = orders.record("CreateOrderResponse", true, null, "0000123", new BigDecimal("59.97"), List.of(warning));

    @SuppressWarnings("unchecked")
    List<EngineValue> outputs = (List<EngineValue>) orders.callStatic("CreateOrderCodec", "encodeOutputs", response);

    assertThat(outputs).extracting(EngineValue::developerName)
        .containsExactly("accepted", "estimatedShip", "orderId", "total", "warnings");
    assertThat(outputs).extracting(EngineValue::contentValue).containsExactly("true", null, "0000123", "59.97", null);
    EngineValue warnings = outputs.get(4);
    assertThat(warnings.contentType()).isEqualTo(ContentType.LIST);
    assertThat(warnings.typeElementDeveloperName()).isEqualTo("Create Order RESPONSE - warnings");
    assertThat(warnings.objectData()).singleElement().extracting(MObject::developerName)
        .isEqualTo("Create Order RESPONSE - warnings");
  }

  @Test
  void anActionWithoutInputsOrOutputsHasEmptyRecords() {
    Object request = catalog.callStatic("NewCodec", "decodeInputs", List.of());

    assertThat(catalog.type("NewRequest").getRecordComponents()).isEmpty();
    assertThat(catalog.callStatic("NewCodec", "encodeOutputs", catalog.record("NewResponse"))).isEqualTo(List.of());
    assertThat(request).isEqualTo(catalog.record("NewRequest"));
  }

  // ---- the platform's side: request record → inputs, outputs → response record ------------------

  private Object orderRequest() {
    Object address = orders.record("CreateOrderRequestAddress", "Leeds", null, "1 Park Row");
    Object customer = orders.record("CreateOrderRequestCustomer", address, "C-77", "Acme & Co");
    Object first = orders.record("CreateOrderRequestLines", 3L, SHIP_DATE, "AB-1", new BigDecimal("19.990"));
    Object second = orders.record("CreateOrderRequestLines", 1L, null, "CD-2", new BigDecimal("5"));
    return orders.record(
        "CreateOrderRequest", customer, List.of(first, second), ORDER_DATE, "SO-10042", null, true);
  }

  @Test
  void encodedInputsAreWhatThePlatformSendsOneEngineValuePerInput() {
    @SuppressWarnings("unchecked")
    List<EngineValue> inputs = (List<EngineValue>) orders.callStatic("CreateOrderCodec", "encodeInputs", orderRequest());

    assertThat(inputs).extracting(EngineValue::developerName)
        .containsExactly("customer", "lines", "orderDate", "orderNumber", "priority", "rush");
    assertThat(inputs).extracting(EngineValue::contentType)
        .containsExactly(ContentType.OBJECT, ContentType.LIST, ContentType.DATE_TIME, ContentType.STRING,
            ContentType.NUMBER, ContentType.BOOLEAN);
    assertThat(inputs).extracting(EngineValue::contentValue)
        .containsExactly(null, null, "2025-03-14T09:30:00.000Z", "SO-10042", null, "true");
    EngineValue customer = inputs.get(0);
    assertThat(customer.typeElementDeveloperName()).isEqualTo("Create Order REQUEST - customer");
    assertThat(customer.objectData()).singleElement().satisfies(object -> {
      assertThat(object.developerName()).isEqualTo("Create Order REQUEST - customer");
      assertThat(object.properties()).extracting(Property::developerName).containsExactly("address", "customerId", "name");
      assertThat(object.properties().get(0).objectData()).singleElement()
          .extracting(MObject::developerName).isEqualTo("Create Order REQUEST - address");
    });
    EngineValue lines = inputs.get(1);
    assertThat(lines.typeElementDeveloperName()).isEqualTo("Create Order REQUEST - lines");
    assertThat(lines.objectData()).extracting(MObject::order).containsExactly(0, 1);
    assertThat(lines.objectData().get(0).properties()).extracting(Property::contentValue)
        .containsExactly("3", "2025-03-18T12:00:00.000Z", "AB-1", "19.990");
  }

  @Test
  void aRequestRoundTripsThroughTheInputsThePlatformSends() {
    Object request = orderRequest();

    Object decoded =
        orders.callStatic("CreateOrderCodec", "decodeInputs", orders.callStatic("CreateOrderCodec", "encodeInputs", request));

    assertThat(decoded).isEqualTo(request);
    assertThat(CompiledCase.component(decoded, "priority")).isNull();
  }

  @Test
  void aRequestWithDatesAndEnumsRoundTrips() {
    Object request = catalog.record("BrowseRequest", LocalDate.of(2025, 3, 14), "/a/b", catalog.constant("ItemStatus", "ON_HOLD"));

    @SuppressWarnings("unchecked")
    List<EngineValue> inputs = (List<EngineValue>) catalog.callStatic("BrowseCodec", "encodeInputs", request);

    assertThat(inputs).extracting(EngineValue::contentValue)
        .containsExactly("2025-03-14T00:00:00.000Z", "/a/b", "on hold");
    assertThat(catalog.callStatic("BrowseCodec", "decodeInputs", inputs)).isEqualTo(request);
  }

  @Test
  void nullObjectsAndListsAreNotProvidedSoTheyReadBackAsNullAndRequiredOnesAsMissing() {
    Object customer = orders.record("CreateOrderRequestCustomer", null, "C-1", null);
    Object request = orders.record("CreateOrderRequest", customer, null, null, "SO-1", null, null);
    Object withoutCustomer = orders.record("CreateOrderRequest", null, List.of(), null, "SO-2", null, null);

    @SuppressWarnings("unchecked")
    List<EngineValue> inputs = (List<EngineValue>) orders.callStatic("CreateOrderCodec", "encodeInputs", request);
    @SuppressWarnings("unchecked")
    List<EngineValue> noCustomer = (List<EngineValue>) orders.callStatic("CreateOrderCodec", "encodeInputs", withoutCustomer);

    assertThat(inputs.get(1).objectData()).as("lines: not provided").isNull();
    assertThat(noCustomer.get(1).objectData()).as("lines: provided empty").isEmpty();
    assertThat(orders.callStatic("CreateOrderCodec", "decodeInputs", inputs)).isEqualTo(request);
    assertThatThrownBy(() -> orders.callStatic("CreateOrderCodec", "decodeInputs", noCustomer))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("'customer'");
  }

  @Test
  void encodingNoRequestFailsNamingTheAction() {
    assertThatThrownBy(() -> orders.callStatic("CreateOrderCodec", "encodeInputs", (Object) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("No request for the message action 'Create Order'");
  }

  @Test
  void aResponseRoundTripsThroughTheOutputsTheServiceSends() {
    Object warning = orders.record("CreateOrderResponseWarnings", "W01", "Partial stock");
    Object noMessage = orders.record("CreateOrderResponseWarnings", "W02", null);
    Object response =
        orders.record("CreateOrderResponse", false, SHIP_DATE, "0000123", new BigDecimal("59.970"), List.of(warning, noMessage));

    Object decoded =
        orders.callStatic("CreateOrderCodec", "decodeOutputs", orders.callStatic("CreateOrderCodec", "encodeOutputs", response));

    assertThat(decoded).isEqualTo(response);
  }

  @Test
  void aResponseWithRecursiveListsDatesDecimalsAndEnumsRoundTrips() {
    Object weights = catalog.record("BrowseResponseWeights", new BigDecimal("0.25"));
    Object tag = catalog.record("BrowseResponseTags", "sale", List.of(weights, catalog.record("BrowseResponseWeights", (Object) null)));
    Object leaf =
        catalog.record("BrowseResponseNode", List.of(), "leaf", LocalDate.of(2024, 2, 29), catalog.constant("ItemStatus", "RETIRED"), List.of(tag));
    Object root = catalog.record("BrowseResponseNode", List.of(leaf), "root", null, null, List.of());
    Object response = catalog.record("BrowseResponse", root, 2L);

    Object decoded =
        catalog.callStatic("BrowseCodec", "decodeOutputs", catalog.callStatic("BrowseCodec", "encodeOutputs", response));

    assertThat(decoded).isEqualTo(response);
  }

  @Test
  void decodedOutputsAreLenientAboutRequiredOutputs() {
    Object decoded = catalog.callStatic("BrowseCodec", "decodeOutputs", List.of());
    Object fromNull = catalog.callStatic("BrowseCodec", "decodeOutputs", (Object) null);

    assertThat(decoded).as("total is a required output").isEqualTo(catalog.record("BrowseResponse", null, null));
    assertThat(fromNull).isEqualTo(decoded);
  }

  @Test
  void anOutputThatDoesNotFitFailsNamingIt() {
    List<EngineValue> outputs = List.of(EngineValue.scalar("total", ContentType.NUMBER, "2.5"));

    assertThatThrownBy(() -> catalog.callStatic("BrowseCodec", "decodeOutputs", outputs))
        .isInstanceOfSatisfying(CodecException.class, e -> assertThat(e.path()).isEqualTo("total"));
  }

  @Test
  void anActionWithoutInputsOrOutputsEncodesNoInputsAndDecodesAnEmptyResponse() {
    assertThat(catalog.callStatic("NewCodec", "encodeInputs", catalog.record("NewRequest"))).isEqualTo(List.of());
    assertThat(catalog.callStatic("NewCodec", "decodeOutputs", List.of(EngineValue.scalar("x", ContentType.STRING, "y"))))
        .isEqualTo(catalog.record("NewResponse"));
  }

  @Test
  void typedInputsGoThroughTheBuiltServiceToTypedOutputs() throws Exception {
    FlowService<?> service = orders.service("OrdersProbe", "service");
    Object configuration = orders.record("OrdersConfiguration", "secret", "EU", new BigDecimal("100"), null, null);
    @SuppressWarnings("unchecked")
    List<EngineValue> inputs = (List<EngineValue>) orders.callStatic("CreateOrderCodec", "encodeInputs", orderRequest());

    List<EngineValue> outputs = invoke(service.messageAction("actions/create-order").orElseThrow(), inputs, configuration);
    Object response = orders.callStatic("CreateOrderCodec", "decodeOutputs", outputs);

    assertThat(response).isEqualTo(
        orders.record("CreateOrderResponse", true, SHIP_DATE, "SO-10042 for Acme & Co in EU", new BigDecimal("64.970"),
            List.of()));
  }

  @Test
  void theBuiltServiceDispatchesByUriPartThroughTheCodecsToTheImplementation() throws Exception {
    FlowService<?> service = orders.service("OrdersProbe", "service");
    Object configuration =
        orders.record("OrdersConfiguration", "secret", "EU", new BigDecimal("100"), null, null);
    List<EngineValue> inputs =
        List.of(
            EngineValue.scalar("orderNumber", ContentType.STRING, "SO-10042"),
            customerInput(),
            line("AB-1", "3", "19.99"));

    MessageActionBinding<?, ?, ?> binding = service.messageAction("actions/create-order").orElseThrow();
    List<EngineValue> outputs = invoke(binding, inputs, configuration);

    assertThat(binding.syncTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(outputs).filteredOn(v -> v.developerName().equals("orderId")).singleElement()
        .extracting(EngineValue::contentValue).isEqualTo("SO-10042 for Acme Ltd in EU");
    assertThat(outputs).filteredOn(v -> v.developerName().equals("total")).singleElement()
        .extracting(EngineValue::contentValue).isEqualTo("59.97");
    assertThat(outputs).filteredOn(v -> v.developerName().equals("estimatedShip")).singleElement()
        .extracting(EngineValue::contentValue).isEqualTo("2025-03-18T12:00:00.000Z");
    assertThat(outputs).filteredOn(v -> v.developerName().equals("warnings")).singleElement()
        .satisfies(w -> assertThat(w.objectData()).hasSize(1));
  }

  @Test
  void aZeroSyncTimeoutLeavesTheServerDefault() {
    FlowService<?> service = catalog.service("CatalogProbe", "service");

    assertThat(service.messageAction("actions/browse").orElseThrow().syncTimeout()).isNull();
    assertThat(service.messageAction("actions/new").orElseThrow().syncTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  /** What a server does with a binding, with the wildcards captured. */
  @SuppressWarnings("unchecked")
  static <C, I, O> List<EngineValue> invoke(MessageActionBinding<C, I, O> binding, List<EngineValue> inputs, Object configuration)
      throws Exception {
    ActionContext<C> context = new TestContext<>((C) configuration);
    I request = binding.decodeInputs().apply(inputs);
    O response = binding.implementation().execute(request, context);
    return binding.encodeOutputs().apply(response);
  }
}
