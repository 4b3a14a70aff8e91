package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Flow Services Server's profile limits (spec §1.1, §8 E9–E11) and the wrap mode. */
class FlowLimitsTest {

  @TempDir Path dir;

  @Test
  void arraysOfValuesAreAnErrorByDefault() {
    ReaderRun run = new TempProject(dir).requestSample("""
        {"tags": ["a", "b"],
         "matrix": [[1, 2], [3]]}
        """).run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "request.json:1:10: error: an array of values is not supported: Flow lists hold objects"
            + " (set scalarArrays to wrap to wrap each value in an object with a Value property) (at /tags)",
        "request.json:2:12: error: an array of arrays is not supported: Flow lists hold objects (at /matrix)");
  }

  @Test
  void wrapTurnsAnArrayOfValuesIntoAListOfObjectsWithAValue() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {
          "tags": {"type": "array", "items": {"type": "string", "description": "A label."}},
          "scores": {"type": "array", "items": {"type": "number"}}
        }}
        """).run(new ReaderRun.Options().wrap());
    assertThat(run.messages()).isEmpty();
    assertThat(run.text()).isEqualTo("""
        service S /s com.example.flow.S
        action "A" actions/a A
          in "scores" scores LIST "A REQUEST - scores"
          in "tags" tags LIST "A REQUEST - tags"
        type "A REQUEST - scores" ARequestScores MESSAGE
          "Value" value DECIMAL
        type "A REQUEST - tags" ARequestTags MESSAGE
          "Value" value STRING
        """);
    assertThat(run.model().type("A REQUEST - tags").orElseThrow().properties().get(0).description())
        .isEqualTo("A label.");
  }

  @Test
  void wrapStillRejectsArraysOfArrays() {
    ReaderRun run = new TempProject(dir).requestSample("""
        {"matrix": [[1, 2]]}
        """).run(new ReaderRun.Options().wrap());
    assertThat(run.messages()).containsExactly(
        "request.json:1:12: error: an array of arrays is not supported: Flow lists hold objects (at /matrix)");
  }

  @Test
  void theRootMustBeAnObject() {
    ReaderRun array = new TempProject(dir).requestSample("""
        [{"a": 1}]
        """).run();
    assertThat(array.messages()).containsExactly(
        "request.json:1:1: error: the root of a profile must be an object, not a list"
            + " (Flow maps its entries to inputs, outputs or properties)");
    ReaderRun scalar = new TempProject(dir).requestSchema("""
        {"type": "string"}
        """).run();
    assertThat(scalar.messages()).containsExactly(
        "request.json:1:1: error: the root of a profile must be an object, not a string value"
            + " (Flow maps its entries to inputs, outputs or properties)");
  }

  @Test
  void tupleArraysAreCarriedAsJsonTextWithAWarning() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {"point": {"type": "array", "items": [{"type": "number"}, {"type": "number"}]}}}
        """).run(new ReaderRun.Options().wrap());
    assertThat(run.messages()).containsExactly(
        "request.json:1:44: warning: a tuple (an array whose items have positions) has no Flow type: carried as"
            + " JSON text in a ContentString (String in Java); make it an array of one item schema, or an object"
            + " with named properties (at /properties/point)");
  }

  /** A sample whose objects nest {@code levels} deep, counting the root as 1: {"l2": {"l3": … {"v": 1}}}. */
  private static String nested(int levels) {
    StringBuilder json = new StringBuilder();
    for (int level = 2; level <= levels; level++) {
      json.append("{\"l").append(level).append("\": ");
    }
    json.append("{\"v\": 1}");
    json.append("}".repeat(levels - 1));
    return json.toString();
  }

  @Test
  void nestingDeeperThanBoomiImportsWarnsOnceAtTheShallowestPlace() {
    ReaderRun ten = new TempProject(dir).requestSample(nested(10)).run();
    assertThat(ten.messages()).isEmpty();

    ReaderRun twelve = new TempProject(dir).requestSample(nested(12)).run();
    assertThat(twelve.models).hasSize(1);
    assertThat(twelve.messages()).containsExactly(
        "request.json:1:73: warning: objects nest 11 levels deep here; Boomi's JSON profile import stops at 10 levels,"
            + " so a Boomi profile cannot mirror this one (flatten it to keep them in step)"
            + " (at /l2/l3/l4/l5/l6/l7/l8/l9/l10/l11)");
  }

  @Test
  void beyondMaxDepthItIsAnErrorInsteadOfTheWarning() {
    ReaderRun run = new TempProject(dir).requestSample(nested(12)).run(new ReaderRun.Options().maxDepth(11));
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "request.json:1:73: warning: objects nest 11 levels deep here; Boomi's JSON profile import stops at 10 levels,"
            + " so a Boomi profile cannot mirror this one (flatten it to keep them in step)"
            + " (at /l2/l3/l4/l5/l6/l7/l8/l9/l10/l11)",
        "request.json:1:81: error: objects nest more than 11 levels deep here (the maxDepth limit); flatten the sample"
            + " or raise maxDepth (at /l2/l3/l4/l5/l6/l7/l8/l9/l10/l11/l12)");
  }

  private static String entries(int count) {
    return IntStream.range(0, count).mapToObj(i -> "\"p%03d\": %d".formatted(i, i))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  @Test
  void recordsHoldAtMost254ComponentsSoLargerObjectsAreErrorsWithTheirPointer() {
    ReaderRun atLimit = new TempProject(dir)
        .file("service.flow.json", """
            {"name": "S", "path": "/s", "messageActions": [{"name": "A",
              "request": {"sample": "in.json"}, "response": {"sample": "out.json"}}]}
            """)
        .file("in.json", entries(254))
        .file("out.json", "{\"row\": " + entries(254) + "}")
        .run();
    assertThat(atLimit.messages()).isEmpty();

    ReaderRun beyond = new TempProject(dir)
        .file("in.json", "{\"wrapper\": {\"ok\": 1}, \"p\": " + entries(255) + "}")
        .file("out.json", entries(255))
        .run();
    assertThat(beyond.models).isEmpty();
    assertThat(beyond.messages()).containsExactly(
        "in.json:1:29: error: type \"A REQUEST - p\" has 255 properties, more than the 254 components a Java record"
            + " can hold; split the object (at /p)",
        "out.json:1:1: error: message action \"A\" has 255 outputs, more than the 254 components a Java record can"
            + " hold; group some of the response's entries in an object");
  }

  @Test
  void aServiceHoldsAtMost254ConfigurationValues() {
    String values = IntStream.range(0, 255).mapToObj(i -> "{\"name\": \"c%03d\"}".formatted(i))
        .collect(Collectors.joining(",\n"));
    ReaderRun run = new TempProject(dir)
        .file("service.flow.json", "{\"name\": \"S\", \"path\": \"/s\", \"messageActions\": [{\"name\": \"A\"}],\n"
            + "\"configurationValues\": [\n" + values + "]}")
        .run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "service.flow.json:257:1: error: service \"S\" has 255 configuration values, more than the 254 components a"
            + " Java record can hold; keep at most 254 (at /configurationValues/254)");
  }
}
