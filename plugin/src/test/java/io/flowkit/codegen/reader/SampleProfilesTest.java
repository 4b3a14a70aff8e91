package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Type inference from sample documents, as Boomi's JSON import does it. */
class SampleProfilesTest {

  @TempDir Path dir;

  /** Spec E13: a date-only sample value, at {@code line:col} and a pointer. */
  private static final String DATE_ONLY_WARNING = "request.json:%s: warning: a date without a time: typed as"
      + " LocalDate and sent to Flow as midnight UTC, while the Flow Services Server expects date/times as"
      + " yyyy-MM-dd'T'HH:mm:ss.SSS'Z' (write a full date-time if a time is meant; a schema with \"format\":"
      + " \"date\" declares a date without this warning) (at %s)";

  @Test
  void valuesAreTypedAsBoomiImportsThem() {
    ReaderRun run = new TempProject(dir).requestSample("""
        {
          "count": 3,
          "big": 12345678901234567890,
          "price": 19.99,
          "ratio": 1.0,
          "exp": 1e3,
          "ok": true,
          "at": "2025-03-14T09:30:00.000Z",
          "atOffset": "2025-03-14T09:30:00+01:00",
          "atLocal": "2025-03-14T09:30",
          "day": "2025-03-14",
          "notADay": "2025-02-30",
          "text": "hello",
          "code": "0042"
        }
        """).run();
    assertThat(run.messages()).containsExactly(DATE_ONLY_WARNING.formatted("11:10", "/day"));
    assertThat(run.text()).isEqualTo("""
        service S /s com.example.flow.S
        action "A" actions/a A
          in "at" at DATE_TIME
          in "atLocal" atLocal DATE_TIME
          in "atOffset" atOffset DATE_TIME
          in "big" big DECIMAL
          in "code" code STRING
          in "count" count INTEGER
          in "day" day DATE
          in "exp" exp DECIMAL
          in "notADay" notADay STRING
          in "ok" ok BOOLEAN
          in "price" price DECIMAL
          in "ratio" ratio DECIMAL
          in "text" text STRING
        """);
  }

  @Test
  void arraysOfObjectsMergeTheShapesOfAllElements() {
    ReaderRun run = new TempProject(dir).requestSample("""
        {"lines": [
          {"sku": "A", "qty": 1, "note": null},
          {"sku": "B", "qty": 2.5, "gift": true, "note": "wrap it"},
          {"sku": "C", "qty": 3, "options": [{"name": "colour"}]},
          {"sku": "D", "options": [{"value": "red"}]}
        ]}
        """).run();
    assertThat(run.messages()).isEmpty();
    assertThat(run.text()).isEqualTo("""
        service S /s com.example.flow.S
        action "A" actions/a A
          in "lines" lines LIST "A REQUEST - lines"
        type "A REQUEST - lines" ARequestLines MESSAGE
          "gift" gift BOOLEAN
          "note" note STRING
          "options" options LIST "A REQUEST - options"
          "qty" qty DECIMAL
          "sku" sku STRING
        type "A REQUEST - options" ARequestOptions MESSAGE
          "name" name STRING
          "value" value STRING
        """);
  }

  @Test
  void nullIsAStringWithAWarning() {
    ReaderRun run = new TempProject(dir).requestSample("""
        {"id": "1",
         "comment": null}
        """).run();
    assertThat(run.model().messageActions().get(0).inputs()).extracting(p -> p.flowName() + ":" + p.kind())
        .containsExactly("comment:STRING", "id:STRING");
    assertThat(run.messages()).containsExactly(
        "request.json:2:13: warning: only null here, so the type is unknown: typed as String (give an example value or a schema type) (at /comment)");
  }

  @Test
  void valuesOfDifferentTypesInOneArrayBecomeStringsWithAWarning() {
    ReaderRun run = new TempProject(dir).requestSample("""
        {"rows": [{"v": 1},
                  {"v": "one"}]}
        """).run();
    assertThat(run.model().type("A REQUEST - rows").orElseThrow().properties())
        .extracting(p -> p.flowName() + ":" + p.kind()).containsExactly("v:STRING");
    assertThat(run.messages()).containsExactly(
        "request.json:2:17: warning: the examples of this value differ in type (integer at /rows/0/v, string here): typed as String (at /rows/1/v)");
  }

  @Test
  void anEmptyArrayIsAnErrorWithItsPointer() {
    ReaderRun run = new TempProject(dir).requestSample("""
        {"order": {"lines": []}}
        """).run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "request.json:1:21: error: an empty array: the type of its items is unknown (add an example item) (at /order/lines)");
  }

  @Test
  void arraysMixingObjectsAndValuesAreAnError() {
    ReaderRun run = new TempProject(dir).requestSample("""
        {"mixed": [{"a": 1}, 2]}
        """).run();
    assertThat(run.messages()).containsExactly(
        "request.json:1:22: error: the elements of an array differ: an object at /mixed/0, a value here (Flow lists hold objects of one type) (at /mixed/1)");
  }

  @Test
  void theNestingCapAppliesToSamples() {
    ReaderRun run = new TempProject(dir).requestSample("""
        {"a": {"b": {"c": {"d": 1}}}}
        """).run(new ReaderRun.Options().maxDepth(3));
    assertThat(run.messages()).containsExactly(
        "request.json:1:19: error: objects nest more than 3 levels deep here (the maxDepth limit); flatten the sample or raise maxDepth (at /a/b/c)");
  }

  @Test
  void aDateOnlyValueWarnsOncePerEntryAndASchemaDateDoesNot() {
    ReaderRun sample = new TempProject(dir).requestSample("""
        {"rows": [{"due": "2025-03-14"},
                  {"due": "2025-03-15"}],
         "shipped": "2025-03-14T00:00:00.000Z"}
        """).run();
    assertThat(sample.messages()).containsExactly(DATE_ONLY_WARNING.formatted("1:19", "/rows/0/due"));
    assertThat(sample.model().type("A REQUEST - rows").orElseThrow().properties())
        .extracting(p -> p.flowName() + ":" + p.kind()).containsExactly("due:DATE");

    ReaderRun schema = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {"due": {"type": "string", "format": "date"}}}
        """).run();
    assertThat(schema.messages()).isEmpty();
    assertThat(schema.model().messageActions().get(0).inputs())
        .extracting(p -> p.flowName() + ":" + p.kind()).containsExactly("due:DATE");
  }

  @Test
  void aDateMergedWithADateTimeIsADateTimeWithoutAWarning() {
    ReaderRun run = new TempProject(dir).requestSample("""
        {"rows": [{"at": "2025-03-14"}, {"at": "2025-03-14T10:00:00Z"}]}
        """).run();
    assertThat(run.messages()).isEmpty();
    assertThat(run.model().type("A REQUEST - rows").orElseThrow().properties())
        .extracting(p -> p.flowName() + ":" + p.kind()).containsExactly("at:DATE_TIME");
  }

  @Test
  void integersBeyondTheRangeOfALongAreDecimals() {
    ReaderRun run = new TempProject(dir).requestSample("""
        {"max": 9223372036854775807, "beyond": 9223372036854775808, "negative": -9223372036854775809}
        """).run();
    assertThat(run.messages()).isEmpty();
    assertThat(run.model().messageActions().get(0).inputs()).extracting(p -> p.flowName() + ":" + p.kind())
        .containsExactly("beyond:DECIMAL", "max:INTEGER", "negative:DECIMAL");
  }
}
