package io.flowkit.runtime.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.observe.FlowObserver;
import io.flowkit.runtime.wire.Abbreviations;
import io.flowkit.runtime.wire.WireJson;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends callbacks as the Flow Services Server does: {@code POST} of the {@code ServiceResponse} as
 * JSON, with {@code Authorization} set to the user token the request carried and {@code
 * ManyWhoTenant} to its tenant. The platform answers with a JSON string such as {@code "SUCCESS"};
 * any 2xx counts as delivered. Connection failures, 5xx, 408 and 429 are retried after a growing
 * backoff ({@link CallbackRetry}); other 4xx answers and the last failed try are logged as a give-up.
 * Waiting between tries holds no thread: retries are scheduled.
 */
public final class HttpCallbackSender implements CallbackSender {

  private static final Logger LOG = LoggerFactory.getLogger(HttpCallbackSender.class);

  private final HttpClient client;
  private final ScheduledExecutorService scheduler;
  private final CallbackRetry retry;
  private final ObjectMapper mapper = WireJson.mapper();
  private final FlowObserver observer;

  public HttpCallbackSender(HttpClient client, ScheduledExecutorService scheduler, CallbackRetry retry) {
    this(client, scheduler, retry, FlowObserver.NONE);
  }

  /** A sender that also tells {@code observer} about each retry. */
  public HttpCallbackSender(HttpClient client, ScheduledExecutorService scheduler, CallbackRetry retry, FlowObserver observer) {
    this.client = Objects.requireNonNull(client, "client");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  @Override
  public CompletionStage<Boolean> send(CallbackRequest callback) {
    CompletableFuture<Boolean> done = new CompletableFuture<>();
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(callback.response());
    } catch (JsonProcessingException e) {
      LOG.error("Request {}: gave up the callback to {}: its body could not be written", callback.requestId(), callback.uri(), e);
      done.complete(false);
      return done;
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
      done.complete(false);
      return done;
    }
    attempt(callback, request, 1, done);
    return done;
  }

  private void attempt(CallbackRequest callback, HttpRequest request, int attempt, CompletableFuture<Boolean> done) {
    CompletableFuture<HttpResponse<String>> sent;
    try {
      sent = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    sent.whenComplete(
        (response, failure) -> {
          if (failure == null && response.statusCode() / 100 == 2) {
            LOG.debug("Request {}: callback delivered to {} (try {}), the platform answered {}",
                callback.requestId(), callback.uri(), attempt, Abbreviations.abbreviate(response.body()));
            done.complete(true);
            return;
          }
          String outcome = failure != null ? unwrap(failure).toString() : "HTTP " + response.statusCode();
          boolean permanent = failure == null && isPermanent(response.statusCode());
          if (permanent || attempt >= retry.maxAttempts()) {
            LOG.warn("Request {}: gave up the callback to {} after {} tries; last outcome: {}",
                callback.requestId(), callback.uri(), attempt, outcome);
            done.complete(false);
            return;
          }
          long wait = retry.backoffAfter(attempt).toMillis();
          LOG.info("Request {}: callback to {} failed (try {}: {}), retrying in {} ms",
              callback.requestId(), callback.uri(), attempt, outcome, wait);
          try {
            scheduler.schedule(() -> attempt(callback, request, attempt + 1, done), wait, TimeUnit.MILLISECONDS);
            observer.callbackRetried();
          } catch (RejectedExecutionException e) {
            LOG.warn("Request {}: gave up the callback to {}: the server is stopping", callback.requestId(), callback.uri());
            done.complete(false);
          }
        });
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static boolean isPermanent(int status) {
    return status >= 400 && status < 500 && status != 408 && status != 429;
  }
}
