package io.flowkit.runtime.wire;

/**
 * A property of a {@link TypeElement}; {@code typeElementDeveloperName} names the type of an object
 * or list property and is resolved by name when the service is installed.
 */
public record TypeElementProperty(
    String id,
    String developerName,
    ContentType contentType,
    String contentFormat,
    String typeElementId,
    String typeElementDeveloperName) {

  public static TypeElementProperty of(String name, ContentType type, String typeName) {
    return new TypeElementProperty(null, name, type, null, null, typeName);
  }
}
