package io.flowkit.runtime.server;

import io.flowkit.runtime.observe.CallEvent;
import io.flowkit.runtime.observe.FlowObserver;
import io.flowkit.runtime.observe.Listener;
import io.flowkit.runtime.service.FileResourceBinding;
import io.flowkit.runtime.service.FlowService;
import io.flowkit.runtime.wire.FileDataRequest;
import io.flowkit.runtime.wire.ObjectDataRequest;
import io.flowkit.runtime.wire.UriParts;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service call as the {@link FlowObserver} sees it: what it was for (first from the path, then
 * named more precisely once the body says which type or resource), how long it took and how it was
 * answered. Reports once, however many times the exchange answers.
 */
final class CallObservation {

  private static final Logger LOG = LoggerFactory.getLogger(FlowServer.class);

  private final FlowObserver observer;
  private final FlowService<?> service;
  private final long started = System.nanoTime();
  private Listener listener;
  private boolean waited;
  private String requestId;
  private boolean reported;

  private CallObservation(FlowObserver observer, FlowService<?> service, Listener listener) {
    this.observer = observer;
    this.service = service;
    this.listener = listener;
  }

  /** A call to {@code endpoint} (the path below the service) with {@code method}. */
  static CallObservation start(FlowObserver observer, FlowService<?> service, String endpoint, String method) {
    Listener listener =
        switch (endpoint) {
          case "metadata" -> Listener.metadata("describe");
          case "metadata/install" -> Listener.metadata("install");
          case "data" -> Listener.dataAction(Listener.UNMATCHED, "PUT".equals(method) ? "save" : "load");
          case "data/delete" -> Listener.dataAction(Listener.UNMATCHED, "delete");
          case "file" -> Listener.fileResource(Listener.UNMATCHED, "list");
          case "file/content" -> Listener.fileResource(Listener.UNMATCHED, "upload");
          case "file/delete" -> Listener.fileResource(Listener.UNMATCHED, "delete");
          default ->
              service
                  .messageAction(endpoint)
                  .map(binding -> Listener.messageAction(UriParts.normalize(binding.uriPart())))
                  .orElse(Listener.messageAction(Listener.UNMATCHED));
        };
    return new CallObservation(observer, service, listener);
  }

  /** Names the data action the request's type binds to, when the service has it. */
  void dataRequest(ObjectDataRequest request) {
    if (request.objectDataType() != null && request.objectDataType().developerName() != null) {
      service
          .dataAction(request.objectDataType().developerName())
          .ifPresent(binding -> listener = Listener.dataAction(binding.tableName(), listener.operation()));
    }
  }

  /** Names the file resource the request's path resolves to, as the dispatcher resolves it. */
  void fileRequest(FileDataRequest request) {
    Optional<? extends FileResourceBinding<?, ?>> binding = service.fileResource(request.resourcePath());
    if (binding.isEmpty() && service.fileResources().size() == 1) {
      binding = Optional.of(service.fileResources().iterator().next());
    }
    binding.ifPresent(b -> listener = Listener.fileResource(b.path(), listener.operation()));
  }

  /** The call is being answered {@code WAIT}; its action runs on. */
  void waiting(String requestId) {
    this.waited = true;
    this.requestId = requestId;
  }

  /** The answer is being written: reports the call (once). */
  void answered(int status, String problem) {
    if (reported || observer == FlowObserver.NONE) {
      return;
    }
    reported = true;
    try {
      if (waited && status < 400) {
        observer.waitStarted(service.name(), listener, requestId);
      }
      observer.callAnswered(
          new CallEvent(
              service.name(), listener, status, waited, Duration.ofNanos(System.nanoTime() - started), Instant.now(),
              status >= 400 ? problem : null));
    } catch (RuntimeException e) {
      // An observer's failure must never change a call's answer.
      LOG.warn("The server's observer failed on a call; the call is answered as usual", e);
    }
  }

}
