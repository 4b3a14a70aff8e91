package io.flowkit.codegen.profile.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.json.JsonDocument;
import io.flowkit.codegen.json.JsonPointers;

/**
 * A schema in its document: where it is (for messages and to resolve relative references) and
 * which draft its document is written in.
 */
record SchemaNode(JsonDocument document, JsonNode json, String pointer, SchemaDraft draft) {

  /** The node's identity in a run: file and pointer. */
  String key() {
    return document.file() + "#" + pointer;
  }

  SourceLocation location() {
    return document.locate(json, pointer);
  }

  /** The schema under {@code keyword} (e.g. {@code items}), or {@code null}. */
  SchemaNode child(String keyword) {
    JsonNode value = json.get(keyword);
    return value == null ? null : new SchemaNode(document, value, JsonPointers.append(pointer, keyword), draft);
  }

  /** The schema at {@code keyword/name} (e.g. {@code properties/customer}). */
  SchemaNode child(String keyword, String name) {
    JsonNode value = json.path(keyword).get(name);
    String at = JsonPointers.append(JsonPointers.append(pointer, keyword), name);
    return value == null ? null : new SchemaNode(document, value, at, draft);
  }

  /** The schema at {@code keyword/index} (e.g. {@code allOf/0}). */
  SchemaNode child(String keyword, int index) {
    JsonNode value = json.path(keyword).get(index);
    String at = JsonPointers.append(JsonPointers.append(pointer, keyword), index);
    return value == null ? null : new SchemaNode(document, value, at, draft);
  }

  /** Where the value of {@code keyword} is written, or this node's location. */
  SourceLocation locationOf(String keyword) {
    JsonNode value = json.get(keyword);
    return value == null ? location() : document.locate(value, JsonPointers.append(pointer, keyword));
  }

  /** The {@code description}, or {@code null}. */
  String description() {
    JsonNode value = json.isObject() ? json.get("description") : null;
    return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
  }
}
