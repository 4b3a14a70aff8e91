package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.runtime.codec.ValueReader;
import io.flowkit.runtime.example.CreateOrder;
import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.example.Ticket;
import io.flowkit.runtime.example.ToolsService;
import io.flowkit.runtime.testing.KeptAliveConnection;
import io.flowkit.runtime.testing.LogCapture;
import io.flowkit.runtime.wire.ActionDescription;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeServiceResponse;
import io.flowkit.runtime.wire.DescribeValue;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.runtime.wire.OutcomeRequest;
import io.flowkit.runtime.wire.ServiceProblem;
import io.flowkit.runtime.wire.ServiceRequest;
import io.flowkit.runtime.wire.ServiceResponse;
import io.flowkit.testkit.CallbackReceiver;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.ListFilterBuilder;
import io.flowkit.testkit.PlatformValues;
import io.flowkit.testkit.RawResponse;
import io.flowkit.testkit.ReceivedCallback;
import io.flowkit.testkit.ServiceCallException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The protocol's conformance checklist (flow-service-api.md §12) and issue 3, item by item, over real
 * HTTP: the example Orders service and the hand-written {@link ToolsService} served side by side by
 * one {@link FlowServer}, driven by {@link FlowPlatform} and by raw requests shaped as the platform
 * sends them. {@code docs/conformance.md} maps each item to its test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceEndToEndTest {

  static final String USER = "account-9";
  static final String TOKEN = "basic-token-never-logged";
  static final String API_KEY = "s3cr3t-api-key";
  static final int BODY_LIMIT = 64 * 1024;
  static final List<EngineValue> CONFIGURATION =
      PlatformValues.create().password("API Key", API_KEY).string("Region", "eu").build();
  static final String CONFIGURATION_JSON =
      "[{\"developerName\":\"API Key\",\"contentType\":null,\"contentValue\":\"" + API_KEY + "\",\"objectData\":null}]";

  ExampleImplementations implementations;
  CallbackReceiver callbacks;
  FlowServer server;
  FlowPlatform orders;
  FlowPlatform tools;

  @BeforeAll
  void start() throws Exception {
    implementations = new ExampleImplementations();
    callbacks = CallbackReceiver.start();
    server =
        FlowServer.builder()
            .port(0)
            .service(implementations.service(Duration.ofMillis(100)))
            .service(ToolsService.service())
            .basicAuth(USER, TOKEN)
            .limits(ServerLimits.DEFAULT.withMaxBodyBytes(BODY_LIMIT))
            .start();
    orders =
        FlowPlatform.builder(server.uri(OrdersService.PATH))
            .basicAuth(USER, TOKEN)
            .tenantId("tenant-c")
            .configuration(CONFIGURATION)
            .callbacks(callbacks)
            .build();
    tools =
        FlowPlatform.builder(server.uri(ToolsService.PATH))
            .basicAuth(USER, TOKEN)
            .configuration(PlatformValues.create().password("Token", "tools-secret").build())
            .build();
  }

  @AfterAll
  void stop() {
    server.close();
    callbacks.close();
  }

  RawResponse postOrders(String path, String json) {
    return orders.send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  // ---- wire format (§12 items 1–7) --------------------------------------------------------------

  @Test
  void nullListsAndUnknownFieldsAreToleratedOnEveryEndpoint() {
    String describe = "{\"uri\":null,\"culture\":null,\"configurationValues\":null,\"version\":\"2\",\"somethingNew\":{\"x\":[1]}}";
    String action =
        "{\"token\":\"tok-n\",\"tenantId\":null,\"stateId\":null,\"callbackUri\":null,\"platformUri\":\"https://flow\","
            + "\"culture\":null,\"executionMode\":null,\"annotations\":null,\"attributes\":null,\"outcomes\":null,"
            + "\"configurationValues\":" + CONFIGURATION_JSON + ","
            + "\"inputs\":[{\"developerName\":\"customerName\",\"contentType\":\"ContentString\",\"contentValue\":\"Ann\","
            + "\"objectData\":null,\"typeElementDeveloperName\":null,\"valueElementId\":null,\"objectDataResponse\":null},"
            + "{\"developerName\":\"lines\",\"contentType\":\"ContentList\",\"contentValue\":null,\"objectData\":null}],"
            + "\"brandNewField\":42}";
    String load =
        "{\"stateId\":null,\"token\":null,\"serviceElementId\":\"s\",\"authorization\":null,\"command\":null,\"culture\":null,"
            + "\"configurationValues\":" + CONFIGURATION_JSON + ","
            + "\"listFilter\":{\"id\":null,\"filterByProvidedObjects\":null,\"comparisonType\":null,\"where\":null,"
            + "\"listFilters\":null,\"orderByPropertyDeveloperName\":null,\"orderByDirectionType\":null,\"orderBy\":null,"
            + "\"limit\":null,\"offset\":null,\"offsetToken\":\"cursor\",\"search\":null,\"searchCriteria\":null},"
            + "\"objectDataType\":{\"typeElementId\":null,\"developerName\":\"Ticket\",\"properties\":null},\"objectData\":null}";
    String save =
        "{\"configurationValues\":" + CONFIGURATION_JSON + ",\"objectDataType\":{\"developerName\":\"Ticket\",\"properties\":null},"
            + "\"objectData\":[{\"externalId\":null,\"internalId\":null,\"isSelected\":null,\"order\":null,\"newFlag\":true,"
            + "\"properties\":[{\"developerName\":\"title\",\"contentType\":\"ContentString\",\"contentValue\":\"tolerant\","
            + "\"objectData\":null,\"contentFormat\":null}]}]}";
    String delete = "{\"configurationValues\":" + CONFIGURATION_JSON + ",\"objectDataType\":{\"developerName\":\"Ticket\"},\"objectData\":null,\"listFilter\":null}";
    String files = "{\"configurationValues\":" + CONFIGURATION_JSON + ",\"resourcePath\":null,\"listFilter\":null,\"path\":null}";

    assertThat(postOrders("metadata", describe).status()).isEqualTo(200);
    assertThat(postOrders("metadata/install", describe).status()).isEqualTo(200);
    RawResponse invoked = postOrders(CreateOrder.URI_PART, action);
    assertThat(invoked.status()).isEqualTo(200);
    assertThat(invoked.json().get("token").asText()).isEqualTo("tok-n");
    assertThat(implementations.orders.lastRequest.get().lines()).isNull();
    assertThat(postOrders("data", load).status()).isEqualTo(200);
    RawResponse put = orders.send("PUT", "data", "application/json", save.getBytes(StandardCharsets.UTF_8));
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.json().get("objectData").get(0).get("externalId").asText()).isNotBlank();
    assertThat(postOrders("data/delete", delete).status()).isEqualTo(200);
    assertThat(postOrders("file", files).status()).isEqualTo(200);
  }

  @Test
  void enumsAreReadIgnoringCaseAndWrittenAsTheirText() {
    orders.save("Ticket", List.of(new Ticket(null, "Alpha", BigDecimal.ONE, true, null), new Ticket(null, "Beta", BigDecimal.TEN, true, null)), Ticket.CODEC);
    String action =
        "{\"token\":\"tok-e\",\"configurationValues\":" + CONFIGURATION_JSON + ",\"inputs\":["
            + "{\"developerName\":\"customerName\",\"contentType\":\"contentstring\",\"contentValue\":\"Eve\"},"
            + "{\"developerName\":\"express\",\"contentType\":\"CONTENTBOOLEAN\",\"contentValue\":\"false\"}]}";
    String load =
        "{\"configurationValues\":" + CONFIGURATION_JSON + ",\"objectDataType\":{\"developerName\":\"Ticket\"},"
            + "\"listFilter\":{\"comparisonType\":\"or\",\"where\":[{\"columnName\":\"title\",\"criteriaType\":\"starts_with\",\"contentValue\":\"alp\"},"
            + "{\"columnName\":\"title\",\"criteriaType\":\"Equal\",\"contentValue\":\"beta\"}],"
            + "\"orderByPropertyDeveloperName\":\"title\",\"orderByDirectionType\":\"desc\"}}";

    JsonNode answer = postOrders(CreateOrder.URI_PART, action).json();
    JsonNode loaded = postOrders("data", load).json();

    assertThat(answer.get("invokeType").asText()).isEqualTo("FORWARD");
    assertThat(answer.get("outputs").findValuesAsText("contentType"))
        .contains("ContentBoolean", "ContentObject", "ContentDateTime", "ContentString", "ContentNumber");
    List<String> titles = new ArrayList<>();
    for (JsonNode object : loaded.get("objectData")) {
      for (JsonNode property : object.get("properties")) {
        if (property.get("developerName").asText().equals("title")) {
          titles.add(property.get("contentValue").asText());
        }
        assertThat(property.get("contentType").asText()).startsWith("Content");
      }
    }
    assertThat(titles).containsExactly("Beta", "Alpha");
  }

  @Test
  void scalarsTravelAsStringsEmptyMeansNoValueAndReadingIsLenient() {
    List<EngineValue> inputs =
        PlatformValues.create()
            .string("customerName", "Dee")
            .raw("deliveryDate", ContentType.DATE_TIME, "")
            .raw("express", ContentType.BOOLEAN, "TRUE")
            .build();
    List<EngineValue> dated =
        PlatformValues.create().string("customerName", "Dee").raw("deliveryDate", ContentType.DATE_TIME, "2024-06-01T23:30:00-02:00").build();

    ServiceResponse answer = orders.invoke(CreateOrder.URI_PART, inputs);
    CreateOrder.Request first = implementations.orders.lastRequest.get();
    orders.invoke(CreateOrder.URI_PART, dated);
    CreateOrder.Request second = implementations.orders.lastRequest.get();

    assertThat(first.deliveryDate()).isNull();
    assertThat(first.express()).isTrue();
    assertThat(second.deliveryDate()).isEqualTo(LocalDate.of(2024, 6, 2));
    assertThat(answer.outputs()).allSatisfy(value -> {
      if (!value.contentType().isStructured()) {
        assertThat(value.contentValue()).isNotNull();
      }
    });
    assertThat(ValueReader.of(answer.outputs()).bool("accepted")).isFalse();
    assertThat(answer.outputs()).filteredOn(v -> v.developerName().equals("accepted")).extracting(EngineValue::contentValue).containsExactly("false");
  }

  @Test
  void scalarOutputsCarryAnEmptyObjectDataListAndAnObjectAtMostOneItem() {
    RawResponse answer =
        orders.send("POST", CreateOrder.URI_PART, "application/json",
            FlowServerEndToEndTest.json(orders.request(CreateOrder.URI_PART, PlatformValues.create().string("customerName", "Flo").build())));

    JsonNode outputs = answer.json().get("outputs");
    assertThat(outputs).isNotEmpty();
    for (JsonNode output : outputs) {
      String type = output.get("contentType").asText();
      assertThat(output.get("objectData").isArray()).as("objectData of %s", output.get("developerName")).isTrue();
      if (type.equals("ContentObject")) {
        assertThat(output.get("contentValue").isNull()).isTrue();
        assertThat(output.get("objectData").size()).isLessThanOrEqualTo(1);
      } else {
        assertThat(output.get("objectData")).isEmpty();
        assertThat(output.get("contentValue").isTextual()).isTrue();
      }
    }
  }

  @Test
  void outputsAreNamedExactlyAsDescribed() {
    ActionDescription described =
        orders.describe().actions().stream().filter(a -> a.uriPart().equals(CreateOrder.URI_PART)).findFirst().orElseThrow();

    ServiceResponse answer = orders.invoke(CreateOrder.URI_PART, PlatformValues.create().string("customerName", "Gil").build());

    assertThat(answer.outputs()).extracting(EngineValue::developerName)
        .containsExactlyInAnyOrderElementsOf(described.serviceOutputs().stream().map(DescribeValue::developerName).toList());
  }

  @Test
  void whateverTheCodecWritesPasswordsAreNeverReturnedAndObjectDataIsNeverNull() {
    RawResponse answer =
        tools.send("POST", ToolsService.ECHO, "application/json",
            FlowServerEndToEndTest.json(tools.request(ToolsService.ECHO, PlatformValues.create().string("alpha", "a").build())));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.bodyText()).doesNotContain(ToolsService.SECRET_OUTPUT).doesNotContain("4711-pin");
    JsonNode outputs = answer.json().get("outputs");
    for (JsonNode output : outputs) {
      assertThat(output.get("objectData").isArray()).as("objectData of %s", output.get("developerName")).isTrue();
    }
    JsonNode secret = outputs.get(0);
    assertThat(secret.get("developerName").asText()).isEqualTo("secret");
    assertThat(secret.get("contentType").asText()).isEqualTo("ContentPassword");
    assertThat(secret.get("contentValue").isNull()).isTrue();
    assertThat(outputs.get(2).get("objectData")).isEmpty();
    JsonNode pin = outputs.get(3).get("objectData").get(0).get("properties").get(1);
    assertThat(pin.get("developerName").asText()).isEqualTo("pin");
    assertThat(pin.get("contentValue").isNull()).isTrue();
  }

  // ---- describe / install (§12 items 8–14) ------------------------------------------------------

  @Test
  void describeNeverReadsConfigurationValuesButActionsDo() {
    FlowPlatform badlyConfigured =
        orders.withConfiguration(PlatformValues.create().raw("Max Lines", ContentType.NUMBER, "lots").build());

    DescribeServiceResponse described = badlyConfigured.describe();
    RawResponse empty = orders.send("POST", "metadata", "application/json", new byte[0]);

    assertThat(described.actions()).isNotEmpty();
    assertThat(empty.status()).isEqualTo(200);
    assertThatThrownBy(() -> badlyConfigured.invoke(CreateOrder.URI_PART, PlatformValues.create().string("customerName", "Hal").build()))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.problem().orElseThrow().message()).contains("'API Key'");
        });
  }

  @Test
  void describeSortsInputsAndOutputsAndNeverDescribesAPasswordsDefault() {
    DescribeServiceResponse described = tools.install();

    ActionDescription echo = described.actions().stream().filter(a -> a.developerName().equals("Echo")).findFirst().orElseThrow();
    assertThat(echo.serviceInputs()).extracting(DescribeValue::developerName).containsExactly("alpha", "zeta");
    assertThat(echo.serviceOutputs()).extracting(DescribeValue::developerName).containsExactly("holder", "items", "plain", "secret");
    assertThat(described.configurationValues()).singleElement().satisfies(token -> {
      assertThat(token.contentType()).isEqualTo(ContentType.PASSWORD);
      assertThat(token.contentValue()).isNull();
    });
    assertThat(described.types()).extracting(t -> t.developerName()).containsExactly(ToolsService.ITEM);
  }

  @Test
  void uriPartsWithSeveralSegmentsAreAdvertisedRelativeAndRoutedAsAdvertised() {
    List<String> uriParts = tools.describe().actions().stream().map(ActionDescription::uriPart).toList();

    assertThat(uriParts).containsExactly(ToolsService.ECHO, ToolsService.LONG_PROBLEM);
    assertThat(tools.invoke(ToolsService.ECHO, List.of()).invokeType()).isEqualTo(InvokeType.FORWARD);
    assertThat(tools.invoke("/" + ToolsService.ECHO + "/", List.of()).invokeType()).isEqualTo(InvokeType.FORWARD);
  }

  @Test
  void eachServiceOnTheServerAdvertisesOnlyWhatItImplements() {
    DescribeServiceResponse ordersDescribed = orders.describe();
    DescribeServiceResponse toolsDescribed = tools.describe();

    assertThat(ordersDescribed.providesFiles()).isTrue();
    assertThat(toolsDescribed.providesLogic()).isTrue();
    assertThat(toolsDescribed.providesDatabase()).isTrue();
    assertThat(toolsDescribed.providesFiles()).isFalse();
    for (DescribeServiceResponse described : List.of(ordersDescribed, toolsDescribed)) {
      assertThat(described.providesIdentity()).isFalse();
      assertThat(described.providesListening()).isFalse();
      assertThat(described.providesSocial()).isFalse();
    }
    assertThatThrownBy(() -> tools.listFiles("/file", null))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(() -> orders.invoke(ToolsService.ECHO, List.of()))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> assertThat(e.status()).isEqualTo(404));
    for (String unoffered : List.of("authorization", "authentication", "authorization/user", "listener")) {
      assertThat(postOrders(unoffered, "{}").status()).as(unoffered).isEqualTo(404);
    }
  }

  // ---- message actions (§12 items 15–19) --------------------------------------------------------

  @Test
  void anImplementationMaySelectOneOfTheOfferedOutcomesByNameOrId() {
    List<OutcomeRequest> offered = List.of(OutcomeRequest.of("7d1c-approve", "Approve"), OutcomeRequest.of("9e2f-reject", "Reject"));

    ServiceResponse byName = orders.invoke(CreateOrder.URI_PART, request("outcome:Reject", offered));
    ServiceResponse byId = orders.invoke(CreateOrder.URI_PART, request("outcome:7d1c-approve", offered));
    ServiceResponse unknown = orders.invoke(CreateOrder.URI_PART, request("outcome:Escalate", offered));
    boolean unknownSelected = implementations.orders.lastSelection.get();
    ServiceResponse none = orders.invoke(CreateOrder.URI_PART, request("Ivy", offered));

    assertThat(byName.selectedOutcomeId()).isEqualTo("9e2f-reject");
    assertThat(byId.selectedOutcomeId()).isEqualTo("7d1c-approve");
    assertThat(unknown.selectedOutcomeId()).isNull();
    assertThat(unknownSelected).isFalse();
    assertThat(none.selectedOutcomeId()).isNull();
    assertThat(implementations.orders.lastContext.get().outcomes()).extracting(OutcomeRequest::developerName).containsExactly("Approve", "Reject");
  }

  ServiceRequest request(String customer, List<OutcomeRequest> outcomes) {
    return orders.request(CreateOrder.URI_PART, PlatformValues.create().string("customerName", customer).build(), outcomes);
  }

  @Test
  void waitEchoesTokenAndTenantAndNoThreadIsHeldWhileActionsWait() throws Exception {
    ExampleImplementations waiting = new ExampleImplementations();
    try (CallbackReceiver receiver = CallbackReceiver.start();
        FlowServer single = FlowServer.builder().port(0).service(waiting.service(Duration.ofHours(1))).actionThreads(1).start()) {
      FlowPlatform platform =
          FlowPlatform.builder(single.uri(OrdersService.PATH)).tenantId("tenant-w").configuration(CONFIGURATION).callbacks(receiver).build();

      ServiceResponse first = platform.invoke("actions/ship-order", PlatformValues.create().string("orderId", "defer-a").build());
      ServiceResponse second = platform.invoke("actions/ship-order", PlatformValues.create().string("orderId", "defer-b").build());
      // With its only action thread held by a waiting action this call would itself end in WAIT (after 30 s).
      ServiceResponse third = platform.invoke(CreateOrder.URI_PART, PlatformValues.create().string("customerName", "Jo").build());

      assertThat(first.invokeType()).isEqualTo(InvokeType.WAIT);
      assertThat(second.invokeType()).isEqualTo(InvokeType.WAIT);
      assertThat(first.tenantId()).isEqualTo("tenant-w");
      assertThat(third.invokeType()).isEqualTo(InvokeType.FORWARD);
      waiting.shipping.complete("defer-b", "T-B");
      waiting.shipping.complete("defer-a", "T-A");
      ReceivedCallback a = receiver.await(first.token(), Duration.ofSeconds(10));
      assertThat(a.response().token()).isEqualTo(first.token());
      assertThat(a.response().tenantId()).isEqualTo("tenant-w");
      assertThat(ValueReader.of(a.response().outputs()).string("trackingNumber")).isEqualTo("T-A");
      assertThat(receiver.await(second.token(), Duration.ofSeconds(10)).response().outputs()).isNotEmpty();
    }
  }

  // ---- data actions (§12 items 20–26) -----------------------------------------------------------

  @Test
  void anOperationTheServiceDoesNotOfferIsA400NamingIt() {
    assertThatThrownBy(() -> tools.load(ToolsService.ITEM, ListFilterBuilder.create().build()))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.problem().orElseThrow().message()).contains("does not offer query");
        });
    assertThat(tools.load(ToolsService.ITEM, ListFilterBuilder.byId("i1")).objectData()).singleElement()
        .satisfies(item -> assertThat(item.externalId()).isEqualTo("i1"));
  }

  @Test
  void aLoadedObjectWithoutItsIdentifierIsTheImplementationsFault() {
    assertThatThrownBy(() -> tools.load(ToolsService.ITEM, ListFilterBuilder.byId("noid")))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.problem().orElseThrow().message()).startsWith("Loading 'Item' failed");
        });
  }

  @Test
  void loadReturnsEveryPropertyTheRequestAsksForEachWithItsContentType() {
    orders.save("Ticket", List.of(new Ticket(null, "Props", new BigDecimal("2.5"), false, null)), Ticket.CODEC);
    String load =
        "{\"configurationValues\":" + CONFIGURATION_JSON + ",\"listFilter\":{\"where\":[{\"columnName\":\"title\",\"criteriaType\":\"EQUAL\",\"contentValue\":\"Props\"}]},"
            + "\"objectDataType\":{\"developerName\":\"Ticket\",\"properties\":[{\"developerName\":\"title\",\"list\":null},"
            + "{\"developerName\":\"priority\",\"list\":null},{\"developerName\":\"created\",\"list\":null}]}}";

    JsonNode object = postOrders("data", load).json().get("objectData").get(0);

    assertThat(object.get("developerName").asText()).isEqualTo("Ticket");
    assertThat(object.get("externalId").asText()).isNotBlank();
    List<String> names = new ArrayList<>();
    for (JsonNode property : object.get("properties")) {
      names.add(property.get("developerName").asText());
      assertThat(property.get("contentType").asText()).startsWith("Content");
    }
    assertThat(names).contains("title", "priority", "created");
  }

  // ---- files (§12 items 27–29) ------------------------------------------------------------------

  @Test
  void listedAndUploadedFilesAreFileObjectsWhoseExternalIdIsTheirId() {
    io.flowkit.runtime.wire.MObject uploaded =
        orders.uploadFile("/file", "id.txt", "text/plain", "id".getBytes(StandardCharsets.UTF_8)).objectData().get(0);

    assertThat(uploaded.developerName()).startsWith("$File");
    assertThat(orders.listFiles("/file", null).objectData()).isNotEmpty().allSatisfy(file -> {
      assertThat(file.developerName()).startsWith("$File");
      assertThat(file.externalId()).isNotBlank();
      assertThat(ValueReader.of(file).string("Id")).isEqualTo(file.externalId());
    });
  }

  // ---- errors and secrets (§12 item 34, issue 3 "Security and errors") --------------------------

  @Test
  void problemsNameTheRequestPathAndStayWithin500Characters() {
    RawResponse answer =
        tools.send("POST", ToolsService.LONG_PROBLEM, "application/json", FlowServerEndToEndTest.json(tools.request(ToolsService.LONG_PROBLEM, List.of())));

    ServiceProblem problem = answer.problem().orElseThrow();
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.header(ServiceProblem.KIND_HEADER)).contains("service");
    assertThat(problem.kind()).isEqualTo("service");
    assertThat(problem.statusCode()).isEqualTo(422);
    assertThat(problem.uri()).isEqualTo(ToolsService.PATH + "/" + ToolsService.LONG_PROBLEM);
    assertThat(problem.message()).hasSizeLessThanOrEqualTo(500).startsWith("Refused: xxx")
        .endsWith("(request id " + answer.header("X-Request-Id").orElseThrow() + ")");
  }

  @Test
  void secretsReachNeitherAnswersNorTheLog() throws Exception {
    String log;
    RawResponse failed;
    RawResponse leaked;
    RawResponse refused;
    ReceivedCallback callback;
    try (LogCapture capture = LogCapture.start()) {
      // The implementation's exception quotes the configured password ("database password s3cr3t rejected").
      failed = invokeRaw("explode");
      // ... or it puts the password into a problem of its own.
      leaked = invokeRaw("leak");
      // ... or it fails after WAIT, quoting the password.
      ServiceResponse first = orders.invoke("actions/ship-order", PlatformValues.create().string("orderId", "fail-secret").build());
      assertThat(first.invokeType()).isEqualTo(InvokeType.WAIT);
      implementations.shipping.fail("fail-secret", new IllegalStateException("carrier refused key " + API_KEY));
      callback = callbacks.await(first.token(), Duration.ofSeconds(10));
      refused = orders.withBasicAuth(USER, "wrong-" + TOKEN).send("POST", "metadata", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
      log = capture.text();
    }

    String requestId = failed.header("X-Request-Id").orElseThrow();
    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.bodyText()).doesNotContain(API_KEY).doesNotContain("rejected").doesNotContain("\tat ");
    assertThat(leaked.status()).isEqualTo(422);
    assertThat(leaked.problem().orElseThrow().message()).startsWith("The shop refused the key ******").doesNotContain(API_KEY);
    assertThat(callback.response().rootFaults()).containsKey("Ship Order");
    assertThat(callback.response().rootFaults().toString()).doesNotContain(API_KEY);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.bodyText()).doesNotContain(TOKEN);

    // The log keeps what the implementation said, with the request id, but never the password or a credential.
    assertThat(log).contains("Request " + requestId + ": The message action 'Create Order' failed");
    assertThat(log).contains("java.lang.IllegalStateException: database password ****** rejected");
    assertThat(log).contains("carrier refused key ******");
    assertThat(log).doesNotContain(API_KEY).doesNotContain("s3cr3t").doesNotContain(TOKEN);
    assertThat(log).doesNotContain(Base64.getEncoder().encodeToString((USER + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
  }

  RawResponse invokeRaw(String customer) {
    return orders.send("POST", CreateOrder.URI_PART, "application/json",
        FlowServerEndToEndTest.json(orders.request(CreateOrder.URI_PART, PlatformValues.create().string("customerName", customer).build())));
  }

  // ---- limits (issue 3: 413 for oversized bodies) -----------------------------------------------

  /**
   * A refused request's body is read before the answer, so a client that reuses its kept-alive
   * connection, as a pooling client does, finds it open: on every refusal path, with small bodies
   * and with bodies larger than the limit, in a row on one connection.
   */
  @Test
  void refusedRequestsWithBodiesLeaveTheConnectionOpen() {
    String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
    Map<String, String> json = Map.of("Authorization", basic, "Content-Type", "application/json");
    String action = OrdersService.PATH + "/" + CreateOrder.URI_PART;
    byte[] large = " ".repeat(4 * BODY_LIMIT).getBytes(StandardCharsets.UTF_8);
    byte[] malformed = ("{oops" + " ".repeat(BODY_LIMIT / 2)).getBytes(StandardCharsets.UTF_8);

    try (KeptAliveConnection connection = KeptAliveConnection.open(server.uri())) {
      for (byte[] body : List.of("{}".getBytes(StandardCharsets.UTF_8), large)) {
        assertRefusedAndKeptAlive(connection.send("PUT", action, json, body), 405);
        assertRefusedAndKeptAlive(connection.send("POST", OrdersService.PATH + "/actions/nope", json, body), 404);
        assertRefusedAndKeptAlive(connection.send("POST", "/nothing-here", json, body), 404);
        assertRefusedAndKeptAlive(connection.send("POST", "/health", json, body), 405);
        assertRefusedAndKeptAlive(connection.send("POST", action, Map.of("Content-Type", "application/json"), body), 401);
        assertRefusedAndKeptAlive(connection.send("POST", action, Map.of("Authorization", basic, "Content-Type", "text/plain"), body), 415);
      }
      assertRefusedAndKeptAlive(connection.send("POST", action, json, malformed), 400);
      assertRefusedAndKeptAlive(connection.send("POST", action, json, large), 413);
      assertThat(connection.send("GET", "/health", Map.of(), null).status()).isEqualTo(200);
    }
  }

  static void assertRefusedAndKeptAlive(KeptAliveConnection.Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.header(ServiceProblem.KIND_HEADER)).isEqualTo("service");
    assertThat(answer.keptAlive()).as("kept alive: " + answer).isTrue();
  }

  @Test
  void aBodySomewhatOverTheLimitIsA413EvenForAClientThatReadsOnlyOnceItHasSentEverything() throws Exception {
    byte[] body = new byte[2 << 20]; // 32 times the limit, within what the server drains before answering
    java.util.Arrays.fill(body, (byte) ' ');
    String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
    String head =
        "POST " + OrdersService.PATH + "/" + CreateOrder.URI_PART + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic
            + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n";

    String answer;
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(30));
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer).containsIgnoringCase(ServiceProblem.KIND_HEADER + ": service");
    assertThat(answer).contains("\"statusCode\":413").contains("larger than the limit of " + BODY_LIMIT + " bytes");
  }
}
