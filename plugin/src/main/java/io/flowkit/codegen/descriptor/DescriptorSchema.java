package io.flowkit.codegen.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.json.JsonDocument;
import io.flowkit.codegen.json.JsonPointers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * The descriptor's JSON Schema ({@value #RESOURCE}, draft 2020-12), and validation against it with
 * networknt json-schema-validator: every violation becomes an error at the line and column of the
 * offending value, with its JSON pointer.
 */
public final class DescriptorSchema {

  /** Where the schema lives in the plugin jar (and, in the repository, under src/main/resources). */
  public static final String RESOURCE = "/io/flowkit/codegen/descriptor/flow-service.schema.json";

  private static final Schema SCHEMA = load();

  private DescriptorSchema() {}

  /** The schema's text, exactly as shipped. */
  public static String text() {
    try (InputStream in = DescriptorSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reports every violation of the schema in {@code descriptor}.
   *
   * @return whether the descriptor is valid
   */
  public static boolean validate(JsonDocument descriptor, Reporter reporter) {
    List<Error> errors = SCHEMA.validate(descriptor.root());
    errors.stream()
        .sorted(Comparator.comparing((Error e) -> e.getInstanceLocation().toString())
            .thenComparing(e -> String.valueOf(e.getKeyword()))
            .thenComparing(Error::getMessage))
        .forEach(error -> report(descriptor, error, reporter));
    return errors.isEmpty();
  }

  private static void report(JsonDocument descriptor, Error error, Reporter reporter) {
    String pointer = error.getInstanceLocation().toString();
    JsonNode node = error.getInstanceNode();
    String keyword = String.valueOf(error.getKeyword());
    String schemaAt = String.valueOf(error.getSchemaLocation());
    String message;
    switch (keyword) {
      case "required" -> message = "missing required property \"" + error.getProperty() + "\"";
      case "additionalProperties" -> {
        String property = error.getProperty();
        String at = JsonPointers.append(pointer, property);
        JsonNode value = node == null ? null : node.get(property);
        reporter.error(
            value == null ? descriptor.locate(node, pointer) : descriptor.locate(value, at),
            "unknown property \"" + property + "\"" + (pointer.isEmpty() ? "" : " in " + pointer));
        return;
      }
      case "minProperties", "maxProperties" ->
          message = "a profile names exactly one of \"schema\" or \"sample\"";
      case "pattern" -> message = patternMessage(schemaAt, error.getMessage());
      default -> message = error.getMessage();
    }
    reporter.error(descriptor.locate(node, pointer), message);
  }

  private static String patternMessage(String schemaLocation, String fallback) {
    if (schemaLocation.endsWith("/$defs/flowName/pattern")) {
      return "a name must not contain [ or ] (Flow's value-reference syntax)";
    }
    if (schemaLocation.endsWith("#/properties/path/pattern")) {
      return "a service path starts with / and has segments of letters, digits, '.', '_', '~' or '-'";
    }
    if (schemaLocation.endsWith("/uriPart/pattern")) {
      return "a uriPart is relative (no leading /) with segments of letters, digits, '.', '_', '~' or '-'";
    }
    if (schemaLocation.endsWith("/fileResource/properties/path/pattern")) {
      return "a file resource path starts with / and has letters, digits, '.', '_', '~', '-' or '/'";
    }
    if (schemaLocation.endsWith("#/properties/package/pattern")) {
      return "not a Java package name";
    }
    return fallback;
  }

  private static Schema load() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));
    Schema schema = registry.getSchema(text(), InputFormat.JSON);
    schema.initializeValidators();
    return schema;
  }
}
