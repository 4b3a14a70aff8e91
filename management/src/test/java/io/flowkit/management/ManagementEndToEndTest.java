package io.flowkit.management;

import static io.flowkit.management.ManagementClient.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.example.Ticket;
import io.flowkit.runtime.server.FlowServer;
import io.flowkit.runtime.service.CallbackRetry;
import io.flowkit.runtime.testing.Await;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.runtime.wire.ServiceResponse;
import io.flowkit.testkit.CallbackReceiver;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.ListFilterBuilder;
import io.flowkit.testkit.ServiceCallException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The example Orders service on a real {@link FlowServer} with management on a port of its own and
 * a stand-in store mounted; calls are made over HTTP by {@link FlowPlatform}, and the page, the JSON
 * and the metrics are read over HTTP after them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementEndToEndTest {

  static final String SERVICE = "Orders";
  static final String CREATE = "actions/create-order";
  static final String SHIP = "actions/ship-order";
  static final String API_KEY = "s3cr3t-K3y-value";
  static final List<EngineValue> CONFIGURATION =
      ValueWriter.engineValues().string("API Key", API_KEY).string("Region", "eu-west").number("Max Lines", 10).build();

  ExampleImplementations implementations;
  FakeStore store;
  Management management;
  FlowServer server;
  CallbackReceiver callbacks;
  FlowPlatform platform;
  ManagementClient view;

  @BeforeAll
  void start() throws Exception {
    implementations = new ExampleImplementations();
    callbacks = CallbackReceiver.start();
    store = new FakeStore();
    management = Management.onPort(0);
    server =
        FlowServer.builder()
            .port(0)
            .service(implementations.service(Duration.ofMillis(200)))
            .store(store)
            .callbackRetry(new CallbackRetry(4, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5)))
            .management(management)
            .start();
    platform =
        FlowPlatform.builder(server.uri(OrdersService.PATH)).tenantId("tenant-1").configuration(CONFIGURATION).callbacks(callbacks).build();
    view = new ManagementClient(management.uri());
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
    callbacks.close();
  }

  ServiceResponse createOrder(String customer) {
    return platform.invoke(CREATE, ValueWriter.engineValues().string("customerName", customer).build());
  }

  @Test
  void callsMoveTheCountsOfTheirListenerOnThePageAndInTheJson() throws Exception {
    JsonNode before = view.listener(view.status(), SERVICE, CREATE, "invoke");

    createOrder("Ada");
    createOrder("Grace");
    assertThatThrownBy(() -> createOrder("refuse")).isInstanceOf(ServiceCallException.class);
    assertThatThrownBy(() -> createOrder("explode")).isInstanceOf(ServiceCallException.class);

    JsonNode after = view.listener(view.status(), SERVICE, CREATE, "invoke");
    assertThat(after.get("calls").asLong() - before.get("calls").asLong()).isEqualTo(4);
    assertThat(after.get("errors").get("4xx").asLong() - before.get("errors").get("4xx").asLong()).isEqualTo(1);
    assertThat(after.get("errors").get("5xx").asLong() - before.get("errors").get("5xx").asLong()).isEqualTo(1);
    assertThat(after.get("uri").asText()).isEqualTo("/fs/orders/actions/create-order");
    assertThat(after.get("latencyMillis").get("p50").asDouble()).isPositive();
    assertThat(after.get("latencyMillis").get("p99").asDouble())
        .isGreaterThanOrEqualTo(after.get("latencyMillis").get("p50").asDouble());
    assertThat(after.get("lastError").get("status").asInt()).isEqualTo(500);
    assertThat(after.get("lastError").get("message").asText()).isEqualTo("The message action 'Create Order' failed");

    Element row = listenerRow(view.page(), CREATE, "invoke");
    assertThat(row.select("td").get(4).text()).isEqualTo(after.get("calls").asText());
    assertThat(row.select("td").get(5).text()).isEqualTo(after.get("errors").get("4xx").asText());
    assertThat(row.select("td").get(6).text()).isEqualTo(after.get("errors").get("5xx").asText());
    assertThat(row.select("td").last().text()).contains("500").contains("The message action 'Create Order' failed");
  }

  @Test
  void everyListenerIsListedWithItsUriPartAndConfigurationNamesWithoutValues() throws Exception {
    JsonNode status = view.status();
    JsonNode service = status.get("services").get(0);
    assertThat(service.get("name").asText()).isEqualTo(SERVICE);
    assertThat(service.get("path").asText()).isEqualTo("/fs/orders");
    assertThat(service.get("configurationValues").findValuesAsText("name")).containsExactly("API Key", "Max Lines", "Region");
    assertThat(service.get("configurationValues").get(0).get("secret").asBoolean()).isTrue();
    assertThat(service.get("configurationValues").get(0).has("value")).isFalse();
    assertThat(view.listener(status, SERVICE, SHIP, "invoke").get("uri").asText()).isEqualTo("/fs/orders/actions/ship-order");
    assertThat(view.listener(status, SERVICE, Ticket.TYPE_NAME, "save").get("uri").asText()).isEqualTo("/fs/orders/data");
    assertThat(view.listener(status, SERVICE, Ticket.TYPE_NAME, "delete").get("uri").asText()).isEqualTo("/fs/orders/data/delete");
    assertThat(view.listener(status, SERVICE, "/file", "upload").get("uri").asText()).isEqualTo("/fs/orders/file/content");

    Document page = view.page();
    assertThat(page.select("section.service h2").text()).contains("Orders").contains("/fs/orders");
    assertThat(page.select("ul.cfg li").eachText())
        .anySatisfy(item -> assertThat(item).startsWith("API Key").contains("secret: never shown"));
    assertThat(listenerRow(page, Ticket.TYPE_NAME, "load").select("td").get(0).text()).isEqualTo("data");
    assertThat(listenerRow(page, "/file", "list").select("td").get(0).text()).isEqualTo("file");
  }

  @Test
  void secretsNeverReachThePageTheJsonOrTheMetrics() throws Exception {
    // The action puts the API key in its refusal; the runtime takes it out, the view must not bring it back.
    assertThatThrownBy(() -> createOrder("leak")).isInstanceOf(ServiceCallException.class);

    JsonNode listener = view.listener(view.status(), SERVICE, CREATE, "invoke");
    assertThat(listener.get("lastError").get("status").asInt()).isEqualTo(422);
    assertThat(listener.get("lastError").get("message").asText()).startsWith("The shop refused the key");
    assertThat(view.get("/status").body()).doesNotContain(API_KEY);
    assertThat(view.get("/").body()).doesNotContain(API_KEY);
    assertThat(view.get("/metrics").body()).doesNotContain(API_KEY);
  }

  @Test
  void dataAndFileCallsAreCountedUnderTheirTypeAndResource() throws Exception {
    JsonNode before = view.status();
    platform.load(Ticket.TYPE_NAME, ListFilterBuilder.create().build());
    platform.listFiles("/file", null);
    platform.uploadFile("/file", "r.txt", "text/plain", "receipt".getBytes());
    assertThatThrownBy(() -> platform.load("NoSuchType", ListFilterBuilder.create().build()))
        .isInstanceOf(ServiceCallException.class);

    JsonNode after = view.status();
    assertThat(delta(before, after, Ticket.TYPE_NAME, "load")).isEqualTo(1);
    assertThat(delta(before, after, "/file", "list")).isEqualTo(1);
    assertThat(delta(before, after, "/file", "upload")).isEqualTo(1);
    JsonNode unmatched = view.listener(after, SERVICE, "(unmatched)", "load");
    assertThat(unmatched.get("errors").get("4xx").asLong()).isPositive();
    assertThat(unmatched.get("lastError").get("message").asText()).contains("NoSuchType");
  }

  @Test
  void callerTextIsEscapedOnThePage() throws Exception {
    String hostile = "<script>alert('x')</script><b onclick=\"y\">";
    assertThatThrownBy(() -> platform.load(hostile, ListFilterBuilder.create().build())).isInstanceOf(ServiceCallException.class);

    Document page = view.page();
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("b")).isEmpty();
    assertThat(page.select("[onclick]")).isEmpty();
    assertThat(listenerRow(page, "(unmatched)", "load").select("td").last().text()).contains("<script>alert('x')</script>");
    assertThat(view.get("/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
  }

  @Test
  void waitInFlightAndCallbacksPendingRetriedAndDelivered() throws Exception {
    JsonNode before = view.status();
    ServiceResponse first = platform.invoke(SHIP, ValueWriter.engineValues().string("orderId", "slow-m1").build());
    assertThat(first.invokeType()).isEqualTo(InvokeType.WAIT);
    Await.until("the WAIT shows in flight", Duration.ofSeconds(10),
        () -> view.listener(view.status(), SERVICE, SHIP, "invoke").get("waitsInFlight").asInt() == 1);
    assertThat(listenerRow(view.page(), SHIP, "invoke").select("td").get(10).text()).isEqualTo("1");
    // A WAITed action still holds its place among the actions in progress.
    assertThat(view.status().get("server").get("actionsInProgress").asInt()).isEqualTo(1);
    assertThat(view.status().get("server").get("maxActionsInProgress").asInt()).isEqualTo(10_000);
    assertThat(view.scrape().get(key("flowkit_actions_in_progress"))).isEqualTo(1.0);
    assertThat(view.page().select("header #actions").text()).isEqualTo("1 of 10000 actions in progress");

    callbacks.rejectNext(1);
    implementations.shipping.complete("slow-m1", "TRACK-M1");
    callbacks.await(first.token(), Duration.ofSeconds(10));

    Await.until("the callback shows delivered", Duration.ofSeconds(10),
        () -> view.status().get("callbacks").get("delivered").asLong() == before.get("callbacks").get("delivered").asLong() + 1);
    JsonNode after = view.status();
    assertThat(after.get("callbacks").get("retried").asLong() - before.get("callbacks").get("retried").asLong()).isEqualTo(1);
    assertThat(after.get("callbacks").get("pending").asLong()).isZero();
    JsonNode ship = view.listener(after, SERVICE, SHIP, "invoke");
    assertThat(ship.get("waitsInFlight").asInt()).isZero();
    assertThat(after.get("server").get("actionsInProgress").asInt()).isZero();
    assertThat(view.scrape().get(key("flowkit_actions_in_progress"))).isEqualTo(0.0);
    assertThat(ship.get("waits").asLong() - view.listener(before, SERVICE, SHIP, "invoke").get("waits").asLong()).isEqualTo(1);
  }

  @Test
  void prometheusScrapeHasFlowkitJettyAndJvmMeters() throws Exception {
    Map<String, Double> before = view.scrape();
    createOrder("Scraped");

    Map<String, Double> samples = view.scrape();
    String success =
        key("flowkit_calls_seconds_count", "service", SERVICE, "kind", "message", "listener", CREATE, "operation", "invoke", "outcome", "success");
    assertThat(samples.get(success) - before.getOrDefault(success, 0.0)).isEqualTo(1.0);
    assertThat(samples).containsKey(
        key("flowkit_call_latency_seconds", "service", SERVICE, "kind", "message", "listener", CREATE, "operation", "invoke", "quantile", "0.99"));
    assertThat(samples).containsKey(key("flowkit_waits_in_flight", "service", SERVICE, "kind", "message", "listener", SHIP, "operation", "invoke"));
    assertThat(samples).containsKey(key("flowkit_callbacks_total", "outcome", "given_up"));
    assertThat(samples.get(key("flowkit_store_states_total", "path", FakeStore.PATH, "type", "saved"))).isNotNull();
    assertThat(samples.get(key("flowkit_store_up", "path", FakeStore.PATH))).isEqualTo(1.0);
    assertThat(samples.keySet()).anyMatch(k -> k.startsWith("jetty_server_requests_seconds_count{") && k.contains("status=200"));
    assertThat(samples.keySet()).anyMatch(k -> k.startsWith("jetty_threads_config_max"));
    assertThat(samples.keySet()).anyMatch(k -> k.startsWith("jetty_connections_current"));
    assertThat(samples.keySet()).anyMatch(k -> k.startsWith("jvm_memory_used_bytes{"));
    assertThat(samples.keySet()).anyMatch(k -> k.startsWith("jvm_threads_live_threads"));
    // No tag carries anything a caller chose: every listener tag is one the service defines.
    assertThat(samples.keySet()).filteredOn(k -> k.startsWith("flowkit_calls_seconds_count"))
        .allMatch(k -> k.contains("listener=actions/") || k.contains("listener=Ticket") || k.contains("listener=/file")
            || k.contains("listener=metadata") || k.contains("listener=(unmatched)"));
  }

  @Test
  void storeCountsAndReadinessFollowTheMountedStore() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    client.send(HttpRequest.newBuilder(server.uri(FakeStore.PATH + "/states/t")).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.discarding());
    JsonNode component = view.status().get("components").get(0);
    assertThat(component.get("name").asText()).isEqualTo("store");
    assertThat(component.get("counts").get("states.saved").asLong()).isEqualTo(store.saved.get()).isPositive();

    store.databaseUp = false;
    try {
      HttpResponse<String> ready = client.send(HttpRequest.newBuilder(server.uri("/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("\"status\":\"DOWN\"").contains("{\"name\":\"store /api/storage/1\",\"status\":\"DOWN\"}");
      assertThat(view.status().get("server").get("ready").asBoolean()).isFalse();
      assertThat(view.page().select("section.component .badge").text()).isEqualTo("DOWN");
      assertThat(view.page().select("header .badge").text()).isEqualTo("NOT READY");
      HttpResponse<String> live = client.send(HttpRequest.newBuilder(server.uri("/health/live")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(live.statusCode()).isEqualTo(200);
    } finally {
      store.databaseUp = true;
    }
    HttpResponse<String> ready = client.send(HttpRequest.newBuilder(server.uri("/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).startsWith("{\"status\":\"UP\"");
    assertThat(view.status().get("server").get("ready").asBoolean()).isTrue();
  }

  @Test
  void aMountedComponentsLevelsAreGaugesOnEveryView() throws Exception {
    String held = key("flowkit_store_bodies_held_bytes", "path", FakeStore.PATH);
    store.heldBytes.set(4096);
    try {
      // The component's status is read at most once a second.
      Await.until("the gauge to read the level", Duration.ofSeconds(5), () -> Double.valueOf(4096).equals(view.scrape().get(held)));
      assertThat(view.status().get("components").get(0).get("levels").get("bodies.held.bytes").asLong()).isEqualTo(4096);
      assertThat(view.page().select("section.component table:has(th:contains(Level)) tr:has(code:contains(bodies.held.bytes)) td.n").text())
          .isEqualTo("4096");
      store.heldBytes.set(0);
      // A level goes down again, which no counter could.
      Await.until("the gauge to fall back", Duration.ofSeconds(5), () -> Double.valueOf(0).equals(view.scrape().get(held)));
    } finally {
      store.heldBytes.set(0);
    }
  }

  @Test
  void theFlowPortNeverServesTheManagementView() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String path : List.of("/status", "/metrics", "/fs/orders/status", "/fs/orders/metrics")) {
      HttpResponse<String> answer = client.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path).isIn(404, 405);
      assertThat(answer.body()).as(path).doesNotContain("flowkit_calls").doesNotContain("Runtime management");
    }
    assertThat(management.uri().getPort()).isNotEqualTo(server.port());
  }

  @Test
  void unknownManagementPathsAndMethodsAreProblems() throws Exception {
    assertThat(view.get("/nothing").statusCode()).isEqualTo(404);
    HttpResponse<String> post =
        HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(management.uri() + "/status")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET");
  }

  private static long delta(JsonNode before, JsonNode after, String name, String operation) {
    ManagementClient reader = new ManagementClient(URI.create("http://unused"));
    return reader.listener(after, SERVICE, name, operation).get("calls").asLong()
        - reader.listener(before, SERVICE, name, operation).get("calls").asLong();
  }

  /** The page's row for a listener: its name cell (second) and operation cell (third) match. */
  private static Element listenerRow(Document page, String name, String operation) {
    for (Element row : page.select("table.listeners tr")) {
      if (row.select("td").size() > 2
          && row.select("td").get(1).text().equals(name)
          && row.select("td").get(2).text().equals(operation)) {
        return row;
      }
    }
    throw new AssertionError("No row for " + name + " / " + operation + " on the page");
  }
}
