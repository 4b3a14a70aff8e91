package io.flowkit.cli.check.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a describe answer declares, read leniently (missing parts are empty) so that the probes can
 * run on whatever the service declared; {@link DescribeValidator} says what is wrong with it.
 */
final class DescribedService {

  /** A configuration value, input or output: name, content type text, type name (or null), required. */
  record Value(String name, String contentType, String typeName, boolean required) {}

  /** A message action. */
  record Action(String name, String uriPart, List<Value> inputs, List<Value> outputs) {}

  /** A type's property. */
  record TypeProperty(String name, String contentType, String typeName) {}

  /** A type with its properties. */
  record Type(String name, List<TypeProperty> properties) {}

  /** A binding: the table name {@code /data} is called with, and its fields by property name. */
  record Binding(String typeName, String tableName, Map<String, String> fieldsByProperty) {}

  final boolean providesLogic;
  final boolean providesDatabase;
  final boolean providesFiles;
  final List<Value> configurationValues = new ArrayList<>();
  final List<Action> actions = new ArrayList<>();
  final Map<String, Type> types = new LinkedHashMap<>();
  final List<Binding> bindings = new ArrayList<>();

  private DescribedService(JsonNode describe) {
    providesLogic = describe.path("providesLogic").asBoolean(false);
    providesDatabase = describe.path("providesDatabase").asBoolean(false);
    providesFiles = describe.path("providesFiles").asBoolean(false);
    for (JsonNode value : elements(describe.path("configurationValues"))) {
      configurationValues.add(value(value));
    }
    for (JsonNode action : elements(describe.path("actions"))) {
      actions.add(new Action(
          text(action, "developerName"), text(action, "uriPart"),
          values(action.path("serviceInputs")), values(action.path("serviceOutputs"))));
    }
    for (JsonNode type : typeElements(describe)) {
      String name = text(type, "developerName");
      List<TypeProperty> properties = new ArrayList<>();
      for (JsonNode property : elements(type.path("properties"))) {
        properties.add(new TypeProperty(text(property, "developerName"), text(property, "contentType"),
            text(property, "typeElementDeveloperName")));
      }
      types.putIfAbsent(name, new Type(name, properties));
      for (JsonNode binding : elements(type.path("bindings"))) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode field : elements(binding.path("propertyBindings"))) {
          fields.put(text(field, "typeElementPropertyDeveloperName"), text(field, "databaseFieldName"));
        }
        bindings.add(new Binding(name, text(binding, "databaseTableName"), fields));
      }
    }
  }

  /** What {@code describe} declares. */
  static DescribedService of(JsonNode describe) {
    return new DescribedService(describe);
  }

  /** The types to install: {@code install.typeElements}, else {@code types} (the v2 install answer). */
  static List<JsonNode> typeElements(JsonNode describe) {
    JsonNode install = describe.path("install").path("typeElements");
    return elements(install.isArray() ? install : describe.path("types"));
  }

  static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(element -> {
        if (element.isObject()) {
          list.add(element);
        }
      });
    }
    return list;
  }

  /** The text of {@code field}, or {@code null} when absent, null or not text. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.textValue() : null;
  }

  private static List<Value> values(JsonNode array) {
    List<Value> values = new ArrayList<>();
    for (JsonNode value : elements(array)) {
      values.add(value(value));
    }
    return values;
  }

  private static Value value(JsonNode value) {
    // The platform's model says isRequired, the Java SDK wrote required: either counts.
    return new Value(text(value, "developerName"), text(value, "contentType"),
        text(value, "typeElementDeveloperName"),
        value.path("isRequired").asBoolean(false) || value.path("required").asBoolean(false));
  }
}
