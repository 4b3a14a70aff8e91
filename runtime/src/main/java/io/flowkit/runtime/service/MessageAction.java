package io.flowkit.runtime.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A message action's implementation. Generated interfaces such as {@code CreateOrderAction} extend
 * it with their own request, response and configuration records.
 *
 * <p>Implement {@link #execute} for work that finishes in the call. For long work, override {@link
 * #executeAsync} and complete the returned stage later: when it is not complete within the action's
 * sync timeout the platform is answered {@code WAIT} and the result is sent to its callback URI.
 *
 * @param <C> configuration record
 * @param <I> request record (the action's inputs)
 * @param <O> response record (the action's outputs)
 */
@FunctionalInterface
public interface MessageAction<C, I, O> {

  O execute(I request, ActionContext<C> context) throws Exception;

  /** By default runs {@link #execute} and returns its result, or its exception, as a completed stage. */
  default CompletionStage<O> executeAsync(I request, ActionContext<C> context) {
    try {
      return CompletableFuture.completedFuture(execute(request, context));
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
