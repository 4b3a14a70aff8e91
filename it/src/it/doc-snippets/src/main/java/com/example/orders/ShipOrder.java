package com.example.orders;

import com.example.orders.flow.OrdersConfiguration;
import com.example.orders.flow.ShipOrderAction;
import com.example.orders.flow.ShipOrderRequest;
import com.example.orders.flow.ShipOrderResponse;
import io.flowkit.runtime.service.ActionContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Ships at once. */
public final class ShipOrder implements ShipOrderAction {

  @Override
  public ShipOrderResponse execute(ShipOrderRequest request, ActionContext<OrdersConfiguration> context) {
    return new ShipOrderResponse(request.orderId(), OffsetDateTime.now(ZoneOffset.UTC), "T-" + request.orderId());
  }
}
