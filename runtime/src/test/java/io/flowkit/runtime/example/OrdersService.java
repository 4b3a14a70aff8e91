package io.flowkit.runtime.example;

import io.flowkit.runtime.service.FlowService;
import java.time.Duration;
import java.util.List;

/** Assembles the Orders service from the user's implementations, as the generated class does. */
public final class OrdersService {

  public static final String PATH = "/fs/orders";

  private OrdersService() {}

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    private CreateOrder.Action createOrder;
    private ShipOrder.Action shipOrder;
    private Duration shipOrderSyncTimeout;
    private Ticket.Data ticket;
    private Receipt.Files receipts;

    public Builder createOrder(CreateOrder.Action implementation) {
      this.createOrder = implementation;
      return this;
    }

    public Builder shipOrder(ShipOrder.Action implementation, Duration syncTimeout) {
      this.shipOrder = implementation;
      this.shipOrderSyncTimeout = syncTimeout;
      return this;
    }

    public Builder ticket(Ticket.Data implementation) {
      this.ticket = implementation;
      return this;
    }

    public Builder receipts(Receipt.Files implementation) {
      this.receipts = implementation;
      return this;
    }

    public FlowService<OrdersConfiguration> build() {
      return FlowService.builder("Orders", PATH, OrdersConfiguration.CODEC)
          .configurationValues(OrdersConfiguration.DESCRIBED)
          .types(List.of(Address.TYPE, OrderLine.TYPE, CreateOrder.Confirmation.TYPE, Ticket.TYPE, Receipt.TYPE))
          .messageAction(CreateOrder.binding(createOrder))
          .messageAction(ShipOrder.binding(shipOrder, shipOrderSyncTimeout))
          .dataAction(Ticket.binding(ticket))
          .fileResource(Receipt.binding(receipts))
          .build();
    }
  }
}
