package com.example.orders;

import com.example.orders.flow.CreateOrderAction;
import com.example.orders.flow.CreateOrderRequest;
import com.example.orders.flow.CreateOrderRequestLines;
import com.example.orders.flow.CreateOrderResponse;
import com.example.orders.flow.OrdersConfiguration;
import io.flowkit.runtime.service.ActionContext;
import java.math.BigDecimal;
import java.util.List;

/** Accepts every order and answers its total. */
public final class CreateOrder implements CreateOrderAction {

  @Override
  public CreateOrderResponse execute(CreateOrderRequest request, ActionContext<OrdersConfiguration> context) {
    BigDecimal total = BigDecimal.ZERO;
    for (CreateOrderRequestLines line : request.lines()) {
      total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
    }
    return new CreateOrderResponse(true, null, request.orderNumber(), total, List.of());
  }
}
