package io.flowkit.runtime.wire;

import java.util.List;

/** One property of an {@link MObject}; on {@code /data} its name is the binding's field name. */
public record Property(
    String developerName,
    ContentType contentType,
    String contentValue,
    String contentFormat,
    List<MObject> objectData,
    String typeElementPropertyId,
    String typeElementId)
    implements WireValue {

  public Property {
    objectData = objectData == null ? List.of() : List.copyOf(objectData);
  }

  /** A scalar property. */
  public static Property scalar(String name, ContentType type, String contentValue) {
    return new Property(name, type, contentValue, null, List.of(), null, null);
  }

  /** An object or list property. */
  public static Property structured(String name, ContentType type, List<MObject> objects) {
    return new Property(name, type, null, null, objects, null, null);
  }
}
