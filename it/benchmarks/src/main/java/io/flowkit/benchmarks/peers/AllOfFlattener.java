package io.flowkit.benchmarks.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites the large schema's definitions without {@code allOf}: jsonschema2pojo 1.3.3 ignores
 * {@code allOf} (a node made of the shared base and its own properties comes out as a bare
 * {@code Object}, and the tree below it is never generated), so the codegen comparison runs both
 * generators on the merged form, where each node lists the base's properties and its own.
 */
final class AllOfFlattener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AllOfFlattener() {}

  /** Rewrites the schema file in place. */
  static void flatten(Path schemaFile) throws IOException {
    ObjectNode schema = (ObjectNode) JSON.readTree(schemaFile.toFile());
    ObjectNode defs = (ObjectNode) schema.get("$defs");
    Iterator<Map.Entry<String, JsonNode>> entries = defs.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      JsonNode allOf = entry.getValue().get("allOf");
      if (allOf == null) {
        continue;
      }
      ObjectNode merged = JSON.createObjectNode();
      if (entry.getValue().has("description")) {
        merged.set("description", entry.getValue().get("description"));
      }
      merged.put("type", "object");
      Set<String> required = new LinkedHashSet<>();
      ObjectNode properties = JSON.createObjectNode();
      for (JsonNode part : allOf) {
        JsonNode resolved = part.has("$ref") ? defs.get(part.get("$ref").asText().substring("#/$defs/".length())) : part;
        resolved.path("required").forEach(name -> required.add(name.asText()));
        properties.setAll((ObjectNode) resolved.get("properties"));
      }
      ArrayNode requiredArray = merged.putArray("required");
      required.forEach(requiredArray::add);
      merged.set("properties", properties);
      entry.setValue(merged);
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(schemaFile.toFile(), schema);
  }
}
