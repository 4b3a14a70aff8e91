package io.flowkit.runtime.service;

import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts what a service answers into the form the platform expects, whatever codec produced it
 * (generated or hand-written): {@code objectData} is {@code []}, never {@code null}, on every
 * engine value (scalars included, as the Java SDK and the protocol's examples write them), and no
 * {@code ContentPassword} value ever carries its content, at any depth; {@code null} entries are
 * dropped. Unchanged values are returned as they are (compared by identity), so the common case
 * allocates nothing.
 */
final class OutboundValues {

  private OutboundValues() {}

  /** Message action outputs, ready to send. */
  static List<EngineValue> engineValues(List<EngineValue> values) {
    List<EngineValue> result = null;
    for (int i = 0; i < values.size(); i++) {
      EngineValue value = values.get(i);
      EngineValue fixed = value == null ? null : engineValue(value);
      if ((fixed != value || value == null) && result == null) {
        result = new ArrayList<>(values.subList(0, i));
      }
      if (result != null && fixed != null) {
        result.add(fixed);
      }
    }
    return result == null ? values : List.copyOf(result);
  }

  private static EngineValue engineValue(EngineValue value) {
    List<MObject> objects = value.objectData() == null ? List.of() : objects(value.objectData());
    String content = value.contentType() == ContentType.PASSWORD ? null : value.contentValue();
    if (objects == value.objectData() && content == value.contentValue()) {
      return value;
    }
    return new EngineValue(
        value.developerName(), value.contentType(), content, objects, value.typeElementDeveloperName(),
        value.valueElementId(), value.typeElementId(), value.typeElementPropertyId(),
        value.typeElementPropertyDeveloperName());
  }

  /** Objects of a data or file answer (or nested in a value), ready to send. */
  static List<MObject> objects(List<MObject> objects) {
    List<MObject> result = null;
    for (int i = 0; i < objects.size(); i++) {
      MObject object = objects.get(i);
      MObject fixed = object == null ? null : object(object);
      if ((fixed != object || object == null) && result == null) {
        result = new ArrayList<>(objects.subList(0, i));
      }
      if (result != null && fixed != null) {
        result.add(fixed);
      }
    }
    return result == null ? objects : List.copyOf(result);
  }

  private static MObject object(MObject object) {
    List<Property> properties = object.properties();
    List<Property> fixed = null;
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      Property safe = property == null ? null : property(property);
      if ((safe != property || property == null) && fixed == null) {
        fixed = new ArrayList<>(properties.subList(0, i));
      }
      if (fixed != null && safe != null) {
        fixed.add(safe);
      }
    }
    if (fixed == null) {
      return object;
    }
    return new MObject(
        object.externalId(), object.internalId(), object.developerName(), object.typeElementId(),
        object.typeElementBindingDeveloperName(), object.order(), object.selected(), fixed);
  }

  private static Property property(Property property) {
    List<MObject> objects = objects(property.objectData());
    String content = property.contentType() == ContentType.PASSWORD ? null : property.contentValue();
    if (objects == property.objectData() && content == property.contentValue()) {
      return property;
    }
    return new Property(
        property.developerName(), property.contentType(), content, property.contentFormat(), objects,
        property.typeElementPropertyId(), property.typeElementId());
  }
}
