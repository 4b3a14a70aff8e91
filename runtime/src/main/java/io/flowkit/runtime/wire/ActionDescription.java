package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A message action in describe metadata ({@code DescribeServiceActionResponse}). The platform binds
 * a flow's message step to the action by {@code uriPart}, so it must stay stable.
 */
public record ActionDescription(
    String uriPart,
    String developerName,
    String developerSummary,
    @JsonProperty("isViewMessageAction") boolean viewMessageAction,
    List<ActionOutcome> serviceActionOutcomes,
    List<DescribeValue> serviceInputs,
    List<DescribeValue> serviceOutputs) {

  public ActionDescription {
    serviceActionOutcomes = serviceActionOutcomes == null ? List.of() : List.copyOf(serviceActionOutcomes);
    serviceInputs = serviceInputs == null ? List.of() : List.copyOf(serviceInputs);
    serviceOutputs = serviceOutputs == null ? List.of() : List.copyOf(serviceOutputs);
  }

  /** A logic (non-view) message action. */
  public static ActionDescription of(
      String uriPart, String name, String summary, List<DescribeValue> inputs, List<DescribeValue> outputs) {
    return new ActionDescription(uriPart, name, summary, false, List.of(), inputs, outputs);
  }
}
