package io.flowkit.codegen.model;

import io.flowkit.codegen.diagnostics.SourceLocation;
import java.util.List;

/**
 * A message action: the root entries of its request profile are its inputs, of its response profile
 * its outputs.
 *
 * @param uriPart e.g. {@code actions/create-order}: derived from the name, stable, unique
 * @param javaName base of the generated names, e.g. {@code CreateOrder} → {@code CreateOrderAction},
 *     {@code CreateOrderRequest}, {@code CreateOrderResponse}
 * @param inputs sorted by Flow name; empty when there is no request profile
 * @param outputs sorted by Flow name; empty when there is no response profile
 * @param syncTimeoutSeconds from the descriptor, 0 for the server's default
 */
public record MessageActionModel(
    String flowName,
    String summary,
    String uriPart,
    String javaName,
    List<PropertyModel> inputs,
    List<PropertyModel> outputs,
    int syncTimeoutSeconds,
    SourceLocation source) {

  public MessageActionModel {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  public String requestJavaName() {
    return javaName + "Request";
  }

  public String responseJavaName() {
    return javaName + "Response";
  }

  public String interfaceJavaName() {
    return javaName + "Action";
  }
}
