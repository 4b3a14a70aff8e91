package io.flowkit.testkit;

import io.flowkit.runtime.wire.ServiceResponse;

/**
 * A message action's answer with its outputs decoded: what {@link FlowPlatform#invoke(String,
 * java.util.List, java.util.function.Function)} returns.
 *
 * @param response the answer as the service sent it: invoke type, token, wait message, selected
 *     outcome, faults and the outputs as engine values
 * @param outputs the outputs decoded, typically into a generated response record by its action
 *     codec's {@code decodeOutputs}; after {@code WAIT} they are the (usually empty) outputs sent
 *     with it, the final ones arrive with the callback
 * @param <O> the decoded type, e.g. {@code CreateOrderResponse}
 */
public record ActionResult<O>(ServiceResponse response, O outputs) {}
