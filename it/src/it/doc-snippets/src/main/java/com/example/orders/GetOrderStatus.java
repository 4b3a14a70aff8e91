package com.example.orders;

import com.example.orders.flow.GetOrderStatusAction;
import com.example.orders.flow.GetOrderStatusRequest;
import com.example.orders.flow.GetOrderStatusResponse;
import com.example.orders.flow.OrdersConfiguration;
import com.example.orders.flow.Status;
import io.flowkit.runtime.service.ActionContext;
import java.util.List;

/** Every order is being picked. */
public final class GetOrderStatus implements GetOrderStatusAction {

  @Override
  public GetOrderStatusResponse execute(GetOrderStatusRequest request, ActionContext<OrdersConfiguration> context) {
    return new GetOrderStatusResponse(List.of(), request.orderId(), Status.PICKING, null);
  }
}
