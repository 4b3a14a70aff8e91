package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
  void tupleArraysAreAnError() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {"point": {"type": "array", "items": [{"type": "number"}, {"type": "number"}]}}}
        """).run(new ReaderRun.Options().wrap());
    assertThat(run.messages()).containsExactly(
        "request.json:1:44: error: a tuple (an array whose items have positions) is not supported:"
            + " Flow lists hold objects of one type (at /properties/point)");
  }
}
