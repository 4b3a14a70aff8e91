package io.flowkit.runtime.wire;

import java.util.List;
import java.util.Map;

/** The answer to a message action call, or the body POSTed to its {@code callbackUri} later. */
public record ServiceResponse(
    String token,
    String tenantId,
    Culture culture,
    Map<String, String> annotations,
    InvokeType invokeType,
    String waitMessage,
    List<EngineValue> outputs,
    String selectedOutcomeId,
    Map<String, String> rootFaults,
    List<ValueFault> valueFaults,
    String mode) {

  public ServiceResponse {
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
    rootFaults = rootFaults == null ? Map.of() : Map.copyOf(rootFaults);
    valueFaults = valueFaults == null ? List.of() : List.copyOf(valueFaults);
  }

  /** A finished action: {@code FORWARD} with its outputs. */
  public static ServiceResponse forward(ServiceRequest request, List<EngineValue> outputs) {
    return new ServiceResponse(
        request.token(), request.tenantId(), null, null, InvokeType.FORWARD, null, outputs, null,
        null, null, null);
  }

  /** An action still running: {@code WAIT} with a message shown to users. */
  public static ServiceResponse waiting(ServiceRequest request, String waitMessage) {
    return new ServiceResponse(
        request.token(), request.tenantId(), null, null, InvokeType.WAIT, waitMessage, List.of(),
        null, null, null, null);
  }
}
