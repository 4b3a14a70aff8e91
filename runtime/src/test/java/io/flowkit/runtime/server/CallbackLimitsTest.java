package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.service.CallbackLimits;
import io.flowkit.runtime.service.CallbackRetry;
import io.flowkit.runtime.testing.Await;
import io.flowkit.runtime.testing.LogCapture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * WAIT callbacks to a platform endpoint that fails, is slow or hangs: tries are bounded and spaced
 * by the backoff, no more than {@code maxInFlight} are out at once and the rest wait in a bounded
 * queue, a try that gets no answer is cut off after the request timeout, threads do not grow, and a
 * stopping server gives up (and logs) what is still pending within its stop timeout.
 */
class CallbackLimitsTest {

  private static final Pattern TOKEN = Pattern.compile("\"token\":\"(tok-\\d+)\"");

  /** What the platform endpoint does with a callback. */
  private enum Behaviour { FAIL, SLOW_SUCCESS, HANG }

  private Server platform;
  private URI callbackUri;
  private final Map<String, List<Long>> triesByToken = new ConcurrentHashMap<>();
  private final AtomicInteger received = new AtomicInteger();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger maxOpen = new AtomicInteger();
  private final List<Callback> hanging = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();

  private void startPlatform(Behaviour behaviour) throws Exception {
    platform = new Server();
    ServerConnector connector = new ServerConnector(platform);
    connector.setHost("127.0.0.1");
    platform.addConnector(connector);
    platform.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String body = Content.Source.asString(request, StandardCharsets.UTF_8);
            Matcher token = TOKEN.matcher(body);
            triesByToken.computeIfAbsent(token.find() ? token.group(1) : "none", k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
            received.incrementAndGet();
            int now = open.incrementAndGet();
            maxOpen.accumulateAndGet(now, Math::max);
            switch (behaviour) {
              case FAIL -> {
                open.decrementAndGet();
                response.setStatus(503);
                response.write(true, null, callback);
              }
              case SLOW_SUCCESS -> {
                Thread.sleep(2_000); // long beside the time it takes to complete 20 actions on a busy machine
                open.decrementAndGet();
                response.setStatus(200);
                response.write(true, ByteBuffer.wrap("\"SUCCESS\"".getBytes(StandardCharsets.UTF_8)), callback);
              }
              case HANG -> hanging.add(callback); // never answered while the test runs
            }
            return true;
          }
        });
    platform.start();
    callbackUri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api/run/1/response");
  }

  @AfterEach
  void stopPlatform() throws Exception {
    hanging.forEach(Callback::succeeded);
    if (platform != null) {
      platform.stop();
    }
  }

  @Test
  void aFailingEndpointGetsTheConfiguredTriesSpacedByTheBackoff() throws Exception {
    startPlatform(Behaviour.FAIL);
    ExampleImplementations implementations = new ExampleImplementations();
    try (LogCapture log = LogCapture.start();
        FlowServer server = server(implementations, new CallbackRetry(3, Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(5)),
            new CallbackLimits(4, 100), Duration.ofSeconds(10))) {
      waitAndComplete(server, implementations, 20);

      Await.until("20 callbacks given up", Duration.ofSeconds(60), () -> count(log.text(), "after 3 tries; last outcome: HTTP 503") == 20);
    }
    assertThat(triesByToken).hasSize(20);
    for (Map.Entry<String, List<Long>> tries : triesByToken.entrySet()) {
      List<Long> at = tries.getValue();
      assertThat(at).as("tries of " + tries.getKey()).hasSize(3);
      assertThat(at.get(1) - at.get(0)).as("first backoff").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
      assertThat(at.get(2) - at.get(1)).as("second backoff, doubled").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
    }
    assertThat(maxOpen.get()).isLessThanOrEqualTo(4);
  }

  @Test
  void aSlowEndpointHasAtMostMaxInFlightCallbacksAtOnceAndTheQueueIsBounded() throws Exception {
    startPlatform(Behaviour.SLOW_SUCCESS);
    ExampleImplementations implementations = new ExampleImplementations();
    String text;
    try (LogCapture log = LogCapture.start();
        FlowServer server = server(implementations, new CallbackRetry(2, Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofSeconds(20)),
            new CallbackLimits(3, 5), Duration.ofSeconds(10))) {
      waitAndComplete(server, implementations, 20);

      // 3 sent at once and 5 waiting their turn are delivered; the 12 beyond those are given up.
      Await.until("8 callbacks delivered", Duration.ofSeconds(60), () -> received.get() == 8 && open.get() == 0);
      text = log.text();
    }
    assertThat(maxOpen.get()).as("callbacks out at once").isEqualTo(3);
    assertThat(count(text, "callbacks are waiting to be sent")).isEqualTo(12);
    assertThat(text).contains("gave up the callback to " + callbackUri + ": more than 5 callbacks are waiting to be sent");
  }

  @Test
  void aHangingEndpointIsCutOffAfterTheRequestTimeoutAndHoldsNoThreads() throws Exception {
    startPlatform(Behaviour.HANG);
    ExampleImplementations implementations = new ExampleImplementations();
    int threadsAfterFirst;
    int threadsAfterSecond;
    String text;
    try (LogCapture log = LogCapture.start();
        FlowServer server = server(implementations, new CallbackRetry(2, Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(300)),
            new CallbackLimits(8, 100), Duration.ofSeconds(10))) {
      waitAndComplete(server, implementations, 0, 40);
      Await.until("40 callbacks given up", Duration.ofSeconds(60), () -> count(log.text(), "after 2 tries; last outcome:") == 40);
      threadsAfterFirst = serverThreads();

      waitAndComplete(server, implementations, 40, 40);
      Await.until("80 callbacks given up", Duration.ofSeconds(60), () -> count(log.text(), "after 2 tries; last outcome:") == 80);
      threadsAfterSecond = serverThreads();
      text = log.text();
    }
    assertThat(received.get()).as("tries: 2 per callback, none more").isEqualTo(160);
    assertThat(text).contains("HttpTimeoutException");
    assertThat(threadsAfterSecond).as("threads after a second round of 80 hanging tries").isLessThanOrEqualTo(threadsAfterFirst + 2);
  }

  @Test
  void stoppingGivesUpPendingCallbacksWithinTheStopTimeoutAndLogsEach() throws Exception {
    startPlatform(Behaviour.HANG);
    ExampleImplementations implementations = new ExampleImplementations();
    String text;
    long stopNanos;
    try (LogCapture log = LogCapture.start()) {
      FlowServer server = server(implementations, new CallbackRetry(5, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30)),
          new CallbackLimits(2, 10), Duration.ofSeconds(1));
      waitAndComplete(server, implementations, 5);
      Await.until("2 callbacks out", Duration.ofSeconds(20), () -> received.get() == 2);

      long started = System.nanoTime();
      server.stop();
      stopNanos = System.nanoTime() - started;
      Await.until("5 callbacks given up", Duration.ofSeconds(20), () -> count(log.text(), "gave up the callback") == 5);
      text = log.text();
    }
    // 3 waiting their turn are given up at once, the 2 out are cut off at the stop deadline.
    assertThat(count(text, ": the server is stopping")).isEqualTo(3);
    assertThat(count(text, "after 1 tries (the server is stopping)")).isEqualTo(2);
    assertThat(received.get()).as("nothing sent after the stop").isEqualTo(2);
    assertThat(stopNanos).as("stop bounded by its timeout (plus slack for a loaded machine)").isLessThan(TimeUnit.SECONDS.toNanos(10));
  }

  private FlowServer server(ExampleImplementations implementations, CallbackRetry retry, CallbackLimits limits, Duration stopTimeout)
      throws Exception {
    return FlowServer.builder()
        .port(0)
        .callbackRetry(retry)
        .callbackLimits(limits)
        .stopTimeout(stopTimeout)
        .service(implementations.service(Duration.ofSeconds(30)))
        .start();
  }

  /** Starts {@code count} ship-order actions that answer WAIT, then completes them all at once. */
  private void waitAndComplete(FlowServer server, ExampleImplementations implementations, int count) throws Exception {
    waitAndComplete(server, implementations, 0, count);
  }

  private void waitAndComplete(FlowServer server, ExampleImplementations implementations, int from, int count) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      String body = "{\"token\":\"tok-" + i + "\",\"callbackUri\":\"" + callbackUri + "\",\"configurationValues\":[{\"developerName\":\"API Key\","
          + "\"contentType\":\"ContentPassword\",\"contentValue\":\"k\"}],\"inputs\":[{\"developerName\":\"orderId\","
          + "\"contentType\":\"ContentString\",\"contentValue\":\"defer-" + i + "\"}]}";
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(server.uri("/fs/orders/actions/ship-order")).header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.body()).contains("\"invokeType\":\"WAIT\"");
      ids.add("defer-" + i);
    }
    for (String id : ids) {
      implementations.shipping.complete(id, "track-" + id);
    }
  }

  /**
   * The server's own threads (request, action, scheduler, callback pools): the JVM's total also
   * moves with the test's HTTP client and the platform stand-in, whatever the server does.
   */
  private static int serverThreads() {
    return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("flowkit-")).count();
  }

  private static int count(String text, String what) {
    int count = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
      count++;
    }
    return count;
  }
}
