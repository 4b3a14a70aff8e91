package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.codegen.model.EnumModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: what real third-party schemas say that used to be refused. Valid schemas generate (with
 * warnings where Flow cannot hold something); only contradictions are errors, naming both places.
 */
class ThirdPartySchemasTest {

  @TempDir Path dir;

  @Test
  void allOfRefinementsNarrowTheBaseObject() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {
          "issue": {"allOf": [
            {"$ref": "#/definitions/issue"},
            {"type": "object", "required": ["state"], "properties": {
              "state": {"type": "string", "enum": ["closed"]},
              "closed_at": {"type": "string"},
              "title": {"type": ["string", "null"], "description": "The new title."},
              "kind": {"enum": ["bug", "task"]}
            }}
          ]}
        },
        "definitions": {"issue": {"type": "object", "required": ["title"], "properties": {
          "state": {"type": "string"},
          "closed_at": {"type": "string", "format": "date-time"},
          "title": {"type": "string"},
          "kind": {"type": "string", "enum": ["bug", "task", "epic"]}
        }}}}
        """).run();
    assertThat(run.messages()).isEmpty();
    assertThat(PropertyLines.properties(run.model(), "A REQUEST - issue")).containsExactly(
        "closed_at:DATE_TIME", "kind:STRING enum ARequestIssueKind", "state:STRING enum ARequestIssueState required",
        "title:STRING required");
    assertThat(run.model().enums()).extracting(EnumModel::javaName, e -> e.constants().size())
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ARequestIssueKind", 2),
            org.assertj.core.groups.Tuple.tuple("ARequestIssueState", 1));
  }

  @Test
  void freeFormObjectsAreCarriedAsJsonTextWithAWarning() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {
          "labels": {"type": "object", "additionalProperties": true},
          "extra": {"oneOf": [{"type": "object", "properties": {}}, {"type": "null"}]},
          "name": {"type": "string"}
        }}
        """).run();
    assertThat(PropertyLines.inputs(run.model())).containsExactly("extra:STRING", "labels:STRING", "name:STRING");
    assertThat(run.model().messageActions().get(0).inputs().get(1).description())
        .isEqualTo("The JSON text of a free-form object (no properties declared), which no Flow type can hold"
            + " (a ContentString in Flow)");
    assertThat(run.messages()).containsExactly(
        "request.json:2:13: warning: a free-form object (no properties declared) has no Flow type: carried as JSON"
            + " text in a ContentString (String in Java); declare its \"properties\" to get a Flow type"
            + " (at /properties/labels)",
        "request.json:3:23: warning: a free-form object (no properties declared) has no Flow type: carried as JSON"
            + " text in a ContentString (String in Java); declare its \"properties\" to get a Flow type"
            + " (at /properties/extra/oneOf/0)");
  }

  @Test
  void aOneOfOfNullAStringAndAnArrayOfStringsIsCarriedAsJsonText() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {
          "assignee": {"oneOf": [{"type": "null"}, {"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
        }}
        """).run(new ReaderRun.Options().wrap());
    assertThat(PropertyLines.inputs(run.model())).containsExactly("assignee:STRING");
    assertThat(run.messages()).containsExactly(
        "request.json:2:25: warning: a oneOf of lists and values has no Flow type: carried as JSON text in a"
            + " ContentString (String in Java); keep to one of them (a oneOf of objects, or of values) to get a"
            + " Flow type (at /properties/assignee/oneOf)");
  }

  @Test
  void anObjectAndAStringInAllOfAreAContradictionNamingBothPlaces() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {
          "item": {"allOf": [{"$ref": "#/definitions/base"}, {"properties": {"id": {"type": "string"}}}]}
        },
        "definitions": {"base": {"type": "object", "properties": {"id": {"type": "object", "properties": {"x": {"type": "string"}}}}}}}
        """).run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "request.json:2:76: error: allOf parts define property \"id\" as an object and a string value, which"
            + " contradict each other: one at request.json:4:65 (/definitions/base/properties/id), the other at"
            + " request.json:2:76 (/properties/item/allOf/1/properties/id)");
  }

  @Test
  void twoDisjointEnumsInAllOfAreAContradictionNamingBothPlaces() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {
          "state": {"allOf": [{"enum": ["open", "closed"]}, {"type": "string", "enum": ["draft"]}]}
        }}
        """).run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "request.json:2:53: error: allOf parts are enums without a common value (open, closed and draft), which"
            + " contradict each other: one at request.json:2:23 (/properties/state/allOf/0), the other at"
            + " request.json:2:53 (/properties/state/allOf/1)");
  }

  @Test
  void aNullOnlyRefinementKeepsTheBaseType() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {
          "discussion": {"allOf": [
            {"type": "object", "properties": {"chosen_by": {"oneOf": [{"$ref": "#/definitions/user"}, {"type": "null"}]}}},
            {"type": "object", "properties": {"chosen_by": {"type": "null"}, "note": {}}}
          ]}
        },
        "definitions": {"user": {"type": "object", "properties": {"login": {"type": "string"}}}}}
        """).run();
    assertThat(PropertyLines.properties(run.model(), "A REQUEST - discussion"))
        .containsExactly("chosen_by:OBJECT->A REQUEST - chosen_by", "note:STRING");
    assertThat(run.messages()).containsExactly(
        "request.json:4:78: warning: no type given: typed as String (add \"type\") (at /properties/discussion/allOf/1/properties/note)");
  }

  @Test
  void namedPropertiesWinOverAMapOfOtherKeysWithAWarning() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {
          "info": {"$ref": "#/definitions/extensions", "type": "object", "properties": {"title": {"type": "string"}}}
        },
        "definitions": {"extensions": {"patternProperties": {"^x-": true}}}}
        """).run();
    assertThat(PropertyLines.properties(run.model(), "A REQUEST - info")).containsExactly("title:STRING");
    assertThat(run.messages()).containsExactly(
        "request.json:2:11: warning: allOf combines named properties with a map of other keys (additionalProperties"
            + " or patternProperties at request.json:4:31 (/definitions/extensions)): the Flow type keeps the named"
            + " properties; the other keys are not carried (declare the ones you need as properties) (at /properties/info)");
  }

  @Test
  void whatTheFlowTypeLeavesOutIsAWarning() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {
          "a": {"type": "object", "properties": {"x": {"type": "string"}}, "patternProperties": {"^x-": {}}},
          "b": {"type": "object", "properties": {"kind": {"type": "string"}},
                "if": {"properties": {"kind": {"const": "box"}}}, "then": {"properties": {"size": {"type": "integer"}}}},
          "c": {"type": "object", "additionalProperties": {}}
        }}
        """).run();
    assertThat(PropertyLines.inputs(run.model())).containsExactly("a:OBJECT->A REQUEST - a", "b:OBJECT->A REQUEST - b", "c:STRING");
    assertThat(run.messages()).containsExactly(
        "request.json:2:89: warning: patternProperties next to properties: keys that match a pattern are not in"
            + " the Flow type, only the named properties are (declare the keys you need as properties)"
            + " (at /properties/a/patternProperties)",
        "request.json:4:67: warning: properties declared under \"then\" apply only on a condition: they are not in"
            + " the Flow type (declare them under \"properties\", optional, to carry them) (at /properties/b/then)",
        "request.json:5:8: warning: a free-form object (no properties declared) has no Flow type: carried as JSON"
            + " text in a ContentString (String in Java); declare its \"properties\" to get a Flow type (at /properties/c)");
  }

  @Test
  void aNullOnlyEntryReadForAnEarlierActionStillYieldsInALaterAllOf() {
    ReaderRun run = new TempProject(dir)
        .file("service.flow.json", """
            {"name": "S", "path": "/s", "messageActions": [
              {"name": "A", "request": {"schema": "schema.json#/definitions/closed"}},
              {"name": "B", "request": {"schema": "schema.json#/definitions/refined"}}]}
            """)
        .file("schema.json", """
            {"definitions": {
              "closed": {"type": "object", "properties": {"merged_by": {"type": "null"}, "n": {"type": "integer"}}},
              "refined": {"allOf": [{"$ref": "#/definitions/closed"},
                {"type": "object", "properties": {"merged_by": {"type": "object", "properties": {"login": {"type": "string"}}}}}]}
            }}
            """)
        .run();
    assertThat(run.model().messageActions().get(1).inputs()).extracting(PropertyLines::of)
        .containsExactly("merged_by:OBJECT->B REQUEST - merged_by", "n:INTEGER");
  }

  @Test
  void aRecursiveSchemaOfAnyJsonValueIsCarriedAsJsonText() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {"data": {"$ref": "#/definitions/json"}},
         "definitions": {"json": {"oneOf": [
           {"type": ["string", "number", "boolean", "null"]},
           {"type": "array", "items": {"$ref": "#/definitions/json"}},
           {"type": "object", "properties": {"value": {"$ref": "#/definitions/json"}}}]}}}
        """).run();
    assertThat(PropertyLines.inputs(run.model())).containsExactly("data:STRING");
    assertThat(run.messages()).containsExactly(
        "request.json:2:36: warning: a oneOf of lists and objects and values has no Flow type: carried as JSON text in"
            + " a ContentString (String in Java); keep to one of them (a oneOf of objects, or of values) to get a Flow"
            + " type (at /definitions/json/oneOf)",
        "request.json:3:13: warning: a value of type string or number or boolean: typed as String (Flow has no union"
            + " types) (at /definitions/json/oneOf/0/type)");
  }

  @Test
  void aListThatContainsItselfKeepsItsTypeAndCarriesTheInnerListAsJsonText() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {"tree": {"$ref": "#/definitions/nodes"}},
         "definitions": {"nodes": {"type": "array", "items": {"type": "object", "properties": {
           "name": {"type": "string"}, "children": {"$ref": "#/definitions/nodes"}}}}}}
        """).run();
    assertThat(PropertyLines.inputs(run.model())).containsExactly("tree:LIST->A REQUEST - tree");
    assertThat(PropertyLines.properties(run.model(), "A REQUEST - tree")).containsExactly("children:STRING", "name:STRING");
    assertThat(run.messages()).containsExactly(
        "request.json:3:44: warning: a recursive reference to a list that contains itself has no Flow type: carried as"
            + " JSON text in a ContentString (String in Java); only objects can contain themselves in Flow; put an object"
            + " between the schema and its reference to get a Flow type (at /definitions/nodes/items/properties/children)");
  }

  @Test
  void aMapPartYieldsToSeveralObjectPartsAndTheCombiningSchemasRequiredStillCounts() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"type": "object", "properties": {"info": {"required": ["a"], "allOf": [
          {"$ref": "#/definitions/extensions"},
          {"properties": {"a": {"type": "string"}}},
          {"properties": {"b": {"type": "integer"}}}]}},
         "definitions": {"extensions": {"patternProperties": {"^x-": true}}}}
        """).run();
    assertThat(PropertyLines.properties(run.model(), "A REQUEST - info")).containsExactly("a:STRING required", "b:INTEGER");
    assertThat(run.messages()).hasSize(1).allMatch(m -> m.contains("warning: allOf combines named properties with a map"));
  }
}
