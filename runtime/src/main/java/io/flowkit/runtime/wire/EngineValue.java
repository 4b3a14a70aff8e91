package io.flowkit.runtime.wire;

import java.util.List;

/**
 * A named value exchanged with the platform: a message action input or output, or a configuration
 * value.
 *
 * @param objectData {@code null} when not provided (distinct from an empty list)
 */
public record EngineValue(
    String developerName,
    ContentType contentType,
    String contentValue,
    List<MObject> objectData,
    String typeElementDeveloperName,
    String valueElementId,
    String typeElementId,
    String typeElementPropertyId,
    String typeElementPropertyDeveloperName)
    implements WireValue {

  /** A scalar value. */
  public static EngineValue scalar(String name, ContentType type, String contentValue) {
    return new EngineValue(name, type, contentValue, null, null, null, null, null, null);
  }

  /** An object or list value of the given Flow type. */
  public static EngineValue structured(
      String name, ContentType type, String typeName, List<MObject> objects) {
    return new EngineValue(name, type, null, objects, typeName, null, null, null, null);
  }
}
