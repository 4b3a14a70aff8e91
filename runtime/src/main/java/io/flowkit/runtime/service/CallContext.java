package io.flowkit.runtime.service;

import io.flowkit.runtime.wire.Culture;
import io.flowkit.runtime.wire.OutcomeRequest;
import java.util.List;
import java.util.Objects;
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
  private final List<OutcomeRequest> outcomes;
  private volatile String selectedOutcomeId;
  private volatile String waitMessage;
  private volatile Runnable onAnswerWait;

  CallContext(
      C configuration, String tenantId, String stateId, String token, Culture culture, FlowUser user, String requestId) {
    this(configuration, tenantId, stateId, token, culture, user, requestId, List.of());
  }

  CallContext(
      C configuration,
      String tenantId,
      String stateId,
      String token,
      Culture culture,
      FlowUser user,
      String requestId,
      List<OutcomeRequest> outcomes) {
    this.configuration = configuration;
    this.tenantId = tenantId;
    this.stateId = stateId;
    this.token = token;
    this.culture = culture;
    this.user = user;
    this.requestId = requestId;
    this.outcomes = List.copyOf(outcomes);
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
  public List<OutcomeRequest> outcomes() {
    return outcomes;
  }

  @Override
  public boolean selectOutcome(String idOrDeveloperName) {
    if (idOrDeveloperName == null) {
      return false;
    }
    for (OutcomeRequest outcome : outcomes) {
      if (outcome != null && outcome.id() != null && outcome.id().equals(idOrDeveloperName)) {
        selectedOutcomeId = outcome.id();
        return true;
      }
    }
    for (OutcomeRequest outcome : outcomes) {
      if (outcome != null && outcome.id() != null && Objects.equals(outcome.developerName(), idOrDeveloperName)) {
        selectedOutcomeId = outcome.id();
        return true;
      }
    }
    return false;
  }

  /** The id of the outcome the implementation selected, or {@code null}. */
  String selectedOutcomeId() {
    return selectedOutcomeId;
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
