package io.flowkit.runtime.server;

import io.flowkit.runtime.observe.FlowObserver;
import io.flowkit.runtime.service.CallbackRequest;
import io.flowkit.runtime.service.CallbackSender;
import java.util.concurrent.CompletionStage;

/**
 * Tells the observer about every callback, whichever sender delivers it: handing one over ends the
 * WAIT of its request, and its outcome says delivered or given up.
 */
final class ObservedCallbacks implements CallbackSender {

  private final CallbackSender sender;
  private final FlowObserver observer;

  ObservedCallbacks(CallbackSender sender, FlowObserver observer) {
    this.sender = sender;
    this.observer = observer;
  }

  @Override
  public CompletionStage<Boolean> send(CallbackRequest callback) {
    observer.waitEnded(callback.requestId());
    observer.callbackQueued();
    CompletionStage<Boolean> sent = sender.send(callback);
    sent.whenComplete((delivered, failure) -> observer.callbackDone(failure == null && Boolean.TRUE.equals(delivered)));
    return sent;
  }
}
