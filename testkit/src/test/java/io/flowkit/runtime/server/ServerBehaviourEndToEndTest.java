package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.codec.ValueReader;
import io.flowkit.runtime.example.CreateOrder;
import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.service.FlowUser;
import io.flowkit.runtime.service.UserTokens;
import io.flowkit.runtime.testing.Await;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.runtime.wire.ServiceResponse;
import io.flowkit.testkit.CallbackReceiver;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.PlatformValues;
import io.flowkit.testkit.ReceivedCallback;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/**
 * Server behaviour that needs a server of its own: user tokens without Basic authentication, WAIT
 * on purpose, no callback URI, mounted handlers and a graceful stop.
 */
class ServerBehaviourEndToEndTest {

  static final FlowUser USER =
      new FlowUser("tenant-7", "52DF1A90-3826-4508-B7C2-CDE8AA5B72CF", "user-1", "ann@example.com", "ann@example.com",
          "Ann", "Lee", "dir-1", "Corporate", null, null, null, null, "NONE", "Acme");

  static FlowPlatform platform(FlowServer server, CallbackReceiver callbacks) {
    FlowPlatform.Builder builder =
        FlowPlatform.builder(server.uri(OrdersService.PATH))
            .tenantId("tenant-7")
            .user(USER)
            .configuration(PlatformValues.create().password("API Key", "k").string("Region", "r").build());
    if (callbacks != null) {
      builder.callbacks(callbacks);
    }
    return builder.build();
  }

  @Test
  void aUserTokenIsParsedIntoTheContextAndSentBackWithTheCallback() throws Exception {
    ExampleImplementations implementations = new ExampleImplementations();
    try (CallbackReceiver callbacks = CallbackReceiver.start();
        FlowServer server = FlowServer.builder().port(0).service(implementations.service(Duration.ofHours(1))).start()) {
      FlowPlatform platform = platform(server, callbacks);

      platform.invoke(CreateOrder.URI_PART, PlatformValues.create().string("customerName", "Ann").build());
      FlowUser seen = implementations.orders.lastContext.get().user().orElseThrow();
      assertThat(seen.username()).isEqualTo("ann@example.com");
      assertThat(seen.firstName()).isEqualTo("Ann");
      assertThat(seen.tenantId()).isEqualTo("tenant-7");
      assertThat(seen.isPublic()).isFalse();

      // WAIT on purpose: the sync timeout is an hour, yet the answer comes at once.
      ServiceResponse first = platform.invoke("actions/ship-order", PlatformValues.create().string("orderId", "defer-1").build());
      assertThat(first.invokeType()).isEqualTo(InvokeType.WAIT);
      assertThat(first.waitMessage()).isEqualTo("Shipping defer-1");

      implementations.shipping.complete("defer-1", "T-D1");
      ReceivedCallback callback = callbacks.await(first.token(), Duration.ofSeconds(10));
      assertThat(ValueReader.of(callback.response().outputs()).string("trackingNumber")).isEqualTo("T-D1");
      assertThat(callback.authorization()).isEqualTo(UserTokens.encode(USER));
      assertThat(callback.tenant()).isEqualTo("tenant-7");
    }
  }

  @Test
  void withoutACallbackUriTheCallWaitsForTheResultInsteadOfAnsweringWait() throws Exception {
    ExampleImplementations implementations = new ExampleImplementations();
    try (FlowServer server = FlowServer.builder().port(0).service(implementations.service(Duration.ofMillis(50))).start()) {
      FlowPlatform platform = platform(server, null);

      CompletableFuture<ServiceResponse> answer =
          CompletableFuture.supplyAsync(() -> platform.invoke("actions/ship-order", PlatformValues.create().string("orderId", "slow-2").build()));
      implementations.shipping.awaitStarted("slow-2");
      // Time is the behaviour here: no answer (no WAIT) well past the 50 ms sync timeout.
      assertThatThrownBy(() -> answer.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
      implementations.shipping.complete("slow-2", "T-S2");

      ServiceResponse response = answer.get(10, TimeUnit.SECONDS);
      assertThat(response.invokeType()).isEqualTo(InvokeType.FORWARD);
      assertThat(ValueReader.of(response.outputs()).string("trackingNumber")).isEqualTo("T-S2");
    }
  }

  @Test
  void aGracefulStopLetsRequestsInFlightFinish() throws Exception {
    ExampleImplementations implementations = new ExampleImplementations();
    FlowServer server = FlowServer.builder().port(0).service(implementations.service(Duration.ofHours(1))).stopTimeout(Duration.ofSeconds(20)).start();
    FlowPlatform platform = platform(server, null);

    CompletableFuture<ServiceResponse> answer =
        CompletableFuture.supplyAsync(() -> platform.invoke("actions/ship-order", PlatformValues.create().string("orderId", "stop-1").build()));
    implementations.shipping.awaitStarted("stop-1");
    CompletableFuture<Void> stopped =
        CompletableFuture.runAsync(() -> {
          try {
            server.stop();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    Await.until("the server to be stopping", Duration.ofSeconds(10), () -> !server.isRunning());
    // Time is the behaviour here: the stop still waits for the request in flight well past the
    // idle timeout connections get while the server stops (100 ms).
    assertThatThrownBy(() -> stopped.get(500, TimeUnit.MILLISECONDS))
        .as("a stop waiting for the request in flight").isInstanceOf(TimeoutException.class);
    implementations.shipping.complete("stop-1", "T-STOP");

    assertThat(answer.get(10, TimeUnit.SECONDS).invokeType()).isEqualTo(InvokeType.FORWARD);
    stopped.get(20, TimeUnit.SECONDS);
    assertThat(server.isRunning()).isFalse();
  }

  /** A stand-in for the External Storage API store: answers with the path it sees. */
  static final class EchoPathHandler extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      response.setStatus(200);
      String body = Request.getPathInContext(request) + " " + request.getHttpURI().getPath();
      response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
      return true;
    }
  }

  @Test
  void mountedHandlersAnswerUnderTheirContextPathWithoutBasicAuth() throws Exception {
    try (FlowServer server =
        FlowServer.builder()
            .port(0)
            .service(new ExampleImplementations().service(Duration.ofSeconds(30)))
            .mount("/api/storage/1", new EchoPathHandler())
            .basicAuth("user", "token")
            .start()) {
      HttpClient client = HttpClient.newHttpClient();

      HttpResponse<String> states = client.send(HttpRequest.newBuilder(server.uri("/api/storage/1/states/t1")).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> doubled =
          client.send(HttpRequest.newBuilder(java.net.URI.create(server.uri() + "//api/storage/1//health")).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> service = client.send(HttpRequest.newBuilder(server.uri("/fs/orders/metadata")).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(states.statusCode()).isEqualTo(200);
      assertThat(states.body()).isEqualTo("/states/t1 /api/storage/1/states/t1");
      assertThat(doubled.body()).isEqualTo("/health /api/storage/1/health");
      assertThat(service.statusCode()).isEqualTo(401);
    }
  }
}
