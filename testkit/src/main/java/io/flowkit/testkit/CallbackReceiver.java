package io.flowkit.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.wire.ServiceResponse;
import io.flowkit.runtime.wire.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Plays the platform's callback endpoint ({@code POST /api/run/1/response}) on a local ephemeral
 * port: it records every {@code ServiceResponse} a service sends after answering {@code WAIT} and
 * answers with the JSON string {@code "SUCCESS"}, as the platform does. Tests hand its {@link #uri()}
 * to {@link FlowPlatform} and then {@link #await} the callback.
 *
 * <pre>{@code
 * try (CallbackReceiver callbacks = CallbackReceiver.start()) {
 *   FlowPlatform platform = FlowPlatform.builder(uri).callbacks(callbacks).build();
 *   ServiceResponse first = platform.invoke("actions/slow", inputs);      // WAIT
 *   ReceivedCallback last = callbacks.await(first.token(), Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class CallbackReceiver implements AutoCloseable {

  /** The path the platform's callback endpoint has. */
  public static final String PATH = "/api/run/1/response";

  private static final int MAX_BODY = 16 << 20;

  private final Server server;
  private final ServerConnector connector;
  private final ObjectMapper mapper = WireJson.mapper();
  private final List<ReceivedCallback> received = new ArrayList<>();
  private int attempts;
  private int toReject;

  private CallbackReceiver() {
    QueuedThreadPool threads = new QueuedThreadPool(16, 2);
    threads.setName("flowkit-callbacks");
    threads.setDaemon(true);
    server = new Server(threads);
    connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) throws Exception {
            receive(request, response, callback);
            return true;
          }
        });
  }

  /** Starts a receiver on {@code 127.0.0.1} and an ephemeral port. */
  public static CallbackReceiver start() throws Exception {
    CallbackReceiver receiver = new CallbackReceiver();
    receiver.server.start();
    return receiver;
  }

  /** The callback URI to put in requests. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + PATH);
  }

  /** Answers the next {@code count} callbacks with 503, to exercise a sender's retries. */
  public synchronized void rejectNext(int count) {
    toReject = count;
  }

  /** Every callback POST so far, rejected ones included. */
  public synchronized int attempts() {
    return attempts;
  }

  /** The callbacks accepted so far, in order. */
  public synchronized List<ReceivedCallback> received() {
    return List.copyOf(received);
  }

  /** Waits for the first accepted callback carrying {@code token}. */
  public ReceivedCallback await(String token, Duration timeout) throws InterruptedException, TimeoutException {
    return awaitMatching(callback -> Objects.equals(token, callback.response().token()), timeout);
  }

  /** Waits for the first accepted callback that {@code test} accepts. */
  public synchronized ReceivedCallback awaitMatching(Predicate<ReceivedCallback> test, Duration timeout)
      throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (ReceivedCallback callback : received) {
        if (test.test(callback)) {
          return callback;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new TimeoutException("No matching callback within " + timeout);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Waits until at least {@code count} callback POSTs (accepted or rejected) have arrived. */
  public synchronized int awaitAttempts(int count, Duration timeout) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (attempts < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new TimeoutException("Only " + attempts + " of " + count + " callbacks within " + timeout);
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return attempts;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("The callback receiver did not stop cleanly", e);
    }
  }

  private void receive(Request request, Response response, Callback callback) throws IOException {
    if (!"POST".equals(request.getMethod()) || !PATH.equals(request.getHttpURI().getPath())) {
      answer(response, callback, 404, "\"NOT_FOUND\"");
      return;
    }
    byte[] body;
    try (InputStream in = Request.asInputStream(request)) {
      body = in.readNBytes(MAX_BODY);
    }
    ServiceResponse parsed;
    try {
      parsed = mapper.readValue(body, ServiceResponse.class);
    } catch (IOException e) {
      synchronized (this) {
        attempts++;
        notifyAll();
      }
      answer(response, callback, 400, "\"BAD_REQUEST\"");
      return;
    }
    boolean reject;
    synchronized (this) {
      attempts++;
      reject = toReject > 0;
      if (reject) {
        toReject--;
      } else {
        received.add(
            new ReceivedCallback(
                parsed,
                request.getHeaders().get(HttpHeader.AUTHORIZATION),
                request.getHeaders().get("ManyWhoTenant"),
                request.getHeaders().get(HttpHeader.CONTENT_TYPE)));
      }
      notifyAll();
    }
    if (reject) {
      answer(response, callback, 503, "\"BUSY\"");
    } else {
      answer(response, callback, 200, "\"SUCCESS\"");
    }
  }

  private static void answer(Response response, Callback callback, int status, String json) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
  }
}
