package io.flowkit.example.orders;

import static io.flowkit.example.orders.RunningExample.API_KEY;
import static io.flowkit.example.orders.RunningExample.NOW;
import static io.flowkit.example.orders.RunningExample.TENANT;
import static io.flowkit.example.orders.RunningExample.assertProblem;
import static io.flowkit.example.orders.RunningExample.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.example.orders.flow.CreateOrderCodec;
import io.flowkit.example.orders.flow.CreateOrderRequest;
import io.flowkit.example.orders.flow.CreateOrderRequestAddress;
import io.flowkit.example.orders.flow.CreateOrderRequestAttributes;
import io.flowkit.example.orders.flow.CreateOrderRequestCustomer;
import io.flowkit.example.orders.flow.CreateOrderRequestCustomerCodec;
import io.flowkit.example.orders.flow.CreateOrderRequestLines;
import io.flowkit.example.orders.flow.CreateOrderRequestLinesCodec;
import io.flowkit.example.orders.flow.CreateOrderRequestPriority;
import io.flowkit.example.orders.flow.CreateOrderResponse;
import io.flowkit.example.orders.flow.CreateOrderResponseWarnings;
import io.flowkit.example.orders.flow.CreateOrderResponseWarningsCodec;
import io.flowkit.example.orders.flow.GetOrderStatusCodec;
import io.flowkit.example.orders.flow.GetOrderStatusRequest;
import io.flowkit.example.orders.flow.GetOrderStatusResponse;
import io.flowkit.example.orders.flow.GetOrderStatusResponseHistory;
import io.flowkit.example.orders.flow.GetOrderStatusResponseHistoryCodec;
import io.flowkit.example.orders.flow.ShipOrderCodec;
import io.flowkit.example.orders.flow.ShipOrderResponse;
import io.flowkit.example.orders.flow.Status;
import io.flowkit.runtime.codec.ValueReader;
import io.flowkit.runtime.service.FlowUser;
import io.flowkit.runtime.service.UserTokens;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.runtime.wire.ServiceRequest;
import io.flowkit.runtime.wire.ServiceResponse;
import io.flowkit.runtime.wire.WireJson;
import io.flowkit.testkit.ActionResult;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.PlatformValues;
import io.flowkit.testkit.RawResponse;
import io.flowkit.testkit.ReceivedCallback;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The message actions over HTTP: typed requests encoded as the platform's engine values and outputs
 * decoded into typed responses by the generated action codecs (and, where a test looks at the wire
 * form itself, values built with {@code PlatformValues} and read with {@code ValueReader}), WAIT and
 * its callback, and the configuration values.
 */
class MessageActionsTest {

  private static final Duration CALLBACK_WAIT = Duration.ofSeconds(20);

  @TempDir
  static Path receipts;

  static RunningExample example;
  static FlowPlatform platform;

  @BeforeAll
  static void start() throws Exception {
    example = RunningExample.start(receipts);
    platform = example.platform;
  }

  @AfterAll
  static void stop() {
    example.close();
  }

  @Test
  void createOrderTakesNestedObjectsAndListsAndAnswersTypedOutputs() {
    CreateOrderRequest order = new CreateOrderRequest(
        List.of(new CreateOrderRequestAttributes("gift-wrap", "yes"), new CreateOrderRequestAttributes("note", null)),
        new CreateOrderRequestCustomer(
            new CreateOrderRequestAddress("Leeds", "GB", "LS1 4AP", "1 Park Row"), "C-2", "buyer@brick.example", "Brick & Co"),
        LocalDate.parse("2026-03-10"),
        List.of(
            new CreateOrderRequestLines(2L, null, "SKU-1", new BigDecimal("10.25")),
            new CreateOrderRequestLines(1L, null, "SKU-2", null)),
        OffsetDateTime.parse("2026-03-02T09:00:00Z"),
        "PO-4711",
        CreateOrderRequestPriority.HIGH,
        false);

    ActionResult<CreateOrderResponse> result =
        platform.invoke("actions/create-order", CreateOrderCodec.encodeInputs(order), CreateOrderCodec::decodeOutputs);

    ServiceResponse response = result.response();
    assertThat(response.invokeType()).isEqualTo(InvokeType.FORWARD);
    assertThat(response.tenantId()).isEqualTo(TENANT);
    String orderId = result.outputs().orderId();
    assertThat(orderId).matches("EU-WEST-1-\\d+");
    assertThat(result.outputs()).isEqualTo(new CreateOrderResponse(
        true,
        // priority HIGH ships the next day, at noon UTC
        OffsetDateTime.parse("2026-03-03T12:00:00Z"),
        orderId,
        new BigDecimal("20.50"),
        List.of(
            new CreateOrderResponseWarnings("W01", "lines[1].unitPrice", "No unit price for SKU-2: priced at 0"),
            new CreateOrderResponseWarnings("W06", "attributes[1].Value", "Attribute 'note' has no value"))));
    EngineValue warnings = output(response, "warnings");
    assertThat(warnings.contentType()).isEqualTo(ContentType.LIST);
    assertThat(warnings.typeElementDeveloperName()).isEqualTo("Create Order RESPONSE - warnings");
    assertThat(output(response, "total").contentValue()).isEqualTo("20.50");
    assertThat(output(response, "estimatedShip").contentValue()).isEqualTo("2026-03-03T12:00:00.000Z");
  }

  @Test
  void configurationValuesShapeTheOrder() {
    FlowPlatform sandbox = platform.withConfiguration(PlatformValues.create()
        .password("API Key", API_KEY)
        .raw("Sandbox", ContentType.BOOLEAN, "TRUE")
        .raw("Cut-off", ContentType.DATE_TIME, "2026-01-01T16:00:00+00:00")
        .build());
    List<EngineValue> inputs = PlatformValues.create()
        .string("orderNumber", "PO-4712")
        .dateTime("orderDate", OffsetDateTime.parse("2026-03-02T17:30:00Z"))
        .object("customer", new CreateOrderRequestCustomer(null, "C-4", null, "Dee Dawson"), CreateOrderRequestCustomerCodec.INSTANCE)
        .list("lines", List.of(new CreateOrderRequestLines(4L, null, "SKU-9", new BigDecimal("50"))), CreateOrderRequestLinesCodec.INSTANCE)
        .build();

    ValueReader outputs = ValueReader.of(sandbox.invoke("actions/create-order", inputs).outputs());

    assertThat(outputs.string("orderId")).as("Sandbox").startsWith("TEST-");
    // three days for a normal order, one more after the cut-off
    assertThat(outputs.dateTime("estimatedShip")).isEqualTo(OffsetDateTime.parse("2026-03-06T12:00:00Z"));
    assertThat(outputs.bool("accepted")).as("over C-4's credit limit of 150").isFalse();
    assertThat(outputs.list("warnings", CreateOrderResponseWarningsCodec.INSTANCE))
        .extracting(CreateOrderResponseWarnings::code).containsExactly("W02", "W04", "W05");
  }

  @Test
  void maxLinesRefusesALongerOrderWithA400() {
    List<CreateOrderRequestLines> lines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      lines.add(new CreateOrderRequestLines(1L, null, "SKU-" + i, BigDecimal.ONE));
    }
    List<EngineValue> inputs = PlatformValues.create()
        .string("orderNumber", "PO-4713")
        .object("customer", new CreateOrderRequestCustomer(null, "C-1", null, null), CreateOrderRequestCustomerCodec.INSTANCE)
        .list("lines", lines, CreateOrderRequestLinesCodec.INSTANCE)
        .build();

    RawResponse refused = refusal(() -> platform.invoke("actions/create-order", inputs));

    assertThat(assertProblem(refused, 400).message()).startsWith("An order may have at most 5 lines; this one has 6");
  }

  @Test
  void aMissingRequiredInputIsA400NamingIt() {
    List<EngineValue> withoutCustomer = PlatformValues.create()
        .string("orderNumber", "PO-4714")
        .list("lines", List.of(new CreateOrderRequestLines(1L, null, "SKU-1", null)), CreateOrderRequestLinesCodec.INSTANCE)
        .build();
    // A null list is sent as not provided, not as an empty list: the required input is missing.
    CreateOrderRequest withoutLines = new CreateOrderRequest(
        null, new CreateOrderRequestCustomer(null, "C-1", null, null), null, null, null, "PO-4715", null, null);

    RawResponse refused = refusal(() -> platform.invoke("actions/create-order", withoutCustomer));
    RawResponse noLines = refusal(() -> platform.invoke("actions/create-order", CreateOrderCodec.encodeInputs(withoutLines)));

    assertThat(assertProblem(refused, 400).message()).contains("customer");
    assertThat(assertProblem(noLines, 400).message()).contains("'lines'");
  }

  @Test
  void getOrderStatusAnswersTheStatusAndItsHistory() {
    ActionResult<GetOrderStatusResponse> result = platform.invoke("actions/get-order-status",
        GetOrderStatusCodec.encodeInputs(new GetOrderStatusRequest(ExampleService.SAMPLE_ORDER_ID)),
        GetOrderStatusCodec::decodeOutputs);

    assertThat(result.response().invokeType()).isEqualTo(InvokeType.FORWARD);
    assertThat(result.outputs()).isEqualTo(new GetOrderStatusResponse(
        List.of(
            new GetOrderStatusResponseHistory(OffsetDateTime.parse("2025-03-14T09:31:02Z"), Status.RECEIVED),
            new GetOrderStatusResponseHistory(OffsetDateTime.parse("2025-03-14T10:05:00Z"), Status.PICKING)),
        ExampleService.SAMPLE_ORDER_ID,
        Status.PICKING,
        OffsetDateTime.parse("2025-03-14T10:05:00Z")));
  }

  @Test
  void anUnknownOrderIsA404() {
    RawResponse refused = refusal(() -> platform.invoke("actions/get-order-status",
        PlatformValues.create().string("orderId", "NO-SUCH-ORDER").build()));

    assertThat(assertProblem(refused, 404).message()).startsWith("There is no order 'NO-SUCH-ORDER'");
  }

  @Test
  void shipOrderAnswersWaitThenCallsBackWithTheResult() throws Exception {
    String orderId = placeOrder(platform);
    ServiceRequest request = platform.request("actions/ship-order",
        PlatformValues.create().string("orderId", orderId).string("carrier", "ups").build());

    ServiceResponse first = platform.invoke("actions/ship-order", request);

    assertThat(first.invokeType()).isEqualTo(InvokeType.WAIT);
    assertThat(first.waitMessage()).isEqualTo("Booking a UPS courier for order " + orderId);
    assertThat(first.token()).isEqualTo(request.token());
    assertThat(first.tenantId()).isEqualTo(TENANT);
    assertThat(first.outputs()).isEmpty();

    ReceivedCallback callback = example.callbacks.await(request.token(), CALLBACK_WAIT);
    assertThat(callback.response().invokeType()).isEqualTo(InvokeType.FORWARD);
    assertThat(callback.response().token()).isEqualTo(request.token());
    assertThat(callback.response().tenantId()).isEqualTo(TENANT);
    assertThat(callback.tenant()).as("ManyWhoTenant header").isEqualTo(TENANT);
    assertThat(callback.authorization()).as("no user token: the call used Basic credentials").isNull();
    assertThat(callback.contentType()).startsWith("application/json");
    ShipOrderResponse shipped = ShipOrderCodec.decodeOutputs(callback.response().outputs());
    assertThat(shipped.trackingNumber()).matches("UPS\\d+");
    assertThat(shipped).isEqualTo(new ShipOrderResponse(orderId, NOW.atOffset(ZoneOffset.UTC), shipped.trackingNumber()));

    ValueReader status = ValueReader.of(platform.invoke("actions/get-order-status",
        PlatformValues.create().string("orderId", orderId).build()).outputs());
    assertThat(status.enumValue("status", Status::fromValue)).isEqualTo(Status.SHIPPED);
    assertThat(status.list("history", GetOrderStatusResponseHistoryCodec.INSTANCE))
        .extracting(GetOrderStatusResponseHistory::status).containsExactly(Status.RECEIVED, Status.SHIPPED);
  }

  @Test
  void theCallbackCarriesTheRunningUsersTokenWhenFlowSentOne(@TempDir Path ownReceipts) throws Exception {
    FlowUser user = new FlowUser(TENANT, "mw-user-1", "user-1", "ann", "ann@example.com", "Ann", "Archer",
        null, null, null, null, null, null, null, null);
    try (RunningExample withoutBasic = RunningExample.start(ownReceipts, false)) {
      FlowPlatform asUser = withoutBasic.platform.withUser(user);
      String orderId = placeOrder(asUser);
      ServiceRequest request = asUser.request("actions/ship-order", PlatformValues.create().string("orderId", orderId).build());

      assertThat(asUser.invoke("actions/ship-order", request).invokeType()).isEqualTo(InvokeType.WAIT);

      ReceivedCallback callback = withoutBasic.callbacks.await(request.token(), CALLBACK_WAIT);
      assertThat(callback.authorization()).as("the user token the call carried").isEqualTo(UserTokens.encode(user));
      assertThat(URLDecoder.decode(callback.authorization(), StandardCharsets.UTF_8))
          .contains("ManyWhoTenantId=" + TENANT, "UserId=user-1");
      assertThat(callback.tenant()).isEqualTo(TENANT);
      assertThat(ValueReader.of(callback.response().outputs()).string("trackingNumber")).startsWith("DHL");
    }
  }

  @Test
  void shippingAnOrderTwiceIsRefusedAtOnce() throws Exception {
    String orderId = placeOrder(platform);
    ServiceRequest request = platform.request("actions/ship-order", PlatformValues.create().string("orderId", orderId).build());
    platform.invoke("actions/ship-order", request);
    example.callbacks.await(request.token(), CALLBACK_WAIT);

    RawResponse refused = refusal(() -> platform.invoke("actions/ship-order",
        PlatformValues.create().string("orderId", orderId).build()));

    assertThat(assertProblem(refused, 409).message()).startsWith("Order '" + orderId + "' has already shipped");
  }

  @Test
  void theApiKeyIsCheckedButNeverReturned() {
    FlowPlatform wrongKey = platform.withConfiguration(PlatformValues.create().password("API Key", "guessed-key").build());

    RawResponse refused = refusal(() -> wrongKey.invoke("actions/get-order-status",
        PlatformValues.create().string("orderId", ExampleService.SAMPLE_ORDER_ID).build()));

    assertThat(assertProblem(refused, 403).message()).startsWith("The order backend refused the configured API Key")
        .doesNotContain("guessed-key");
    RawResponse accepted = platform.send("POST", "actions/get-order-status", "application/json",
        json(platform.request("actions/get-order-status",
            PlatformValues.create().string("orderId", ExampleService.SAMPLE_ORDER_ID).build())));
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.bodyText()).contains("PICKING").doesNotContain(API_KEY);
  }

  @Test
  void aMissingRequiredConfigurationValueIsA400NamingIt() {
    FlowPlatform unconfigured = platform.withConfiguration(PlatformValues.create().string("Region", "eu-west-1").build());

    RawResponse refused = refusal(() -> unconfigured.invoke("actions/get-order-status",
        PlatformValues.create().string("orderId", ExampleService.SAMPLE_ORDER_ID).build()));

    assertThat(assertProblem(refused, 400).message()).contains("'API Key'");
  }

  /** Places a small order and answers its id. */
  private static String placeOrder(FlowPlatform caller) {
    CreateOrderRequest order = new CreateOrderRequest(
        null, new CreateOrderRequestCustomer(null, "C-3", null, null), null,
        List.of(new CreateOrderRequestLines(1L, null, "SKU-1", BigDecimal.TEN)), null, "PO-SHIP", null, null);
    return caller.invoke("actions/create-order", CreateOrderCodec.encodeInputs(order), CreateOrderCodec::decodeOutputs)
        .outputs().orderId();
  }

  private static EngineValue output(ServiceResponse response, String name) {
    return response.outputs().stream().filter(v -> v.developerName().equals(name)).findFirst().orElseThrow();
  }

  private static byte[] json(Object value) {
    try {
      return WireJson.mapper().writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
