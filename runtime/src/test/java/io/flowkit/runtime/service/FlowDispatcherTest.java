package io.flowkit.runtime.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersConfiguration;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeServiceRequest;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.runtime.wire.ServiceRequest;
import io.flowkit.runtime.wire.ServiceResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dispatcher without HTTP: who answers, and when a callback is (not) sent. */
class FlowDispatcherTest {

  final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  final List<CallbackRequest> sent = new CopyOnWriteArrayList<>();
  final ExampleImplementations implementations = new ExampleImplementations();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  FlowDispatcher<OrdersConfiguration> dispatcher(java.util.concurrent.Executor executor, Duration shipTimeout) {
    CallbackSender recorder = callback -> {
      sent.add(callback);
      return CompletableFuture.completedFuture(true);
    };
    return new FlowDispatcher<>(
        implementations.service(shipTimeout),
        new DispatchOptions(Duration.ofSeconds(30), null, executor, scheduler, recorder));
  }

  static ServiceRequest request(String orderId) {
    List<EngineValue> configuration = List.of(EngineValue.scalar("API Key", ContentType.PASSWORD, "k"));
    return new ServiceRequest("tok", "ten", "st", "http://platform.example/api/run/1/response", null, null, null,
        configuration, Map.of(), Map.of(), null, null, null, List.of(EngineValue.scalar("orderId", ContentType.STRING, orderId)), List.of());
  }

  @Test
  void anAnswerInTimeIsNeverAlsoCalledBack() throws Exception {
    FlowDispatcher<OrdersConfiguration> dispatcher = dispatcher(Runnable::run, Duration.ofSeconds(30));

    ServiceResponse response = dispatcher.invoke("/actions/ship-order/", request("now-1"), CallInfo.of("r1")).toCompletableFuture().get(5, TimeUnit.SECONDS);

    assertThat(response.invokeType()).isEqualTo(InvokeType.FORWARD);
    assertThat(response.token()).isEqualTo("tok");
    assertThat(sent).isEmpty();
  }

  @Test
  void aResultAfterWaitGoesToTheCallbackOnce() throws Exception {
    FlowDispatcher<OrdersConfiguration> dispatcher = dispatcher(Runnable::run, Duration.ofHours(1));

    ServiceResponse first = dispatcher.invoke("actions/ship-order", request("defer-1"), CallInfo.of("r2")).toCompletableFuture().get(5, TimeUnit.SECONDS);
    implementations.shipping.complete("defer-1", "T1");

    assertThat(first.invokeType()).isEqualTo(InvokeType.WAIT);
    assertThat(first.waitMessage()).isEqualTo("Shipping defer-1");
    assertThat(sent).singleElement().satisfies(callback -> {
      assertThat(callback.uri().toString()).isEqualTo("http://platform.example/api/run/1/response");
      assertThat(callback.response().invokeType()).isEqualTo(InvokeType.FORWARD);
      assertThat(callback.tenantId()).isEqualTo("ten");
      assertThat(callback.requestId()).isEqualTo("r2");
    });
  }

  @Test
  void aFullActionPoolIsA503() {
    FlowDispatcher<OrdersConfiguration> dispatcher = dispatcher(task -> {
      throw new RejectedExecutionException("full");
    }, Duration.ofSeconds(30));

    assertThatThrownBy(() -> dispatcher.invoke("actions/ship-order", request("x"), CallInfo.of("r3")).toCompletableFuture().get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(ServiceProblemException.class, e -> assertThat(e.status()).isEqualTo(503));
  }

  @Test
  void describeAndInstallNeverReadConfiguration() {
    FlowDispatcher<OrdersConfiguration> dispatcher = dispatcher(Runnable::run, Duration.ofSeconds(30));

    assertThat(dispatcher.describe(new DescribeServiceRequest(null, null, null)).configurationValues()).hasSize(3);
    assertThat(dispatcher.install(new DescribeServiceRequest(null, null, null)).types()).hasSize(5);
  }

  @Test
  void anUnknownActionIsA404AtOnce() {
    FlowDispatcher<OrdersConfiguration> dispatcher = dispatcher(Runnable::run, Duration.ofSeconds(30));

    assertThatThrownBy(() -> dispatcher.invoke("actions/none", request("x"), CallInfo.of("r4")))
        .isInstanceOfSatisfying(ServiceProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void theDefaultSyncTimeoutIsTheFlowServicesServers() {
    assertThat(DispatchOptions.DEFAULT_SYNC_TIMEOUT).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aBlockingActionPastItsSyncTimeoutIsAnsweredWaitAndItsResultCalledBackWithItsOutcome() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    MessageActionBinding<String, List<EngineValue>, List<EngineValue>> blocking =
        new MessageActionBinding<>(
            io.flowkit.runtime.wire.ActionDescription.of("actions/block", "Block", null, List.of(), List.of()),
            values -> values, values -> values,
            (inputs, context) -> {
              context.waitMessage("Blocked for now");
              context.selectOutcome("Done");
              release.await();
              return List.of(EngineValue.scalar("result", ContentType.STRING, "released"));
            },
            // long enough that the action has set its wait message before WAIT is answered, even on
            // a loaded machine; the action blocks until released, so WAIT comes after this in any case
            Duration.ofSeconds(1));
    FlowService<String> service = FlowService.builder("Blocking", "/fs/block", values -> "c").messageAction(blocking).build();
    java.util.concurrent.ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      CompletableFuture<CallbackRequest> delivered = new CompletableFuture<>();
      CallbackSender recorder = callback -> {
        sent.add(callback);
        delivered.complete(callback);
        return CompletableFuture.completedFuture(true);
      };
      FlowDispatcher<String> dispatcher =
          new FlowDispatcher<>(service, new DispatchOptions(Duration.ofSeconds(30), null, pool, scheduler, recorder));
      ServiceRequest request =
          new ServiceRequest("tok-b", "ten-b", null, "https://platform.example/api/run/1/response", null, null, null, List.of(),
              Map.of(), Map.of(), null, null, null, List.of(),
              List.of(io.flowkit.runtime.wire.OutcomeRequest.of("o-1", "Done")));

      ServiceResponse first = dispatcher.invoke("actions/block", request, CallInfo.of("r5")).toCompletableFuture().get(5, TimeUnit.SECONDS);
      assertThat(first.invokeType()).isEqualTo(InvokeType.WAIT);
      assertThat(first.waitMessage()).isEqualTo("Blocked for now");
      assertThat(first.token()).isEqualTo("tok-b");
      assertThat(sent).isEmpty();

      release.countDown();
      delivered.get(10, TimeUnit.SECONDS);
      assertThat(sent).singleElement().satisfies(callback -> {
        assertThat(callback.response().invokeType()).isEqualTo(InvokeType.FORWARD);
        assertThat(callback.response().token()).isEqualTo("tok-b");
        assertThat(callback.response().selectedOutcomeId()).isEqualTo("o-1");
        assertThat(callback.response().outputs()).singleElement().satisfies(v -> assertThat(v.objectData()).isEmpty());
        assertThat(callback.tenantId()).isEqualTo("ten-b");
      });
    } finally {
      pool.shutdownNow();
    }
  }
}
