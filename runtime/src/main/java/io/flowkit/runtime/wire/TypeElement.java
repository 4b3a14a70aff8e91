package io.flowkit.runtime.wire;

import java.util.List;

/** A Flow type the service asks the platform to create or update when it is installed. */
public record TypeElement(
    String elementType,
    String id,
    String serviceElementId,
    boolean updateByName,
    String developerName,
    String developerSummary,
    List<TypeElementProperty> properties,
    List<TypeElementBinding> bindings) {

  public TypeElement {
    properties = properties == null ? List.of() : List.copyOf(properties);
    bindings = bindings == null ? List.of() : List.copyOf(bindings);
  }

  public static TypeElement of(
      String name, String summary, List<TypeElementProperty> properties, List<TypeElementBinding> bindings) {
    return new TypeElement("TYPE", null, null, false, name, summary, properties, bindings);
  }
}
