package io.flowkit.codegen.profile.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.json.JsonPointers;
import io.flowkit.codegen.model.ValueKind;
import io.flowkit.codegen.profile.EnumValues;
import io.flowkit.codegen.profile.InvalidShape;
import io.flowkit.codegen.profile.NullShape;
import io.flowkit.codegen.profile.ScalarShape;
import io.flowkit.codegen.profile.Shape;
import io.flowkit.codegen.profile.Shapes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The value keywords of a schema turned into scalar shapes: {@code type} (and unions of value
 * types), {@code format} ({@code date-time}, {@code date}), {@code enum} and {@code const}.
 */
final class ScalarSchemas {

  private final Reporter reporter;

  ScalarSchemas(Reporter reporter) {
    this.reporter = reporter;
  }

  /** A {@code type} array of several types besides {@code "null"}. */
  Shape typeUnion(SchemaNode node, Set<String> types) {
    if (types.contains("object") || types.contains("array")) {
      return Shapes.jsonText("a value of type " + String.join(" or ", types),
          "give it one type (Flow has no union types)", node.description(), node.locationOf("type"), reporter);
    }
    if (types.equals(Set.of("integer", "number"))) {
      return new ScalarShape(ValueKind.DECIMAL, null, node.description(), node.location());
    }
    reporter.warning(node.locationOf("type"),
        "a value of type " + String.join(" or ", types) + ": typed as String (Flow has no union types)");
    return new ScalarShape(ValueKind.STRING, null, node.description(), node.location());
  }

  /**
   * A schema of one value type ({@code string}, {@code integer}, {@code number}, {@code boolean}),
   * or {@code null} for any other type.
   */
  Shape ofType(SchemaNode node, String type) {
    return switch (type) {
      case "string" -> string(node);
      case "integer" -> new ScalarShape(ValueKind.INTEGER, null, node.description(), node.location());
      case "number" -> new ScalarShape(ValueKind.DECIMAL, null, node.description(), node.location());
      case "boolean" -> new ScalarShape(ValueKind.BOOLEAN, null, node.description(), node.location());
      default -> null;
    };
  }

  /** A string, with its enum or its date format. */
  Shape string(SchemaNode node) {
    JsonNode json = node.json();
    if (json.has("enum")) {
      EnumValues values = enumValues(node);
      if (values != null) {
        return new ScalarShape(ValueKind.STRING, values, node.description(), node.location());
      }
    }
    String format = json.path("format").asText("");
    ValueKind kind = switch (format) {
      case "date-time" -> ValueKind.DATE_TIME;
      case "date" -> ValueKind.DATE;
      default -> ValueKind.STRING;
    };
    return new ScalarShape(kind, null, node.description(), node.location());
  }

  /** An {@code enum} without {@code type}: typed after its values. */
  Shape enumWithoutType(SchemaNode node) {
    JsonNode values = node.json().get("enum");
    if (!values.isArray()) {
      reporter.error(node.locationOf("enum"), "\"enum\" must be an array");
      return new InvalidShape(node.location());
    }
    List<JsonNode> nonNull = new ArrayList<>();
    values.forEach(v -> {
      if (!v.isNull()) {
        nonNull.add(v);
      }
    });
    if (nonNull.isEmpty()) {
      return new NullShape(node.location());
    }
    if (nonNull.stream().allMatch(JsonNode::isTextual)) {
      return new ScalarShape(ValueKind.STRING, enumValues(node), node.description(), node.location());
    }
    ValueKind kind = commonKind(nonNull);
    if (kind == null) {
      reporter.warning(node.locationOf("enum"), "an enum of mixed value types: typed as String");
      kind = ValueKind.STRING;
    }
    return new ScalarShape(kind, null, node.description(), node.location());
  }

  /** A {@code const} without {@code type}: typed after its value. */
  Shape constant(SchemaNode node) {
    JsonNode value = node.json().get("const");
    if (value.isNull()) {
      return new NullShape(node.location());
    }
    ValueKind kind = commonKind(List.of(value));
    if (kind == null) {
      return Shapes.jsonText("a constant object or array", "drop \"const\" or make it a value",
          node.description(), node.locationOf("const"), reporter);
    }
    return new ScalarShape(kind, null, node.description(), node.location());
  }

  private static ValueKind commonKind(List<JsonNode> values) {
    if (values.stream().allMatch(JsonNode::isTextual)) {
      return ValueKind.STRING;
    }
    if (values.stream().allMatch(JsonNode::isBoolean)) {
      return ValueKind.BOOLEAN;
    }
    if (values.stream().allMatch(v -> v.isIntegralNumber() && v.canConvertToLong())) {
      return ValueKind.INTEGER;
    }
    if (values.stream().allMatch(JsonNode::isNumber)) {
      return ValueKind.DECIMAL;
    }
    return null;
  }

  private EnumValues enumValues(SchemaNode node) {
    JsonNode values = node.json().get("enum");
    if (values == null || !values.isArray()) {
      return null;
    }
    Set<String> distinct = new LinkedHashSet<>();
    values.forEach(v -> {
      if (v.isTextual()) {
        distinct.add(v.asText());
      }
    });
    if (distinct.isEmpty()) {
      return null;
    }
    String definition = definitionName(node.pointer());
    return new EnumValues(new ArrayList<>(distinct), node.description(), node.key(), definition, node.location());
  }

  /** The key of a schema directly under {@code definitions} or {@code $defs}, else {@code null}. */
  private static String definitionName(String pointer) {
    for (String container : List.of("/definitions/", "/$defs/")) {
      if (pointer.startsWith(container)) {
        String rest = pointer.substring(container.length());
        if (!rest.isEmpty() && !rest.contains("/")) {
          return JsonPointers.lastToken(pointer);
        }
      }
    }
    return null;
  }
}
