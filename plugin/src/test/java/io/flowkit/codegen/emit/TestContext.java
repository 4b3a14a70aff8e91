package io.flowkit.codegen.emit;

import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.FlowUser;
import io.flowkit.runtime.wire.Culture;
import java.util.Optional;

/** The context a test passes to implementations: a configuration and nothing else. */
record TestContext<C>(C configuration) implements ActionContext<C> {

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
