package io.flowkit.codegen.model;

import io.flowkit.codegen.diagnostics.SourceLocation;
import java.util.List;

/**
 * A Flow type and the Java record that mirrors it.
 *
 * @param flowName e.g. {@code Create Order REQUEST - customer}, {@code Ticket}, {@code $File RESPONSE - Receipt}
 * @param javaName simple record name, unique in the package, e.g. {@code CreateOrderRequestCustomer}
 * @param summary {@code developerSummary}: the profile's description, else a generated sentence
 * @param properties sorted by Flow name; at least one
 * @param binding for data-action types; otherwise {@code null}
 * @param idProperty Flow name of the property that is the object's {@code externalId} (data: the
 *     declared {@code id}; file: {@code externalId}); otherwise {@code null}
 */
public record FlowTypeModel(
    String flowName,
    String javaName,
    String summary,
    TypeRole role,
    List<PropertyModel> properties,
    BindingModel binding,
    String idProperty,
    SourceLocation source) {

  public FlowTypeModel {
    properties = List.copyOf(properties);
  }
}
