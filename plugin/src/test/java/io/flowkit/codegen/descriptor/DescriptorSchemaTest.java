package io.flowkit.codegen.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.flowkit.codegen.diagnostics.Diagnostics;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.json.JsonDocument;
import io.flowkit.codegen.json.JsonDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorSchemaTest {

  @TempDir Path dir;

  private List<String> validate(String descriptor) throws IOException {
    Path file = dir.resolve("orders.flow.json");
    Files.writeString(file, descriptor);
    Diagnostics diagnostics = new Diagnostics();
    Reporter reporter = new Reporter(diagnostics);
    JsonDocument document = new JsonDocuments(dir).load(file, null, "descriptor", reporter).orElseThrow();
    DescriptorSchema.validate(document, reporter);
    return diagnostics.sorted().stream().map(d -> d.format(dir)).toList();
  }

  @Test
  void theShippedSchemaIsAValidDraft2020_12SchemaWithAnIdAndDocumentation() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(DescriptorSchema.text());
    Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    assertThat(metaSchema.validate(schema)).isEmpty();
    assertThat(schema.path("$id").asText()).startsWith("https://");
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("properties").properties())
        .allSatisfy(p -> assertThat(p.getValue().has("description")).as(p.getKey()).isTrue());
  }

  @Test
  void theSchemaInTheRepositoryIsTheOneInTheJar() throws IOException {
    Path inRepository = Paths.get("src/main/resources" + DescriptorSchema.RESOURCE);
    assertThat(Files.readString(inRepository)).isEqualTo(DescriptorSchema.text());
  }

  @Test
  void aValidDescriptorHasNoViolations() throws IOException {
    assertThat(validate("""
        {
          "$schema": "https://flowkit.io/schemas/flow-service-1.schema.json",
          "name": "Orders",
          "path": "/fs/orders",
          "package": "com.example.orders",
          "configurationValues": [{"name": "API Key", "type": "Password", "required": true}],
          "messageActions": [{"name": "Create Order", "uriPart": "actions/orders/create",
            "syncTimeoutSeconds": 20, "request": {"schema": "a.json#/definitions/A"}}],
          "dataActions": [{"objectType": "Ticket", "profile": {"sample": "t.json"}, "operations": ["get"]}],
          "fileResources": [{"name": "Receipt", "path": "/file", "response": {"sample": "r.json"}}]
        }
        """)).isEmpty();
  }

  @Test
  void everyViolationIsReportedAtItsLineAndColumn() throws IOException {
    assertThat(validate("""
        {
          "name": 3,
          "pat": "/x",
          "configurationValues": [{"name": "Key", "type": "Secret"}],
          "messageActions": [{"name": "A", "request": {"schema": "a.json", "sample": "b.json"}}],
          "dataActions": [{"objectType": "T[1]", "profile": {"sample": "t.json"}, "operations": ["get", "list"]}],
          "fileResources": [{"name": "R", "path": "file", "response": {}}]
        }
        """)).containsExactly(
            "orders.flow.json:1:1: error: missing required property \"path\"",
            "orders.flow.json:2:11: error: integer found, string expected (at /name)",
            "orders.flow.json:3:10: error: unknown property \"pat\" (at /pat)",
            "orders.flow.json:4:51: error: does not have a value in the enumeration [\"Boolean\", \"Datetime\", \"Number\", \"Password\", \"String\"] (at /configurationValues/0/type)",
            "orders.flow.json:5:47: error: a profile names exactly one of \"schema\" or \"sample\" (at /messageActions/0/request)",
            "orders.flow.json:6:34: error: a name must not contain [ or ] (Flow's value-reference syntax) (at /dataActions/0/objectType)",
            "orders.flow.json:6:97: error: does not have a value in the enumeration [\"get\", \"query\", \"save\", \"delete\"] (at /dataActions/0/operations/1)",
            "orders.flow.json:7:43: error: a file resource path starts with / and has letters, digits, '.', '_', '~', '-' or '/' (at /fileResources/0/path)",
            "orders.flow.json:7:63: error: a profile names exactly one of \"schema\" or \"sample\" (at /fileResources/0/response)");
  }
}
