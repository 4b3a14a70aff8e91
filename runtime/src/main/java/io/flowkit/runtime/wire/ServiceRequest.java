package io.flowkit.runtime.wire;

import java.util.List;
import java.util.Map;

/**
 * Body of a message action call. {@code token} and {@code tenantId} must be echoed in the response
 * and in any callback to {@code callbackUri}.
 */
public record ServiceRequest(
    String token,
    String tenantId,
    String stateId,
    String callbackUri,
    String platformUri,
    Culture culture,
    String executionMode,
    List<EngineValue> configurationValues,
    Map<String, String> annotations,
    Map<String, String> attributes,
    String joinPlayerUri,
    String playerUri,
    String uri,
    List<EngineValue> inputs,
    List<OutcomeRequest> outcomes) {

  public ServiceRequest {
    configurationValues = configurationValues == null ? List.of() : List.copyOf(configurationValues);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
  }
}
