package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.flowkit.runtime.example.CreateOrder;
import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.testing.Await;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The action pool's queue is bounded: with every action thread busy and the queue full, a message
 * action is refused at once with {@code 503}, {@code Retry-After} and a {@code ServiceProblem} —
 * not queued without bound — and is not run; the pool serves again once it has room. So are the
 * actions in progress, those answered {@code WAIT} included, which hold no thread.
 */
class ActionQueueLimitTest {

  private static final String ORDER =
      "{\"configurationValues\":[{\"developerName\":\"API Key\",\"contentType\":\"ContentPassword\",\"contentValue\":\"k\"}],"
          + "\"inputs\":[{\"developerName\":\"customerName\",\"contentType\":\"ContentString\",\"contentValue\":\"Ada\"}]}";

  @Test
  void pastTheRunningAndQueuedActionsACallIsRefusedWith503AndRetryAfter() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    CreateOrder.Action blocking =
        (request, context) -> {
          runs.incrementAndGet();
          running.countDown();
          release.await(30, TimeUnit.SECONDS);
          return new CreateOrder.Response("o", BigDecimal.ONE, OffsetDateTime.now(), true, null);
        };
    ExampleImplementations others = new ExampleImplementations();
    HttpClient client = HttpClient.newHttpClient();
    try (FlowServer server =
        FlowServer.builder()
            .port(0)
            .actionThreads(1)
            .actionQueue(1)
            .service(OrdersService.builder().createOrder(blocking).shipOrder(others.shipping, Duration.ofSeconds(30))
                .ticket(others.tickets).receipts(others.receipts).build())
            .start()) {
      URI uri = server.uri("/fs/orders/actions/create-order");
      CompletableFuture<HttpResponse<String>> first = post(client, uri);
      assertThat(running.await(10, TimeUnit.SECONDS)).as("the first action runs").isTrue();

      // One of the next two waits in the queue; the other finds it full.
      CompletableFuture<HttpResponse<String>> second = post(client, uri);
      CompletableFuture<HttpResponse<String>> third = post(client, uri);
      HttpResponse<?> refused = (HttpResponse<?>) CompletableFuture.anyOf(second, third).get(10, TimeUnit.SECONDS);

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
      assertThat(refused.headers().firstValue("X-ManyWho-Service-Problem-Kind")).hasValue("service");
      assertThat((String) refused.body()).contains("\"statusCode\":503").contains("retry later").doesNotContain("Exception");
      assertThat(runs.get()).as("actions run so far").isEqualTo(1);

      release.countDown();
      CompletableFuture<HttpResponse<String>> waited = second.isDone() && second.join() == refused ? third : second;
      HttpResponse<String> queued = waited.get(10, TimeUnit.SECONDS);
      assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(queued.statusCode()).isEqualTo(200);
      assertThat(runs.get()).as("the refused call never ran").isEqualTo(2);
      assertThat(post(client, uri).get(10, TimeUnit.SECONDS).statusCode()).as("served again once there is room").isEqualTo(200);
    }
  }

  @Test
  void actionsAnsweredWaitHoldTheirSlotUntilTheyFinishAndPastTheSlotsACallIsRefused() throws Exception {
    HttpServer platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    List<String> callbacks = new CopyOnWriteArrayList<>();
    platform.createContext("/", exchange -> {
      callbacks.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    platform.start();
    ExampleImplementations implementations = new ExampleImplementations();
    HttpClient client = HttpClient.newHttpClient();
    try (FlowServer server =
        FlowServer.builder().port(0).maxActionsInProgress(2).service(implementations.service(Duration.ofSeconds(30))).start()) {
      URI ship = server.uri("/fs/orders/actions/ship-order");
      String callback = "http://127.0.0.1:" + platform.getAddress().getPort() + "/api/run/1/response";
      // Two actions answer WAIT at once and do not finish: no thread is held, both slots are.
      for (String id : List.of("defer-1", "defer-2")) {
        assertThat(post(client, ship, shipOrder(id, callback)).get(10, TimeUnit.SECONDS).body()).contains("\"invokeType\":\"WAIT\"");
      }

      HttpResponse<String> refused = post(client, ship, shipOrder("defer-3", callback)).get(10, TimeUnit.SECONDS);
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
      assertThat(refused.body()).contains("\"statusCode\":503").contains("in progress").doesNotContain("Exception");
      assertThat(implementations.shipping.started("defer-3")).as("the refused action was started").isFalse();
      // Every message action shares the slots, not just the one that waits.
      assertThat(post(client, server.uri("/fs/orders/actions/create-order"), ORDER).get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(503);

      implementations.shipping.complete("defer-1", "track-1");
      Await.until("the finished action's callback", Duration.ofSeconds(10), () -> callbacks.size() == 1);
      assertThat(callbacks.get(0)).contains("track-1");
      assertThat(post(client, ship, shipOrder("now-4", callback)).get(10, TimeUnit.SECONDS).body())
          .as("a slot is free again once an action finished").contains("\"invokeType\":\"FORWARD\"");
      implementations.shipping.complete("defer-2", "track-2");
    } finally {
      platform.stop(0);
    }
  }

  @Test
  void aBoundOnActionsInProgressBelowOneIsRefused() {
    assertThatThrownBy(() -> FlowServer.builder().maxActionsInProgress(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxActionsInProgress");
  }

  private static String shipOrder(String orderId, String callbackUri) {
    return "{\"callbackUri\":\"" + callbackUri + "\",\"configurationValues\":[{\"developerName\":\"API Key\","
        + "\"contentType\":\"ContentPassword\",\"contentValue\":\"k\"}],\"inputs\":[{\"developerName\":\"orderId\","
        + "\"contentType\":\"ContentString\",\"contentValue\":\"" + orderId + "\"}]}";
  }

  @Test
  void aQueueSizeBelowOneIsRefused() {
    assertThatThrownBy(() -> FlowServer.builder().actionQueue(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static CompletableFuture<HttpResponse<String>> post(HttpClient client, URI uri) {
    return post(client, uri, ORDER);
  }

  private static CompletableFuture<HttpResponse<String>> post(HttpClient client, URI uri, String body) {
    return client.sendAsync(
        HttpRequest.newBuilder(uri).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
