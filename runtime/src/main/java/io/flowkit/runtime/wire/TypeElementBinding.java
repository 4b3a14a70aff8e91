package io.flowkit.runtime.wire;

import java.util.List;

/**
 * A binding makes a type usable with database Load/Save/Delete; the service receives
 * {@code databaseTableName} as {@code objectDataType.developerName}.
 */
public record TypeElementBinding(
    String id,
    String serviceElementId,
    String developerName,
    String developerSummary,
    String databaseTableName,
    List<TypeElementPropertyBinding> propertyBindings) {

  public TypeElementBinding {
    propertyBindings = propertyBindings == null ? List.of() : List.copyOf(propertyBindings);
  }

  public static TypeElementBinding of(
      String name, String summary, String tableName, List<TypeElementPropertyBinding> propertyBindings) {
    return new TypeElementBinding(null, null, name, summary, tableName, propertyBindings);
  }
}
