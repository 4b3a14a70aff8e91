package io.flowkit.runtime.wire;

/** Binds a type property to the field name the service sees on {@code /data}. */
public record TypeElementPropertyBinding(
    String typeElementPropertyDeveloperName,
    String databaseFieldName,
    String typeElementPropertyId,
    String databaseContentType) {

  public static TypeElementPropertyBinding of(String propertyName, String fieldName) {
    return new TypeElementPropertyBinding(propertyName, fieldName, null, null);
  }
}
