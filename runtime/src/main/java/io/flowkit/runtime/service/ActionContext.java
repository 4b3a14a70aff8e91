package io.flowkit.runtime.service;

import io.flowkit.runtime.wire.Culture;
import io.flowkit.runtime.wire.OutcomeRequest;
import java.util.List;
import java.util.Optional;

/**
 * What every call to an implementation carries besides its typed input.
 *
 * @param <C> the service's generated configuration record
 */
public interface ActionContext<C> {

  /** The configuration values sent with this call, typed. */
  C configuration();

  /** The tenant the call is for; may be {@code null} on data and file calls. */
  String tenantId();

  /** The flow state the call is for. */
  String stateId();

  /** The platform's token for this call. */
  String token();

  Optional<Culture> culture();

  /** The running user, when the platform sent a user token. */
  Optional<FlowUser> user();

  /** The id of this request in the server's log, to quote in support questions. */
  String requestId();

  /**
   * The message users see while a message action is still running and the platform has been
   * answered {@code WAIT}; ignored elsewhere.
   */
  void waitMessage(String message);

  /**
   * Asks for the platform to be answered {@code WAIT} at once, showing {@code message}, instead of
   * after the action's sync timeout: for message actions that know they will take long. Complete the
   * stage returned by {@link MessageAction#executeAsync} later; its result is then POSTed to the
   * request's callback URI. Without a callback URI in the request the call simply waits for the
   * stage. Ignored outside message actions.
   */
  default void answerWait(String message) {
    waitMessage(message);
  }

  /**
   * The outcomes the platform offered with this message action call: the ways the flow may go on
   * from the step. Empty on data and file calls, and when the step offers none.
   */
  default List<OutcomeRequest> outcomes() {
    return List.of();
  }

  /**
   * Asks the platform to follow one of the {@linkplain #outcomes() offered outcomes} once this
   * message action is done: its id goes into the answer's {@code selectedOutcomeId} (and into the
   * callback's, after {@code WAIT}). The outcome is found by id, else by developer name, so an
   * implementation can name an outcome the builder labelled without knowing its generated id. The
   * platform ignores a selection whose outcome's rules fail.
   *
   * @return {@code false}, selecting nothing, when the call offered no such outcome (the protocol
   *     allows only ids from the request) or is not a message action call
   */
  default boolean selectOutcome(String idOrDeveloperName) {
    return false;
  }
}
