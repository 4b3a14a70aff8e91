package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.runtime.codec.ValueReader;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.example.Address;
import io.flowkit.runtime.example.CreateOrder;
import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrderLine;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.service.CallbackRetry;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeServiceResponse;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.runtime.wire.ServiceProblem;
import io.flowkit.runtime.wire.ServiceResponse;
import io.flowkit.testkit.ActionResult;
import io.flowkit.testkit.CallbackReceiver;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.RawResponse;
import io.flowkit.testkit.ReceivedCallback;
import io.flowkit.testkit.ServiceCallException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The example Orders service served by a real {@link FlowServer} on an ephemeral port with HTTP
 * Basic authentication, called over HTTP by {@link FlowPlatform}: describe, install, message
 * actions (sync and WAIT with callbacks), authentication and bad input. Data and files have their own
 * test classes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowServerEndToEndTest {

  static final String USER = "account-123";
  static final String TOKEN = "shared-web-server-token";
  static final List<EngineValue> CONFIGURATION =
      ValueWriter.engineValues().string("API Key", "s3cr3t").string("Region", "eu-west").number("Max Lines", 10).build();

  ExampleImplementations implementations;
  FlowServer server;
  CallbackReceiver callbacks;
  FlowPlatform platform;

  @BeforeAll
  void start() throws Exception {
    implementations = new ExampleImplementations();
    callbacks = CallbackReceiver.start();
    server =
        FlowServer.builder()
            .port(0)
            .service(implementations.service(Duration.ofMillis(200)))
            .basicAuth(USER, TOKEN)
            .limits(ServerLimits.DEFAULT.withMaxBodyBytes(64 * 1024).withMaxJsonDepth(50).withMaxStringLength(10_000))
            .callbackRetry(new CallbackRetry(4, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5)))
            .start();
    platform =
        FlowPlatform.builder(server.uri(OrdersService.PATH))
            .basicAuth(USER, TOKEN)
            .tenantId("tenant-1")
            .configuration(CONFIGURATION)
            .callbacks(callbacks)
            .build();
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
    callbacks.close();
  }

  // ---- describe / install -------------------------------------------------------------------

  @Test
  void describeWorksWithoutAnyConfigurationValues() {
    DescribeServiceResponse described = platform.withConfiguration(List.of()).describe();

    assertThat(described.providesLogic()).isTrue();
    assertThat(described.providesDatabase()).isTrue();
    assertThat(described.providesFiles()).isTrue();
    assertThat(described.providesIdentity()).isFalse();
    assertThat(described.configurationValues()).extracting(v -> v.developerName())
        .containsExactly("API Key", "Max Lines", "Region");
    assertThat(described.actions()).extracting(a -> a.uriPart())
        .containsExactly("actions/create-order", "actions/ship-order");
  }

  @Test
  void describeAnswersGetAsWellAsPostAndWritesBothSpellingsOfTheFlags() {
    RawResponse answer = platform.send("GET", "metadata", Map.of(), HttpRequest.BodyPublishers.noBody());

    assertThat(answer.status()).isEqualTo(200);
    JsonNode apiKey = answer.json().get("configurationValues").get(0);
    assertThat(apiKey.get("developerName").asText()).isEqualTo("API Key");
    assertThat(apiKey.get("isRequired").asBoolean()).isTrue();
    assertThat(apiKey.get("required").asBoolean()).isTrue();
    assertThat(apiKey.get("contentValue").isNull()).isTrue();
    assertThat(answer.json().get("actions").get(0).has("isViewMessageAction")).isTrue();
    assertThat(platform.describeWithGet().actions()).hasSize(2);
  }

  @Test
  void installAnswersTheSupersetOfActionsTypeElementsAndTypes() {
    DescribeServiceResponse installed = platform.install();

    assertThat(installed.actions()).hasSize(2);
    assertThat(installed.install().typeElements()).extracting(t -> t.developerName())
        .containsExactly(
            "$File RESPONSE - Receipt", "Create Order REQUEST - address", "Create Order REQUEST - lines",
            "Create Order RESPONSE - confirmation", "Ticket");
    assertThat(installed.types()).isEqualTo(installed.install().typeElements());
    assertThat(installed.types().get(4).bindings().get(0).databaseTableName()).isEqualTo("Ticket");
  }

  // ---- message actions ----------------------------------------------------------------------

  static List<EngineValue> orderInputs(String customer) {
    return ValueWriter.engineValues()
        .string("customerName", customer)
        .object("address", new Address("1 Main St", "Springfield"), Address.CODEC)
        .list("lines", List.of(new OrderLine("A-1", 2L, new BigDecimal("10.25")), new OrderLine("B-2", 1L, new BigDecimal("5"))), OrderLine.CODEC)
        .date("deliveryDate", LocalDate.of(2024, 6, 1))
        .bool("express", true)
        .build();
  }

  @Test
  void messageActionDecodesNestedInputsAndEncodesOutputsAsStrings() {
    ServiceRequestView sent = new ServiceRequestView(platform.request(CreateOrder.URI_PART, orderInputs("Ann")));
    ServiceResponse answer = platform.invoke(CreateOrder.URI_PART, sent.request);

    assertThat(answer.invokeType()).isEqualTo(InvokeType.FORWARD);
    assertThat(answer.token()).isEqualTo(sent.request.token());
    assertThat(answer.tenantId()).isEqualTo("tenant-1");
    ValueReader outputs = ValueReader.of(answer.outputs());
    assertThat(outputs.decimal("total")).isEqualByComparingTo("25.50");
    assertThat(answer.outputs()).filteredOn(v -> v.developerName().equals("total"))
        .extracting(EngineValue::contentValue).containsExactly("25.50");
    assertThat(answer.outputs()).filteredOn(v -> v.developerName().equals("createdAt"))
        .extracting(EngineValue::contentValue).containsExactly("2024-05-01T10:15:30.123Z");
    assertThat(answer.outputs()).filteredOn(v -> v.developerName().equals("accepted"))
        .extracting(EngineValue::contentValue).containsExactly("false");
    CreateOrder.Confirmation confirmation = outputs.object("confirmation", CreateOrder.Confirmation.CODEC);
    assertThat(confirmation.code()).isEqualTo("eu-west");
    assertThat(confirmation.message()).isEqualTo("Ann in Springfield on 2024-06-01");
    assertThat(implementations.orders.lastRequest.get().lines()).extracting(OrderLine::sku).containsExactly("A-1", "B-2");
    assertThat(implementations.orders.lastContext.get().configuration().apiKey()).isEqualTo("s3cr3t");
    assertThat(implementations.orders.lastContext.get().tenantId()).isEqualTo("tenant-1");
    assertThat(implementations.orders.lastContext.get().requestId()).isNotBlank();
  }

  @Test
  void aTypedRequestGoesInAsInputsAndTheOutputsComeBackDecoded() {
    CreateOrder.Request order =
        new CreateOrder.Request(
            "Cy", new Address("2 High St", "Shelbyville"), List.of(new OrderLine("C-3", 4L, new BigDecimal("2.50"))),
            LocalDate.of(2024, 7, 1), null);
    ServiceRequestView sent = new ServiceRequestView(platform.request(CreateOrder.URI_PART, CreateOrder.encodeInputs(order)));

    ActionResult<CreateOrder.Response> result = platform.invoke(CreateOrder.URI_PART, sent.request, CreateOrder::decodeOutputs);

    assertThat(result.response().invokeType()).isEqualTo(InvokeType.FORWARD);
    assertThat(result.response().token()).isEqualTo(sent.request.token());
    assertThat(implementations.orders.lastRequest.get()).as("the request as the service decoded it").isEqualTo(order);
    String orderId = result.outputs().orderId();
    assertThat(orderId).matches("order-\\d+");
    assertThat(result.outputs()).isEqualTo(
        new CreateOrder.Response(
            orderId, new BigDecimal("10.00"), OffsetDateTime.parse("2024-05-01T10:15:30.123Z"), true,
            new CreateOrder.Confirmation("eu-west", "Cy in Shelbyville on 2024-07-01")));

    CreateOrder.Request bare = new CreateOrder.Request("Di", null, null, null, true);
    ActionResult<CreateOrder.Response> again =
        platform.invoke(CreateOrder.URI_PART, CreateOrder.encodeInputs(bare), CreateOrder::decodeOutputs);
    assertThat(implementations.orders.lastRequest.get()).as("nulls arrive as nulls").isEqualTo(bare);
    assertThat(again.response().token()).isNotEqualTo(sent.request.token());
    assertThat(again.outputs().orderId()).isNotEqualTo(orderId);
    assertThat(again.outputs().accepted()).isFalse();
    assertThat(again.outputs().confirmation().message()).isEqualTo("Di in nowhere on null");
  }

  /** Keeps a request around so its token can be compared. */
  record ServiceRequestView(io.flowkit.runtime.wire.ServiceRequest request) {}

  @Test
  void missingOptionalInputsAreNullNotErrors() {
    ServiceResponse answer =
        platform.invoke(CreateOrder.URI_PART, ValueWriter.engineValues().string("customerName", "Bo").build());

    assertThat(ValueReader.of(answer.outputs()).decimal("total")).isEqualByComparingTo("0");
    assertThat(implementations.orders.lastRequest.get().address()).isNull();
    assertThat(implementations.orders.lastRequest.get().lines()).isNull();
  }

  @Test
  void missingRequiredConfigurationIsA400NamingIt() {
    FlowPlatform unconfigured = platform.withConfiguration(ValueWriter.engineValues().string("Region", "x").build());

    assertThatThrownBy(() -> unconfigured.invoke(CreateOrder.URI_PART, orderInputs("Ann")))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.problem()).get().extracting(ServiceProblem::message).asString()
              .contains("configuration value 'API Key'");
          assertThat(e.response().header(ServiceProblem.KIND_HEADER)).contains("service");
        });
  }

  @Test
  void emptyStringConfigurationCountsAsMissing() {
    FlowPlatform empty = platform.withConfiguration(ValueWriter.engineValues().string("API Key", "").build());

    assertThatThrownBy(() -> empty.invoke(CreateOrder.URI_PART, orderInputs("Ann")))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void missingRequiredInputIsA400NamingIt() {
    assertThatThrownBy(() -> platform.invoke(CreateOrder.URI_PART, ValueWriter.engineValues().bool("express", true).build()))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.problem().orElseThrow().message()).contains("input 'customerName'");
        });
  }

  @Test
  void aValueItsContentTypeCannotHoldIsA400NamingItsPath() {
    List<EngineValue> inputs =
        List.of(
            EngineValue.scalar("customerName", ContentType.STRING, "Ann"),
            EngineValue.structured("lines", ContentType.LIST, OrderLine.TYPE_NAME,
                List.of(io.flowkit.runtime.wire.MObject.of(OrderLine.TYPE_NAME, null, List.of(
                    io.flowkit.runtime.wire.Property.scalar("sku", ContentType.STRING, "A"),
                    io.flowkit.runtime.wire.Property.scalar("quantity", ContentType.NUMBER, "many"))))));

    assertThatThrownBy(() -> platform.invoke(CreateOrder.URI_PART, inputs))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.problem().orElseThrow().message()).contains("lines[0].quantity").contains("many");
        });
  }

  @Test
  void anImplementationFailureIsA500WithoutDetailsButWithARequestId() {
    RawResponse answer =
        platform.send("POST", CreateOrder.URI_PART, "application/json",
            json(platform.request(CreateOrder.URI_PART, orderInputs("explode"))));

    assertThat(answer.status()).isEqualTo(500);
    ServiceProblem problem = answer.problem().orElseThrow();
    String requestId = answer.header("X-Request-Id").orElseThrow();
    assertThat(problem.statusCode()).isEqualTo(500);
    assertThat(problem.message()).contains("Create Order").contains(requestId);
    assertThat(answer.bodyText()).doesNotContain("s3cr3t").doesNotContain("IllegalStateException").doesNotContain("\tat ");
  }

  @Test
  void anImplementationMayChooseItsOwnProblemStatus() {
    assertThatThrownBy(() -> platform.invoke(CreateOrder.URI_PART, orderInputs("refuse")))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.problem().orElseThrow().message()).startsWith("Customer 'refuse' may not order");
        });
  }

  @Test
  void anUnknownActionIsA404() {
    assertThatThrownBy(() -> platform.invoke("actions/nope", List.of()))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.problem().orElseThrow().message()).contains("actions/nope");
        });
  }

  @Test
  void aWrongMethodIsA405WithAllow() {
    RawResponse answer = platform.send("GET", CreateOrder.URI_PART, Map.of(), HttpRequest.BodyPublishers.noBody());
    RawResponse data = platform.send("DELETE", "data", Map.of(), HttpRequest.BodyPublishers.noBody());

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.header("Allow")).contains("POST");
    assertThat(data.status()).isEqualTo(405);
    assertThat(data.header("Allow")).contains("POST, PUT");
  }

  // ---- WAIT and callbacks -------------------------------------------------------------------

  @Test
  void aSlowActionAnswersWaitThenCallsBackWithTheResult() throws Exception {
    ServiceResponse first = platform.invoke("actions/ship-order", ValueWriter.engineValues().string("orderId", "slow-1").build());

    assertThat(first.invokeType()).isEqualTo(InvokeType.WAIT);
    assertThat(first.waitMessage()).isEqualTo("Still shipping slow-1");
    assertThat(first.outputs()).isEmpty();

    implementations.shipping.complete("slow-1", "TRACK-9");
    ReceivedCallback callback = callbacks.await(first.token(), Duration.ofSeconds(10));

    assertThat(callback.response().invokeType()).isEqualTo(InvokeType.FORWARD);
    assertThat(callback.response().tenantId()).isEqualTo("tenant-1");
    assertThat(ValueReader.of(callback.response().outputs()).string("trackingNumber")).isEqualTo("TRACK-9");
    assertThat(callback.tenant()).isEqualTo("tenant-1");
    assertThat(callback.contentType()).startsWith("application/json");
    // Under Basic authentication there is no user token to send back.
    assertThat(callback.authorization()).isNull();
  }

  @Test
  void anActionThatFinishesInTimeAnswersForward() {
    ServiceResponse answer = platform.invoke("actions/ship-order", ValueWriter.engineValues().string("orderId", "now-1").build());

    assertThat(answer.invokeType()).isEqualTo(InvokeType.FORWARD);
    assertThat(ValueReader.of(answer.outputs()).string("trackingNumber")).isEqualTo("track-now-1");
  }

  @Test
  void aFailureAfterWaitIsCalledBackAsARootFault() throws Exception {
    ServiceResponse first = platform.invoke("actions/ship-order", ValueWriter.engineValues().string("orderId", "fail-1").build());
    assertThat(first.invokeType()).isEqualTo(InvokeType.WAIT);

    implementations.shipping.fail("fail-1", new IllegalStateException("carrier password hunter2 expired"));
    ReceivedCallback callback = callbacks.await(first.token(), Duration.ofSeconds(10));

    assertThat(callback.response().rootFaults()).containsKey("Ship Order");
    assertThat(callback.response().rootFaults().get("Ship Order")).doesNotContain("hunter2");
  }

  @Test
  void callbacksAreRetriedWhenThePlatformRefusesThem() throws Exception {
    ServiceResponse first = platform.invoke("actions/ship-order", ValueWriter.engineValues().string("orderId", "retry-1").build());
    assertThat(first.invokeType()).isEqualTo(InvokeType.WAIT);
    int before = callbacks.attempts();
    callbacks.rejectNext(2);

    implementations.shipping.complete("retry-1", "TRACK-R");
    ReceivedCallback callback = callbacks.await(first.token(), Duration.ofSeconds(10));

    assertThat(ValueReader.of(callback.response().outputs()).string("trackingNumber")).isEqualTo("TRACK-R");
    assertThat(callbacks.attempts() - before).isEqualTo(3);
  }

  // ---- authentication -----------------------------------------------------------------------

  @Test
  void basicAuthWithTheWrongTokenIsRefusedWith401() {
    RawResponse answer =
        platform.withBasicAuth(USER, "wrong").send("POST", "metadata", "application/json", "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.header("WWW-Authenticate")).get().asString().startsWith("Basic realm=");
    assertThat(answer.problem()).isPresent();
    assertThat(answer.bodyText()).doesNotContain(TOKEN);
  }

  @Test
  void aMissingOrMalformedAuthorizationIsRefusedWith401() {
    FlowPlatform anonymous = platform.withBasicAuth(null, null);

    assertThat(anonymous.send("POST", "metadata", "application/json", "{}".getBytes(StandardCharsets.UTF_8)).status())
        .isEqualTo(401);
    assertThat(anonymous.send("POST", "metadata", Map.of("Authorization", "Basic not-base64!!"),
        HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(401);
    assertThatThrownBy(() -> anonymous.invoke(CreateOrder.URI_PART, orderInputs("Ann")))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void healthNeedsNoCredentials() throws Exception {
    HttpResponse<String> health =
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/health")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("UP");
  }

  @Test
  void livenessAndReadinessNeedNoCredentialsAndReadinessNamesItsChecks() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> live = client.send(HttpRequest.newBuilder(server.uri("/health/live")).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> ready = client.send(HttpRequest.newBuilder(server.uri("/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> posted =
        client.send(HttpRequest.newBuilder(server.uri("/health/ready")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo("{\"status\":\"UP\",\"checks\":[{\"name\":\"server\",\"status\":\"UP\"}]}");
    assertThat(ready.headers().firstValue("X-Request-Id")).isPresent();
    assertThat(posted.statusCode()).isEqualTo(405);
    assertThat(posted.headers().firstValue("Allow")).hasValue("GET");
    assertThat(server.readiness().ready()).isTrue();
  }

  // ---- bad input ----------------------------------------------------------------------------

  @Test
  void malformedJsonIsA400() {
    RawResponse answer = platform.send("POST", CreateOrder.URI_PART, "application/json", "{\"inputs\": [".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problem().orElseThrow().message()).startsWith("Malformed JSON");
    assertThat(answer.header(ServiceProblem.KIND_HEADER)).contains("service");
  }

  @Test
  void jsonOfTheWrongShapeIsA400NamingTheField() {
    RawResponse answer = platform.send("POST", CreateOrder.URI_PART, "application/json", "{\"inputs\": 5}".getBytes(StandardCharsets.UTF_8));
    RawResponse unknownType =
        platform.send("POST", CreateOrder.URI_PART, "application/json",
            "{\"inputs\": [{\"developerName\":\"customerName\",\"contentType\":\"ContentBanana\"}]}".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problem().orElseThrow().message()).contains("'inputs'");
    assertThat(unknownType.status()).isEqualTo(400);
    assertThat(unknownType.problem().orElseThrow().message()).contains("ContentBanana");
  }

  @Test
  void aWrongContentTypeIsA415() {
    RawResponse answer = platform.send("POST", CreateOrder.URI_PART, "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
    RawResponse upload = platform.send("POST", "file/content", "application/json", "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.problem()).isPresent();
    assertThat(upload.status()).isEqualTo(415);
  }

  @Test
  void anEmptyBodyIsA400() {
    RawResponse answer = platform.send("POST", CreateOrder.URI_PART, "application/json", new byte[0]);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problem().orElseThrow().message()).contains("no JSON body");
  }

  @Test
  void anOversizedBodyIsA413() {
    byte[] big = ("{\"token\":\"" + "x".repeat(9_000) + "\",\"attributes\":{" + "\"k\":\"v\",".repeat(10_000) + "\"z\":\"v\"}}")
        .getBytes(StandardCharsets.UTF_8);
    RawResponse answer = platform.send("POST", CreateOrder.URI_PART, "application/json", big);

    assertThat(big.length).isGreaterThan(64 * 1024);
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.problem().orElseThrow().message()).contains("65536");
  }

  @Test
  void tooDeeplyNestedJsonIsA400() {
    String deep = "{\"somethingNew\":" + "[".repeat(60) + "]".repeat(60) + "}";
    RawResponse answer = platform.send("POST", CreateOrder.URI_PART, "application/json", deep.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problem().orElseThrow().message()).contains("nested deeper").contains("50");
  }

  @Test
  void anOverlongStringIsA400() {
    String longString = "{\"token\":\"" + "y".repeat(20_000) + "\"}";
    RawResponse answer = platform.send("POST", "metadata", "application/json", longString.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problem().orElseThrow().message()).contains("10000 characters");
  }

  @Test
  void aDoubleSlashIsTolerated() throws Exception {
    URI doubled = URI.create(server.uri() + "//fs/orders//metadata");
    String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((USER + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer =
        HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(doubled).header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("actions/create-order");
  }

  @Test
  void anUnknownPathIsA404Problem() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/elsewhere")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue(ServiceProblem.KIND_HEADER)).contains("service");
    assertThat(answer.headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void aGivenRequestIdIsKeptAndQuoted() {
    RawResponse answer =
        platform.send("POST", "actions/nope", Map.of("Content-Type", "application/json", "X-Request-Id", "trace-42"),
            HttpRequest.BodyPublishers.ofString("{}"));

    assertThat(answer.header("X-Request-Id")).contains("trace-42");
    assertThat(answer.problem().orElseThrow().message()).endsWith("(request id trace-42)");
  }

  static byte[] json(Object value) {
    try {
      return io.flowkit.runtime.wire.WireJson.mapper().writeValueAsBytes(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
