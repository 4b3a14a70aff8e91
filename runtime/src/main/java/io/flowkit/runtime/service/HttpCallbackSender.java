package io.flowkit.runtime.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.observe.FlowObserver;
import io.flowkit.runtime.wire.Abbreviations;
import io.flowkit.runtime.wire.WireJson;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends callbacks as the Flow Services Server does: {@code POST} of the {@code ServiceResponse} as
 * JSON, with {@code Authorization} set to the user token the request carried and {@code
 * ManyWhoTenant} to its tenant. The platform answers with a JSON string such as {@code "SUCCESS"};
 * any 2xx counts as delivered. Connection failures, timeouts, 5xx, 408 and 429 are retried after a
 * growing backoff ({@link CallbackRetry}); other 4xx answers and the last failed try are logged as
 * a give-up. Every callback ends in exactly one log line saying it was delivered (debug) or given
 * up (warn), with the request id.
 *
 * <p>Resources are bounded whatever the endpoint does ({@link CallbackLimits}): at most {@code
 * maxInFlight} requests are out at once and the others wait their turn, at most {@code maxWaiting}
 * of them (past that a callback is given up at once); each try is cut off after the retry policy's
 * {@code requestTimeout}, answer body included, and only the first kilobyte of an answer is kept.
 * Waiting between tries holds no thread: retries are scheduled.
 *
 * <p>{@link #close(Duration)} (the server's stop) gives up the callbacks waiting for a try or for
 * their turn at once, lets the tries in flight finish within the grace period and then cuts them off.
 */
public final class HttpCallbackSender implements CallbackSender {

  private static final Logger LOG = LoggerFactory.getLogger(HttpCallbackSender.class);
  private static final int KEPT_ANSWER_BYTES = 1024;

  private final HttpClient client;
  private final ScheduledExecutorService scheduler;
  private final CallbackRetry retry;
  private final CallbackLimits limits;
  private final ObjectMapper mapper = WireJson.mapper();
  private final FlowObserver observer;

  private final Object lock = new Object();
  private final ArrayDeque<Delivery> waiting = new ArrayDeque<>();
  private final Set<Delivery> inFlight = new HashSet<>();
  private final Set<Delivery> backingOff = new HashSet<>();
  private boolean closed;

  /** One callback on its way: its request, how many tries it has had, and what is under way. */
  private static final class Delivery {
    final CallbackRequest callback;
    final HttpRequest request;
    final CompletableFuture<Boolean> done = new CompletableFuture<>();
    final AtomicBoolean ended = new AtomicBoolean();
    int attempt;
    CompletableFuture<HttpResponse<String>> sending;
    ScheduledFuture<?> retryTimer;

    Delivery(CallbackRequest callback, HttpRequest request) {
      this.callback = callback;
      this.request = request;
    }
  }

  public HttpCallbackSender(HttpClient client, ScheduledExecutorService scheduler, CallbackRetry retry) {
    this(client, scheduler, retry, CallbackLimits.DEFAULT);
  }

  public HttpCallbackSender(HttpClient client, ScheduledExecutorService scheduler, CallbackRetry retry, CallbackLimits limits) {
    this(client, scheduler, retry, limits, FlowObserver.NONE);
  }

  /** A sender that also tells {@code observer} about each retry. */
  public HttpCallbackSender(
      HttpClient client, ScheduledExecutorService scheduler, CallbackRetry retry, CallbackLimits limits, FlowObserver observer) {
    this.client = Objects.requireNonNull(client, "client");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  @Override
  public CompletionStage<Boolean> send(CallbackRequest callback) {
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(callback.response());
    } catch (JsonProcessingException e) {
      LOG.error("Request {}: gave up the callback to {}: its body could not be written", callback.requestId(), callback.uri(), e);
      return CompletableFuture.completedFuture(false);
    }
    HttpRequest request;
    try {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(callback.uri())
              .timeout(retry.requestTimeout())
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      if (callback.authorization() != null) {
        builder.header("Authorization", callback.authorization());
      }
      if (callback.tenantId() != null) {
        builder.header("ManyWhoTenant", callback.tenantId());
      }
      request = builder.build();
    } catch (IllegalArgumentException e) {
      // Not the JDK's message: it quotes the offending header value, which may be the user token.
      LOG.warn("Request {}: gave up the callback to {}: its Authorization or ManyWhoTenant header is not a valid HTTP header value",
          callback.requestId(), callback.uri());
      return CompletableFuture.completedFuture(false);
    }
    Delivery delivery = new Delivery(callback, request);
    admit(delivery);
    return delivery.done;
  }

  /** Callback requests sent and not answered yet. */
  public int inFlight() {
    synchronized (lock) {
      return inFlight.size();
    }
  }

  /** Callbacks waiting for their turn or for their next try. */
  public int waiting() {
    synchronized (lock) {
      return waiting.size() + backingOff.size();
    }
  }

  /**
   * Stops sending: callbacks waiting for their turn or their next try are given up at once; tries in
   * flight get up to {@code grace} to finish (no retry follows), then are cut off and given up.
   * Every callback given up is logged with its request id.
   */
  public void close(Duration grace) throws InterruptedException {
    List<Delivery> dropped = new ArrayList<>();
    List<Delivery> cutOff = new ArrayList<>();
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (lock) {
      closed = true;
      dropped.addAll(waiting);
      waiting.clear();
      for (Delivery delivery : backingOff) {
        delivery.retryTimer.cancel(false);
        dropped.add(delivery);
      }
      backingOff.clear();
      long left;
      while (!inFlight.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      cutOff.addAll(inFlight);
    }
    // Outside the lock: a cancelled try completes, and finishes, on this thread.
    for (Delivery delivery : cutOff) {
      CompletableFuture<HttpResponse<String>> sending;
      synchronized (lock) {
        sending = delivery.sending;
      }
      if (sending != null) {
        sending.cancel(true);
      }
    }
    for (Delivery delivery : dropped) {
      giveUp(delivery, "the server is stopping");
    }
  }

  /** Sends at once when a slot is free, else queues; gives up when the queue is full or the sender closed. */
  private void admit(Delivery delivery) {
    String refusal = null;
    boolean start = false;
    synchronized (lock) {
      backingOff.remove(delivery);
      if (closed) {
        refusal = "the server is stopping";
      } else if (inFlight.size() < limits.maxInFlight()) {
        inFlight.add(delivery);
        start = true;
      } else if (waiting.size() < limits.maxWaiting()) {
        waiting.add(delivery);
      } else {
        refusal = "more than " + limits.maxWaiting() + " callbacks are waiting to be sent";
      }
    }
    if (refusal != null) {
      giveUp(delivery, refusal);
    } else if (start) {
      attempt(delivery);
    }
  }

  private void attempt(Delivery delivery) {
    delivery.attempt++;
    CompletableFuture<HttpResponse<String>> sent;
    try {
      sent = client.sendAsync(delivery.request, firstBytes());
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    synchronized (lock) {
      delivery.sending = sent;
    }
    // The request's own timeout covers the wait for the answer's head; this one the body too.
    CompletableFuture<HttpResponse<String>> watched = sent;
    ScheduledFuture<?> cutOff;
    try {
      cutOff = scheduler.schedule(() -> watched.cancel(true), retry.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      cutOff = null;
    }
    ScheduledFuture<?> timer = cutOff;
    sent.whenComplete(
        (response, failure) -> {
          if (timer != null) {
            timer.cancel(false);
          }
          finish(delivery, response, failure);
        });
  }

  private void finish(Delivery delivery, HttpResponse<String> response, Throwable failure) {
    CallbackRequest callback = delivery.callback;
    int attempt = delivery.attempt;
    boolean delivered = failure == null && response.statusCode() / 100 == 2;
    String outcome = delivered ? null : failure != null ? describe(failure) : "HTTP " + response.statusCode();
    boolean permanent = failure == null && isPermanent(response.statusCode());
    boolean retrying = false;
    boolean stopping;
    synchronized (lock) {
      inFlight.remove(delivery);
      stopping = closed;
      if (!delivered && !permanent && !stopping && attempt < retry.maxAttempts()) {
        long wait = retry.backoffAfter(attempt).toMillis();
        try {
          delivery.retryTimer = scheduler.schedule(() -> admit(delivery), wait, TimeUnit.MILLISECONDS);
          backingOff.add(delivery);
          retrying = true;
          LOG.info("Request {}: callback to {} failed (try {}: {}), retrying in {} ms",
              callback.requestId(), callback.uri(), attempt, outcome, wait);
        } catch (RejectedExecutionException e) {
          stopping = true;
        }
      }
      lock.notifyAll();
    }
    startWaiting();
    if (retrying) {
      observer.callbackRetried();
    }
    if (delivered) {
      LOG.debug("Request {}: callback delivered to {} (try {}), the platform answered {}",
          callback.requestId(), callback.uri(), attempt, Abbreviations.abbreviate(response.body()));
      delivery.done.complete(true);
    } else if (!retrying) {
      String stop = stopping && !permanent && attempt < retry.maxAttempts() ? " (the server is stopping)" : "";
      if (delivery.ended.compareAndSet(false, true)) {
        // Logged before the stage completes: whoever waits on it finds the line written.
        LOG.warn("Request {}: gave up the callback to {} after {} tries{}; last outcome: {}",
            callback.requestId(), callback.uri(), attempt, stop, outcome);
        delivery.done.complete(false);
      }
    }
  }

  /** Starts waiting callbacks while slots are free. */
  private void startWaiting() {
    while (true) {
      Delivery next;
      synchronized (lock) {
        if (closed || waiting.isEmpty() || inFlight.size() >= limits.maxInFlight()) {
          return;
        }
        next = waiting.poll();
        inFlight.add(next);
      }
      attempt(next);
    }
  }

  /** Gives up once: a retry timer that fired as the sender closed must not log the callback twice. */
  private static void giveUp(Delivery delivery, String why) {
    if (delivery.ended.compareAndSet(false, true)) {
      LOG.warn("Request {}: gave up the callback to {}: {}", delivery.callback.requestId(), delivery.callback.uri(), why);
      delivery.done.complete(false);
    }
  }

  /** Keeps the first kilobyte of an answer for the log and discards the rest as it arrives. */
  private static HttpResponse.BodyHandler<String> firstBytes() {
    return info -> {
      ByteArrayOutputStream kept = new ByteArrayOutputStream();
      return HttpResponse.BodySubscribers.mapping(
          HttpResponse.BodySubscribers.ofByteArrayConsumer(
              chunk ->
                  chunk.ifPresent(
                      bytes -> kept.write(bytes, 0, Math.max(0, Math.min(bytes.length, KEPT_ANSWER_BYTES - kept.size()))))),
          ignored -> kept.toString(StandardCharsets.UTF_8));
    };
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof CancellationException) {
      return "cut off without a complete answer (request timeout or stop)";
    }
    return cause.toString();
  }

  private static boolean isPermanent(int status) {
    return status >= 400 && status < 500 && status != 408 && status != 429;
  }
}
