package io.flowkit.runtime.wire;

import java.util.List;

/** Which binding a {@code /data} call is for: {@code developerName} is the binding's table name. */
public record ObjectDataType(
    String typeElementId, String developerName, List<ObjectDataTypeProperty> properties) {

  public ObjectDataType {
    properties = properties == null ? List.of() : List.copyOf(properties);
  }
}
