package io.flowkit.management;

import static io.flowkit.management.ManagementClient.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.server.FlowServer;
import io.flowkit.runtime.testing.Await;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.runtime.wire.ServiceResponse;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.PlatformValues;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Management is off unless plugged in, and it still answers, saying not ready, while its server stops. */
class ManagementLifecycleTest {

  @Test
  void withoutManagementNothingIsServedAndNoPortIsOpened() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Management unplugged = Management.onPort(port);
    try (FlowServer server = FlowServer.builder().port(0).service(new ExampleImplementations().service(Duration.ofSeconds(1))).start()) {
      HttpClient client = HttpClient.newHttpClient();
      for (String path : List.of("/", "/status", "/metrics", "/management")) {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(404);
      }
      assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status")).build(),
              HttpResponse.BodyHandlers.discarding()))
          .isInstanceOf(ConnectException.class);
      assertThatThrownBy(unplugged::uri).isInstanceOf(IllegalStateException.class);
      assertThat(server.readiness().ready()).isTrue();
    }
  }

  @Test
  void whileTheServerStopsTheViewSaysNotReadyAndAfterItsPortIsClosed() throws Exception {
    ExampleImplementations implementations = new ExampleImplementations();
    Management management = Management.onPort(0);
    FlowServer server =
        FlowServer.builder()
            .port(0)
            .service(implementations.service(Duration.ofHours(1)))
            .stopTimeout(Duration.ofSeconds(20))
            .management(management)
            .start();
    ManagementClient view = new ManagementClient(management.uri());
    assertThat(view.status().get("server").get("ready").asBoolean()).isTrue();
    FlowPlatform platform = FlowPlatform.builder(server.uri(OrdersService.PATH)).configuration(ManagementEndToEndTest.CONFIGURATION).build();

    CompletableFuture<ServiceResponse> answer =
        CompletableFuture.supplyAsync(() -> platform.invoke("actions/ship-order", PlatformValues.create().string("orderId", "stop-m").build()));
    implementations.shipping.awaitStarted("stop-m");
    CompletableFuture<Void> stopped = CompletableFuture.runAsync(server::close);
    Await.until("the view to say the server is stopping", Duration.ofSeconds(10),
        () -> !view.status().get("server").get("running").asBoolean());

    assertThat(stopped).isNotDone(); // the request in flight holds the stop
    assertThat(server.readiness().ready()).isFalse();
    assertThat(view.status().get("server").get("ready").asBoolean()).isFalse();
    assertThat(view.page().select("header .badge").text()).isEqualTo("SHUTTING DOWN");
    assertThat(view.scrape().get(key("flowkit_server_ready"))).isEqualTo(0.0);

    implementations.shipping.complete("stop-m", "T-M");
    assertThat(answer.get(10, TimeUnit.SECONDS).invokeType()).isEqualTo(InvokeType.FORWARD);
    stopped.get(20, TimeUnit.SECONDS);
    assertThatThrownBy(() -> view.get("/status")).isInstanceOf(IOException.class);
  }

  @Test
  void aTakenManagementPortFailsTheStartAndLeavesNothingRunning() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
      FlowServer server =
          FlowServer.builder().port(0).service(new ExampleImplementations().service(Duration.ofSeconds(1)))
              .management(Management.onPort(taken.getLocalPort())).build();

      assertThatThrownBy(server::start).isInstanceOf(IOException.class);
      assertThat(server.isRunning()).isFalse();
    }
  }

  @Test
  void oneManagementServesOneServer() {
    Management management = Management.onPort(0);
    FlowServer.builder().port(0).service(new ExampleImplementations().service(Duration.ofSeconds(1))).management(management).build();
    assertThatThrownBy(
            () -> FlowServer.builder().port(0).service(new ExampleImplementations().service(Duration.ofSeconds(1))).management(management).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void withBasicAuthEveryRouteNeedsTheCredentials() throws Exception {
    Management management = Management.onPort(0).basicAuth("ops", "view-token-1");
    try (FlowServer server =
        FlowServer.builder().port(0).service(new ExampleImplementations().service(Duration.ofSeconds(1))).management(management).start()) {
      HttpClient client = HttpClient.newHttpClient();
      for (String path : List.of("", "/status", "/metrics")) {
        URI uri = URI.create(management.uri() + path);
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(path).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(refused.body()).doesNotContain("flowkit_calls", "Orders");
        HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(uri).header("Authorization", basic("ops", "view-token-2")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).as(path).isEqualTo(401);
        HttpResponse<String> allowed = client.send(HttpRequest.newBuilder(uri).header("Authorization", basic("ops", "view-token-1")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(allowed.statusCode()).as(path).isEqualTo(200);
      }
    }
  }

  private static String basic(String user, String token) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + token).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
