package io.flowkit.example.orders.actions;

import io.flowkit.example.orders.flow.GetOrderStatusAction;
import io.flowkit.example.orders.flow.GetOrderStatusRequest;
import io.flowkit.example.orders.flow.GetOrderStatusResponse;
import io.flowkit.example.orders.flow.OrdersConfiguration;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.ServiceProblemException;

/** {@code Get Order Status}: where an order of the {@link OrderBook} is, with its history. */
public final class GetOrderStatus implements GetOrderStatusAction {

  private final BackendKey backend;
  private final OrderBook book;

  public GetOrderStatus(BackendKey backend, OrderBook book) {
    this.backend = backend;
    this.book = book;
  }

  @Override
  public GetOrderStatusResponse execute(GetOrderStatusRequest request, ActionContext<OrdersConfiguration> context) {
    backend.check(context.configuration());
    // The request profile is a sample, so orderId is optional in Flow's eyes; the lookup needs it.
    if (request.orderId() == null) {
      throw ServiceProblemException.badRequest("Give the orderId of the order to look up");
    }
    OrderBook.Order order = book.find(request.orderId())
        .orElseThrow(() -> ServiceProblemException.notFound("There is no order '" + request.orderId() + "'"));
    return new GetOrderStatusResponse(order.history(), order.orderId(), order.status(), order.updatedAt());
  }
}
