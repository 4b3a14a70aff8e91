package com.example.orders;

import com.example.orders.flow.OrdersConfiguration;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.FlowUser;
import io.flowkit.runtime.wire.Culture;
import java.util.Optional;

/** What the server would hand an implementation, reduced to what these tests need. */
record TestContext(OrdersConfiguration configuration) implements ActionContext<OrdersConfiguration> {

  @Override
  public String tenantId() {
    return "tenant";
  }

  @Override
  public String stateId() {
    return "state";
  }

  @Override
  public String token() {
    return "token";
  }

  @Override
  public Optional<Culture> culture() {
    return Optional.empty();
  }

  @Override
  public Optional<FlowUser> user() {
    return Optional.empty();
  }

  @Override
  public String requestId() {
    return "request";
  }

  @Override
  public void waitMessage(String message) {}
}
