package io.flowkit.cli.check.service;

import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inputs for an action probe, made from what the action declares: a plain value of each scalar
 * content type, and for objects and lists one object of the declared type with its properties
 * filled the same way (nested objects down to {@value #MAX_DEPTH} levels, deeper ones left empty,
 * so that types referring to themselves end).
 */
final class InputSynthesizer {

  /** The text given to string-like inputs. */
  static final String TEXT = "flowkit check";

  private static final int MAX_DEPTH = 3;

  private final Map<String, DescribedService.Type> types;

  InputSynthesizer(Map<String, DescribedService.Type> types) {
    this.types = types;
  }

  /** A value for each declared input whose content type Flow knows. */
  List<EngineValue> inputs(List<DescribedService.Value> declared) {
    List<EngineValue> values = new ArrayList<>();
    for (DescribedService.Value input : declared) {
      ContentType type = contentType(input.contentType());
      if (input.name() == null || type == null) {
        continue;
      }
      if (type.isStructured()) {
        MObject object = object(input.typeName(), 1);
        values.add(EngineValue.structured(input.name(), type, input.typeName(),
            object == null ? List.of() : List.of(object)));
      } else {
        values.add(EngineValue.scalar(input.name(), type, scalar(type)));
      }
    }
    return values;
  }

  /** The text sent for a scalar of {@code type}. */
  static String scalar(ContentType type) {
    return switch (type) {
      case NUMBER -> "1";
      case BOOLEAN -> "true";
      case DATE_TIME -> "2024-01-01T00:00:00.000Z";
      case CONTENT -> "<p>" + TEXT + "</p>";
      default -> TEXT;
    };
  }

  private MObject object(String typeName, int depth) {
    DescribedService.Type type = typeName == null ? null : types.get(typeName);
    if (type == null) {
      return null;
    }
    List<Property> properties = new ArrayList<>();
    for (DescribedService.TypeProperty property : type.properties()) {
      ContentType content = contentType(property.contentType());
      if (property.name() == null || content == null) {
        continue;
      }
      if (content.isStructured()) {
        MObject nested = depth >= MAX_DEPTH ? null : object(property.typeName(), depth + 1);
        properties.add(Property.structured(property.name(), content, nested == null ? List.of() : List.of(nested)));
      } else {
        properties.add(Property.scalar(property.name(), content, scalar(content)));
      }
    }
    return MObject.of(typeName, null, properties);
  }

  private static ContentType contentType(String text) {
    try {
      return ContentType.fromWireName(text);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
