package com.example.orders;

import com.example.orders.flow.CreateOrderAction;
import com.example.orders.flow.CreateOrderRequest;
import com.example.orders.flow.CreateOrderRequestLines;
import com.example.orders.flow.CreateOrderResponse;
import com.example.orders.flow.CreateOrderResponseOrder;
import com.example.orders.flow.OrdersConfiguration;
import io.flowkit.runtime.service.ActionContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

/** The user's implementation of the generated {@code Create Order} action. */
public final class CreateOrder implements CreateOrderAction {

  private final Clock clock;
  private final AtomicInteger next = new AtomicInteger(1000);

  public CreateOrder(Clock clock) {
    this.clock = clock;
  }

  @Override
  public CreateOrderResponse execute(CreateOrderRequest request, ActionContext<OrdersConfiguration> context) {
    BigDecimal total = BigDecimal.ZERO;
    for (CreateOrderRequestLines line : request.lines()) {
      BigDecimal price = line.unitPrice() == null ? BigDecimal.ZERO : line.unitPrice();
      total = total.add(price.multiply(BigDecimal.valueOf(line.quantity())));
    }
    BigDecimal discount = context.configuration().discount();
    if (discount != null) {
      total = total.multiply(BigDecimal.ONE.subtract(discount.movePointLeft(2)));
    }
    boolean sandbox = Boolean.TRUE.equals(context.configuration().sandbox());
    return new CreateOrderResponse(
        new CreateOrderResponseOrder(
            !sandbox, "A-" + next.incrementAndGet(), OffsetDateTime.now(clock),
            total.setScale(2, RoundingMode.HALF_UP)));
  }
}
