package io.flowkit.runtime.service;

import io.flowkit.runtime.wire.Culture;
import java.util.Optional;

/** The {@link ActionContext} of one dispatched call. */
final class CallContext<C> implements ActionContext<C> {

  private final C configuration;
  private final String tenantId;
  private final String stateId;
  private final String token;
  private final Culture culture;
  private final FlowUser user;
  private final String requestId;
  private volatile String waitMessage;
  private volatile Runnable onAnswerWait;

  CallContext(
      C configuration, String tenantId, String stateId, String token, Culture culture, FlowUser user, String requestId) {
    this.configuration = configuration;
    this.tenantId = tenantId;
    this.stateId = stateId;
    this.token = token;
    this.culture = culture;
    this.user = user;
    this.requestId = requestId;
  }

  @Override
  public C configuration() {
    return configuration;
  }

  @Override
  public String tenantId() {
    return tenantId;
  }

  @Override
  public String stateId() {
    return stateId;
  }

  @Override
  public String token() {
    return token;
  }

  @Override
  public Optional<Culture> culture() {
    return Optional.ofNullable(culture);
  }

  @Override
  public Optional<FlowUser> user() {
    return Optional.ofNullable(user);
  }

  @Override
  public String requestId() {
    return requestId;
  }

  @Override
  public void waitMessage(String message) {
    this.waitMessage = message;
  }

  @Override
  public void answerWait(String message) {
    this.waitMessage = message;
    Runnable hook = onAnswerWait;
    if (hook != null) {
      hook.run();
    }
  }

  String currentWaitMessage() {
    return waitMessage;
  }

  void onAnswerWait(Runnable hook) {
    this.onAnswerWait = hook;
  }

  @Override
  public String toString() {
    // Never print the configuration: it may hold passwords.
    return "ActionContext[request " + requestId + ", tenant " + tenantId + ", state " + stateId + "]";
  }
}
