package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A typed object on the wire (the platform calls it {@code ObjectAPI}).
 *
 * @param externalId the service's id of the record; empty or {@code null} means "new" on save
 * @param internalId the platform's id of the object within its state; echoed, never required
 * @param developerName the type name (on {@code /data}: the binding's table name)
 */
public record MObject(
    String externalId,
    String internalId,
    String developerName,
    String typeElementId,
    String typeElementBindingDeveloperName,
    int order,
    @JsonProperty("isSelected") boolean selected,
    List<Property> properties) {

  public MObject {
    properties = properties == null ? List.of() : List.copyOf(properties);
  }

  /** An object with the given type name, external id and properties. */
  public static MObject of(String developerName, String externalId, List<Property> properties) {
    return new MObject(externalId, null, developerName, null, null, 0, false, properties);
  }

  /** This object with another external id. */
  public MObject withExternalId(String id) {
    return new MObject(
        id, internalId, developerName, typeElementId, typeElementBindingDeveloperName, order,
        selected, properties);
  }
}
