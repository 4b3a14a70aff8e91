package io.flowkit.example.orders.actions;

import io.flowkit.example.orders.flow.OrdersConfiguration;
import io.flowkit.example.orders.flow.ShipOrderAction;
import io.flowkit.example.orders.flow.ShipOrderRequest;
import io.flowkit.example.orders.flow.ShipOrderResponse;
import io.flowkit.example.orders.flow.Status;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.ServiceProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code Ship Order}: books a courier, which takes a while. The action asks for Flow to be answered
 * {@code WAIT} at once and completes later, when the courier has confirmed; the server then POSTs
 * the result to Flow's callback URI. No thread waits meanwhile: the completion is scheduled.
 */
public final class ShipOrder implements ShipOrderAction {

  private final BackendKey backend;
  private final OrderBook book;
  private final Clock clock;
  private final Executor courier;
  private final AtomicLong parcels = new AtomicLong(600_000_000L);

  /** @param courierDelay how long the courier takes to confirm a booking */
  public ShipOrder(BackendKey backend, OrderBook book, Clock clock, Duration courierDelay) {
    this.backend = backend;
    this.book = book;
    this.clock = clock;
    this.courier = CompletableFuture.delayedExecutor(courierDelay.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public ShipOrderResponse execute(ShipOrderRequest request, ActionContext<OrdersConfiguration> context) {
    throw new UnsupportedOperationException("Ship Order runs asynchronously: see executeAsync");
  }

  @Override
  public CompletionStage<ShipOrderResponse> executeAsync(ShipOrderRequest request, ActionContext<OrdersConfiguration> context) {
    // Problems found at once are answered at once, not through the callback.
    backend.check(context.configuration());
    String orderId = request.orderId();
    if (orderId == null) {
      throw ServiceProblemException.badRequest("Give the orderId of the order to ship");
    }
    OrderBook.Order order = book.find(orderId)
        .orElseThrow(() -> ServiceProblemException.notFound("There is no order '" + orderId + "'"));
    if (order.status() == Status.SHIPPED || order.status() == Status.DELIVERED) {
      throw new ServiceProblemException(409, "Order '" + orderId + "' has already shipped");
    }
    String carrier = request.carrier() == null ? "DHL" : request.carrier().toUpperCase(Locale.ROOT);
    context.answerWait("Booking a " + carrier + " courier for order " + orderId);
    return CompletableFuture.supplyAsync(
        () -> {
          OffsetDateTime shippedAt = OffsetDateTime.now(clock);
          book.advance(orderId, Status.SHIPPED, shippedAt);
          return new ShipOrderResponse(orderId, shippedAt, carrier + parcels.incrementAndGet());
        },
        courier);
  }
}
