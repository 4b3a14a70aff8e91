package io.flowkit.runtime.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.testing.Await;
import io.flowkit.runtime.testing.LogCapture;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.runtime.wire.ServiceResponse;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Callback delivery: what is retried, what is given up, and what the give-up log says. */
class HttpCallbackSenderTest {

  static final CallbackRetry THREE_QUICK_TRIES = new CallbackRetry(3, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(5));

  final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  final HttpCallbackSender sender = new HttpCallbackSender(HttpClient.newHttpClient(), scheduler, THREE_QUICK_TRIES);
  final AtomicInteger requests = new AtomicInteger();
  volatile int status;
  volatile boolean hang;
  final List<Callback> hanging = new CopyOnWriteArrayList<>();
  Server platform;
  URI callbackUri;

  @BeforeEach
  void startPlatform() throws Exception {
    platform = new Server();
    ServerConnector connector = new ServerConnector(platform);
    connector.setHost("127.0.0.1");
    platform.addConnector(connector);
    platform.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            requests.incrementAndGet();
            if (hang) {
              hanging.add(callback); // answered only when the test ends
              return true;
            }
            response.setStatus(status);
            response.write(true, ByteBuffer.wrap("\"SUCCESS\"".getBytes(StandardCharsets.UTF_8)), callback);
            return true;
          }
        });
    platform.start();
    callbackUri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api/run/1/response");
  }

  @AfterEach
  void stop() throws Exception {
    hanging.forEach(Callback::succeeded);
    platform.stop();
    scheduler.shutdownNow();
  }

  static CallbackRequest callback(URI uri, String authorization) {
    ServiceResponse response =
        new ServiceResponse("tok", "tenant", null, null, InvokeType.FORWARD, null, List.of(), null, null, null, null);
    return new CallbackRequest(uri, response, authorization, "tenant", "req-7");
  }

  boolean send(CallbackRequest callback) throws Exception {
    return sender.send(callback).toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void anAcceptedCallbackIsSentOnce() throws Exception {
    status = 200;

    assertThat(send(callback(callbackUri, null))).isTrue();
    assertThat(requests.get()).isEqualTo(1);
  }

  @Test
  void aRefusalThatRetryingCannotMendIsGivenUpAtOnceAndLogged() throws Exception {
    status = 400;
    boolean delivered;
    String log;
    try (LogCapture capture = LogCapture.start()) {
      delivered = send(callback(callbackUri, null));
      log = capture.text();
    }

    assertThat(delivered).isFalse();
    assertThat(requests.get()).isEqualTo(1);
    assertThat(log).contains("Request req-7: gave up the callback to " + callbackUri + " after 1 tries; last outcome: HTTP 400");
  }

  @Test
  void transientFailuresAreRetriedWithBackoffThenGivenUpAndLogged() throws Exception {
    status = 503;
    boolean delivered;
    String log;
    try (LogCapture capture = LogCapture.start()) {
      delivered = send(callback(callbackUri, null));
      log = capture.text();
    }

    assertThat(delivered).isFalse();
    assertThat(requests.get()).isEqualTo(3);
    assertThat(log).contains("Request req-7: gave up the callback to " + callbackUri + " after 3 tries; last outcome: HTTP 503");
  }

  @Test
  void anUnreachablePlatformIsRetriedToo() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    boolean delivered;
    String log;
    try (LogCapture capture = LogCapture.start()) {
      delivered = send(callback(URI.create("http://127.0.0.1:" + closedPort + "/api/run/1/response"), null));
      log = capture.text();
    }

    assertThat(delivered).isFalse();
    assertThat(log).contains("after 3 tries; last outcome: java.net.ConnectException");
  }

  @Test
  void aUserTokenHttpCannotCarryIsGivenUpWithoutLoggingIt() throws Exception {
    status = 200;
    String token = "ManyWhoTenantId=t&ManyWhoToken=very-secret-user-token\u0001";
    boolean delivered;
    String log;
    try (LogCapture capture = LogCapture.start()) {
      delivered = send(callback(callbackUri, token));
      log = capture.text();
    }

    assertThat(delivered).isFalse();
    assertThat(requests.get()).isZero();
    assertThat(log).contains("Request req-7: gave up the callback").doesNotContain("very-secret-user-token");
  }

  @Test
  void callbacksBeyondTheInFlightAndWaitingLimitsAreGivenUpAndCloseEndsTheRest() throws Exception {
    hang = true;
    HttpCallbackSender limited =
        new HttpCallbackSender(HttpClient.newHttpClient(), scheduler, THREE_QUICK_TRIES, new CallbackLimits(2, 3));
    List<CompletableFuture<Boolean>> sent = new ArrayList<>();
    String log;
    try (LogCapture capture = LogCapture.start()) {
      for (int i = 0; i < 10; i++) {
        sent.add(limited.send(callback(callbackUri, null)).toCompletableFuture());
      }

      assertThat(sent.stream().filter(CompletableFuture::isDone).count()).as("given up at once").isEqualTo(5);
      assertThat(limited.inFlight()).isEqualTo(2);
      assertThat(limited.waiting()).isEqualTo(3);
      Await.until("2 callbacks at the platform", Duration.ofSeconds(10), () -> requests.get() == 2);

      limited.close(Duration.ofMillis(100));
      for (CompletableFuture<Boolean> callback : sent) {
        assertThat(callback.get(10, TimeUnit.SECONDS)).isFalse();
      }
      log = capture.text();
    }
    assertThat(limited.inFlight()).isZero();
    assertThat(limited.waiting()).isZero();
    assertThat(requests.get()).as("nothing sent but the first two").isEqualTo(2);
    assertThat(log).contains("more than 3 callbacks are waiting to be sent", "gave up the callback to " + callbackUri + ": the server is stopping",
        "after 1 tries (the server is stopping)");
  }
}
