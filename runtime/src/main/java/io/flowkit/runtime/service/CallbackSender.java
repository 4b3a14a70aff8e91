package io.flowkit.runtime.service;

import java.util.concurrent.CompletionStage;

/** Delivers the answers of message actions that went {@code WAIT} to the platform. */
@FunctionalInterface
public interface CallbackSender {

  /**
   * Sends a callback, retrying as the sender sees fit; the stage completes with {@code true} once
   * the platform accepted it and {@code false} when the sender gave up. It never completes
   * exceptionally.
   */
  CompletionStage<Boolean> send(CallbackRequest callback);
}
