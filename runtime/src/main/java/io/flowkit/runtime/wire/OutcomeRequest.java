package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An outcome the platform offers in a {@link ServiceRequest}; a response may select one by id. */
public record OutcomeRequest(
    String id,
    String developerName,
    String label,
    int order,
    String pageActionBindingType,
    String pageActionType,
    @JsonProperty("isBulkAction") boolean bulkAction,
    String pageObjectBindingId,
    @JsonProperty("isOut") boolean out) {

  /** An outcome as the platform offers it, with only an id and a developer name. */
  public static OutcomeRequest of(String id, String developerName) {
    return new OutcomeRequest(id, developerName, developerName, 0, null, null, false, null, false);
  }
}
