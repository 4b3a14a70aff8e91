package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.model.ServiceModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated schema of 300 definitions in 10 layers, each referring to the next layer, to itself
 * and back to earlier layers (recursion through long cycles), with unions, allOf, enums and arrays
 * of values: it must read without errors into a consistent model.
 */
class LargeSchemaTest {

  private static final int LAYERS = 10;
  private static final int WIDTH = 30;

  @TempDir Path dir;

  private static String name(int layer, int index) {
    return "L" + layer + "D" + index;
  }

  private static ObjectNode schema() {
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(7);
    ObjectNode root = json.createObjectNode();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    root.put("type", "object");
    ObjectNode definitions = root.putObject("definitions");
    for (int layer = 0; layer < LAYERS; layer++) {
      for (int index = 0; index < WIDTH; index++) {
        ObjectNode definition = definitions.putObject(name(layer, index));
        definition.put("type", "object");
        definition.put("description", "Definition " + name(layer, index));
        ObjectNode properties = definition.putObject("properties");
        for (int field = 0; field < 15; field++) {
          ObjectNode property = properties.putObject("field" + field);
          switch (random.nextInt(6)) {
            case 0 -> property.put("type", "integer");
            case 1 -> property.put("type", "string").put("format", "date-time");
            case 2 -> property.put("$ref", "#/definitions/Status" + (layer + index) % 5);
            case 3 -> property.put("type", "array").putObject("items").put("type", "string");
            default -> property.put("type", "string").put("description", "Field " + field);
          }
        }
        if (layer + 1 < LAYERS) {
          properties.putObject("child").put("$ref", "#/definitions/" + name(layer + 1, random.nextInt(WIDTH)));
          properties.putObject("children").put("type", "array")
              .putObject("items").put("$ref", "#/definitions/" + name(layer + 1, random.nextInt(WIDTH)));
        }
        properties.putObject("self").put("type", "array")
            .putObject("items").put("$ref", "#/definitions/" + name(layer, index));
        if (layer > 2) {
          properties.putObject("back").put("$ref", "#/definitions/" + name(random.nextInt(layer), random.nextInt(WIDTH)));
        }
        if (index % 6 == 0 && layer + 1 < LAYERS) {
          ArrayNode oneOf = properties.putObject("either").putArray("oneOf");
          oneOf.addObject().put("$ref", "#/definitions/" + name(layer + 1, random.nextInt(WIDTH)));
          oneOf.addObject().put("type", "object").putObject("properties").putObject("alt").put("type", "string");
        }
        if (index % 7 == 0) {
          ArrayNode allOf = properties.putObject("extended").putArray("allOf");
          allOf.addObject().put("$ref", "#/definitions/" + name(layer, (index + 1) % WIDTH));
          allOf.addObject().putObject("properties").putObject("extra").put("type", "string");
        }
      }
    }
    for (int status = 0; status < 5; status++) {
      ArrayNode values = definitions.putObject("Status" + status).put("type", "string").putArray("enum");
      Stream.of("open", "closed", "state-" + status, "in progress", "In Progress").forEach(values::add);
    }
    ObjectNode rootProperties = root.putObject("properties");
    for (int index = 0; index < WIDTH; index++) {
      rootProperties.putObject("root" + index).put("$ref", "#/definitions/" + name(0, index));
    }
    return root;
  }

  @Test
  void readsIntoAConsistentModel() throws IOException {
    new TempProject(dir)
        .file("big.schema.json", new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema()))
        .file("big.flow.json", """
            {"name": "Big", "path": "/big", "messageActions": [
              {"name": "Big", "request": {"schema": "big.schema.json"}, "response": {"schema": "big.schema.json"}}]}
            """);
    ReaderRun run = ReaderRun.in(dir, new ReaderRun.Options().wrap().pathNames());

    // ten layers of definitions under the root nest 11 levels: one warning (spec E16) for the two profiles
    assertThat(run.messages()).filteredOn(m -> !m.contains(": warning: oneOf of 2 object schemas"))
        .singleElement().asString()
        .startsWith("big.schema.json:")
        .contains(": warning: objects nest 11 levels deep here; Boomi's JSON profile import stops at 10 levels");
    ServiceModel model = run.model();
    assertThat(model.types()).hasSizeGreaterThan(600);
    Set<String> typeNames = new HashSet<>();
    Set<String> classNames = new HashSet<>();
    for (FlowTypeModel type : model.types()) {
      assertThat(typeNames.add(type.flowName().toLowerCase(Locale.ROOT))).as(type.flowName()).isTrue();
      assertThat(classNames.add(type.javaName().toLowerCase(Locale.ROOT))).as(type.javaName()).isTrue();
      assertThat(type.properties()).as(type.flowName()).isNotEmpty();
      assertThat(type.properties()).extracting(PropertyModel::flowName).isSorted();
    }
    Stream.concat(model.types().stream().flatMap(t -> t.properties().stream()),
            model.messageActions().stream().flatMap(a -> Stream.concat(a.inputs().stream(), a.outputs().stream())))
        .filter(p -> p.kind().isStructured())
        .forEach(p -> assertThat(typeNames).as(p.typeRef()).contains(p.typeRef().toLowerCase(Locale.ROOT)));
    assertThat(model.enums()).extracting(e -> e.javaName()).containsExactly(
        "Status0", "Status1", "Status2", "Status3", "Status4");
    assertThat(model.enums().get(0).constants()).extracting(c -> c.javaName())
        .containsExactly("OPEN", "CLOSED", "STATE_0", "IN_PROGRESS", "IN_SPACE_PROGRESS");
    List<ServiceModel> again = ReaderRun.in(dir, new ReaderRun.Options().wrap().pathNames()).models;
    assertThat(again).containsExactly(model);
  }
}
