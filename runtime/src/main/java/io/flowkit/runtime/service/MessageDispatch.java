package io.flowkit.runtime.service;

import static io.flowkit.runtime.service.ServiceCalls.LOG;
import static io.flowkit.runtime.service.ServiceCalls.decode;
import static io.flowkit.runtime.service.ServiceCalls.firstOf;
import static io.flowkit.runtime.service.ServiceCalls.implementationProblem;
import static io.flowkit.runtime.service.ServiceCalls.redacting;
import static io.flowkit.runtime.wire.Abbreviations.abbreviate;

import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.runtime.wire.ServiceRequest;
import io.flowkit.runtime.wire.ServiceResponse;
import io.flowkit.runtime.wire.UriParts;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Message actions for {@link FlowDispatcher}: runs the action on the action executor, answers
 * {@code WAIT} past its sync timeout (or when it asks to) and then hands the final answer to the
 * callbacks.
 *
 * @param <C> the service's configuration record
 */
final class MessageDispatch<C> {

  /** What a refused caller is told to wait before trying again, in seconds. */
  static final String RETRY_AFTER_SECONDS = "2";

  private final ServiceCalls<C> calls;
  private final DispatchOptions options;

  MessageDispatch(ServiceCalls<C> calls, DispatchOptions options) {
    this.calls = calls;
    this.options = options;
  }

  /** Whether a message action is advertised at this uri part (slashes around it ignored). */
  boolean has(String uriPart) {
    return calls.service().messageAction(UriParts.normalize(uriPart)).isPresent();
  }

  /** See {@link FlowDispatcher#invoke}. */
  CompletionStage<ServiceResponse> invoke(String uriPart, ServiceRequest request, CallInfo call) {
    String path = UriParts.normalize(uriPart);
    MessageActionBinding<C, ?, ?> binding =
        calls
            .service()
            .messageAction(path)
            .orElseThrow(() -> ServiceProblemException.notFound("No message action at '" + abbreviate(path) + "'"));
    return invoke(binding, request, call);
  }

  private <I, O> CompletionStage<ServiceResponse> invoke(
      MessageActionBinding<C, I, O> binding, ServiceRequest request, CallInfo call) {
    return redacting(calls.secrets(request.configurationValues()), s -> invoke(binding, request, call, s));
  }

  private <I, O> CompletionStage<ServiceResponse> invoke(
      MessageActionBinding<C, I, O> binding, ServiceRequest request, CallInfo call, Secrets secrets) {
    String action = binding.description().developerName();
    C configuration = calls.configuration(request.configurationValues());
    I input = decode(() -> binding.decodeInputs().apply(request.inputs()), "input");
    FlowUser user = UserTokens.parse(call.userToken()).orElse(null);
    CallContext<C> context =
        new CallContext<>(
            configuration, firstOf(request.tenantId(), call.tenantId(), user == null ? null : user.tenantId()),
            request.stateId(), request.token(), request.culture(), user, call.requestId(), request.outcomes());
    URI callback = callbackUri(request.callbackUri(), call);
    if (!options.actionSlots().tryTake()) {
      throw new ServiceProblemException(
          503, "Too many message actions are in progress, waiting ones included; retry later", null,
          Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }
    try {
      return start(binding, request, call, secrets, action, input, context, callback);
    } catch (RuntimeException e) {
      options.actionSlots().giveBack();
      throw e;
    }
  }

  /** Starts an action holding a slot; the slot is given back when it finishes, or now if it is refused. */
  private <I, O> CompletableFuture<ServiceResponse> start(
      MessageActionBinding<C, I, O> binding, ServiceRequest request, CallInfo call, Secrets secrets, String action,
      I input, CallContext<C> context, URI callback) {
    CompletableFuture<ServiceResponse> answer = new CompletableFuture<>();
    if (callback != null) {
      Runnable answerWait =
          () -> {
            String message = Objects.requireNonNullElse(context.currentWaitMessage(), options.waitMessage());
            if (answer.complete(ServiceResponse.waiting(request, message))) {
              LOG.info("Request {}: action '{}' answered WAIT; its result will go to the callback URI", call.requestId(), action);
            }
          };
      context.onAnswerWait(answerWait);
      Duration timeout = binding.syncTimeout() != null ? binding.syncTimeout() : options.syncTimeout();
      ScheduledFuture<?> timer;
      try {
        timer = options.scheduler().schedule(answerWait, timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        throw new ServiceProblemException(503, "The service is stopping", e);
      }
      answer.whenComplete((response, failure) -> timer.cancel(false));
    } else {
      context.onAnswerWait(
          () -> LOG.debug("Request {}: action '{}' asked to answer WAIT, but the request has no callback URI", call.requestId(), action));
    }
    try {
      options.actionExecutor().execute(() -> run(binding, input, context, request, call, callback, answer, secrets));
    } catch (RejectedExecutionException e) {
      // Every action thread busy and the queue full (FlowServer.Builder#actionQueue), or stopping.
      options.actionSlots().giveBack();
      answer.completeExceptionally(
          new ServiceProblemException(
              503, "Too many message actions are running or waiting to run; retry later", e,
              Map.of("Retry-After", RETRY_AFTER_SECONDS)));
    }
    return answer;
  }

  private <I, O> void run(
      MessageActionBinding<C, I, O> binding,
      I input,
      CallContext<C> context,
      ServiceRequest request,
      CallInfo call,
      URI callback,
      CompletableFuture<ServiceResponse> answer,
      Secrets secrets) {
    CompletionStage<O> stage;
    try {
      stage = binding.implementation().executeAsync(input, context);
      if (stage == null) {
        stage = CompletableFuture.failedFuture(new IllegalStateException("executeAsync returned null"));
      }
    } catch (Throwable t) {
      stage = CompletableFuture.failedFuture(t);
    }
    stage.whenComplete((output, failure) -> finish(binding, context, request, call, callback, answer, output, failure, secrets));
  }

  private <I, O> void finish(
      MessageActionBinding<C, I, O> binding,
      CallContext<C> context,
      ServiceRequest request,
      CallInfo call,
      URI callback,
      CompletableFuture<ServiceResponse> answer,
      O output,
      Throwable failure,
      Secrets secrets) {
    options.actionSlots().giveBack();
    String action = binding.description().developerName();
    ServiceResponse response = null;
    Throwable cause = unwrap(failure);
    if (cause == null) {
      try {
        List<EngineValue> outputs = output == null ? List.of() : binding.encodeOutputs().apply(output);
        response = forward(request, OutboundValues.engineValues(outputs), context.selectedOutcomeId());
      } catch (RuntimeException e) {
        cause = e;
      }
    }
    ServiceProblemException problem =
        cause == null
            ? null
            : secrets.redact(implementationProblem("The message action '" + action + "'", cause, call, secrets));
    boolean answeredInTime = problem == null ? answer.complete(response) : answer.completeExceptionally(problem);
    if (answeredInTime) {
      return;
    }
    // Only a WAIT answer can have come first, and only when there is a callback URI.
    ServiceResponse result = problem == null ? response : faulted(request, action, problem.getMessage());
    if (callback != null) {
      options.callbacks().send(new CallbackRequest(callback, result, call.userToken(), context.tenantId(), call.requestId()));
    }
  }

  private static ServiceResponse forward(ServiceRequest request, List<EngineValue> outputs, String selectedOutcomeId) {
    return new ServiceResponse(
        request.token(), request.tenantId(), null, null, InvokeType.FORWARD, null, outputs, selectedOutcomeId,
        null, null, null);
  }

  private static ServiceResponse faulted(ServiceRequest request, String action, String message) {
    return new ServiceResponse(
        request.token(), request.tenantId(), null, null, InvokeType.FORWARD, null, List.of(), null,
        Map.of(action, message), null, null);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The callback URI, when the request has a usable one; WAIT is only answered then. */
  private static URI callbackUri(String text, CallInfo call) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(text.trim());
      String scheme = uri.getScheme();
      if (uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    LOG.warn("Request {}: ignoring the callback URI, which is not an absolute http(s) URI", call.requestId());
    return null;
  }
}
