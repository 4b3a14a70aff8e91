package io.flowkit.codegen.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.json.JsonDocument;
import io.flowkit.codegen.json.JsonPointers;
import io.flowkit.codegen.model.DataOperation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a descriptor document into a {@link ServiceDescriptor}. It runs after schema validation
 * and tolerates what the schema rejected: a malformed entry is skipped (its violation is already
 * reported) so the other entries' profiles are still read and checked in the same run.
 */
public final class DescriptorParser {

  private DescriptorParser() {}

  public static ServiceDescriptor parse(JsonDocument document) {
    JsonNode root = document.root();
    Path directory = document.file().getParent();
    List<ConfigurationValueDescriptor> configurationValues = new ArrayList<>();
    List<MessageActionDescriptor> messageActions = new ArrayList<>();
    List<DataActionDescriptor> dataActions = new ArrayList<>();
    List<FileResourceDescriptor> fileResources = new ArrayList<>();
    forEachObject(document, "/configurationValues", (node, pointer) -> {
      String name = nonEmpty(node, "name");
      if (name == null) {
        return;
      }
      ConfigurationValueType type = ConfigurationValueType.of(textOr(node, "type", "String"));
      configurationValues.add(new ConfigurationValueDescriptor(
          name,
          type == null ? ConfigurationValueType.STRING : type,
          node.path("required").asBoolean(false),
          text(node, "summary"),
          document.locate(node, pointer)));
    });
    forEachObject(document, "/messageActions", (node, pointer) -> {
      String name = nonEmpty(node, "name");
      if (name == null) {
        return;
      }
      JsonNode timeout = node.get("syncTimeoutSeconds");
      messageActions.add(new MessageActionDescriptor(
          name,
          text(node, "summary"),
          text(node, "uriPart"),
          timeout != null && timeout.canConvertToInt() && timeout.isIntegralNumber() ? Math.max(timeout.intValue(), 0) : 0,
          profile(document, directory, node, pointer, "request"),
          profile(document, directory, node, pointer, "response"),
          document.locate(node, pointer)));
    });
    forEachObject(document, "/dataActions", (node, pointer) -> {
      String objectType = nonEmpty(node, "objectType");
      ProfileReference profile = profile(document, directory, node, pointer, "profile");
      if (objectType == null || profile == null) {
        return;
      }
      String id = text(node, "id");
      dataActions.add(new DataActionDescriptor(
          objectType,
          text(node, "summary"),
          profile,
          id,
          id == null
              ? document.locate(node, pointer)
              : document.locate(node.get("id"), JsonPointers.append(pointer, "id")),
          operations(node.get("operations")),
          document.locate(node, pointer)));
    });
    forEachObject(document, "/fileResources", (node, pointer) -> {
      String name = nonEmpty(node, "name");
      String path = nonEmpty(node, "path");
      ProfileReference response = profile(document, directory, node, pointer, "response");
      if (name == null || path == null || response == null) {
        return;
      }
      fileResources.add(new FileResourceDescriptor(
          name, path, text(node, "summary"), response, document.locate(node, pointer)));
    });
    return new ServiceDescriptor(
        document.file(),
        text(root, "name"),
        text(root, "path"),
        text(root, "summary"),
        text(root, "package"),
        configurationValues,
        messageActions,
        dataActions,
        fileResources,
        document.locate(root, ""),
        fieldSource(document, "name"),
        fieldSource(document, "path"),
        fieldSource(document, "package"));
  }

  private static SourceLocation fieldSource(JsonDocument document, String field) {
    JsonNode value = document.root().get(field);
    return value == null
        ? document.locate(document.root(), "")
        : document.locate(value, JsonPointers.append("", field));
  }

  private static ProfileReference profile(
      JsonDocument document, Path directory, JsonNode owner, String ownerPointer, String field) {
    JsonNode node = owner.get(field);
    if (node == null || !node.isObject()) {
      return null;
    }
    String pointer = JsonPointers.append(ownerPointer, field);
    for (ProfileKind kind : ProfileKind.values()) {
      String key = kind.name().toLowerCase(Locale.ROOT);
      JsonNode value = node.get(key);
      if (value != null && value.isTextual() && !value.asText().isEmpty()) {
        String written = value.asText();
        int hash = written.indexOf('#');
        String filePart = hash < 0 ? written : written.substring(0, hash);
        String fragment = hash < 0 ? null : written.substring(hash + 1);
        SourceLocation source = document.locate(value, JsonPointers.append(pointer, key));
        return new ProfileReference(
            kind, written, directory.resolve(filePart).normalize(), fragment, source);
      }
    }
    return null;
  }

  private static Set<DataOperation> operations(JsonNode node) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      return EnumSet.allOf(DataOperation.class);
    }
    Set<DataOperation> operations = EnumSet.noneOf(DataOperation.class);
    for (JsonNode item : node) {
      for (DataOperation operation : DataOperation.values()) {
        if (operation.name().equalsIgnoreCase(item.asText())) {
          operations.add(operation);
        }
      }
    }
    return operations.isEmpty() ? EnumSet.allOf(DataOperation.class) : operations;
  }

  private interface EntryConsumer {
    void accept(JsonNode node, String pointer);
  }

  private static void forEachObject(JsonDocument document, String arrayPointer, EntryConsumer consumer) {
    JsonNode array = document.root().at(arrayPointer);
    if (!array.isArray()) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (item.isObject()) {
        consumer.accept(item, JsonPointers.append(arrayPointer, i));
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static String nonEmpty(JsonNode node, String field) {
    String value = text(node, field);
    return value == null || value.isEmpty() ? null : value;
  }

  private static String textOr(JsonNode node, String field, String fallback) {
    String value = text(node, field);
    return value == null ? fallback : value;
  }
}
