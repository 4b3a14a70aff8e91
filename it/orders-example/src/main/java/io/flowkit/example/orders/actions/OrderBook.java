package io.flowkit.example.orders.actions;

import io.flowkit.example.orders.flow.GetOrderStatusResponseHistory;
import io.flowkit.example.orders.flow.Status;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The orders placed so far, each with its status history; safe for concurrent calls. */
public final class OrderBook {

  /** An order as the book keeps it. */
  public record Order(String orderId, List<GetOrderStatusResponseHistory> history) {

    public Order {
      history = List.copyOf(history);
    }

    public Status status() {
      return history.get(history.size() - 1).status();
    }

    public OffsetDateTime updatedAt() {
      return history.get(history.size() - 1).at();
    }

    Order then(Status status, OffsetDateTime at) {
      List<GetOrderStatusResponseHistory> next = new ArrayList<>(history);
      next.add(new GetOrderStatusResponseHistory(at, status));
      return new Order(orderId, next);
    }
  }

  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong(1000);

  /** A new order id, unique in this book. */
  public String nextOrderId(String prefix) {
    return prefix + "-" + sequence.incrementAndGet();
  }

  /** Records a placed order (status {@code RECEIVED}). */
  public Order place(String orderId, OffsetDateTime at) {
    Order order = new Order(orderId, List.of(new GetOrderStatusResponseHistory(at, Status.RECEIVED)));
    orders.put(orderId, order);
    return order;
  }

  public Optional<Order> find(String orderId) {
    return Optional.ofNullable(orders.get(orderId));
  }

  /** Moves an order on to {@code status}; empty when there is no such order. */
  public Optional<Order> advance(String orderId, Status status, OffsetDateTime at) {
    return Optional.ofNullable(orders.computeIfPresent(orderId, (id, order) -> order.then(status, at)));
  }
}
