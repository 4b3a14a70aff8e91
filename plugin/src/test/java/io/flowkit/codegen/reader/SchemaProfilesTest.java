package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.model.ServiceModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each JSON Schema keyword becomes. */
class SchemaProfilesTest {

  @TempDir Path dir;

  private TempProject project() {
    return new TempProject(dir);
  }

  @Test
  void scalarTypesAndFormats() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "required": ["s"], "properties": {
          "s": {"type": "string"},
          "dt": {"type": "string", "format": "date-time"},
          "d": {"type": "string", "format": "date"},
          "t": {"type": "string", "format": "time"},
          "u": {"type": "string", "format": "uuid"},
          "i": {"type": "integer"},
          "n": {"type": "number"},
          "b": {"type": "boolean"},
          "f": {"format": "date-time"}
        }}
        """).run();
    assertThat(run.messages()).isEmpty();
    assertThat(PropertyLines.inputs(run.model())).containsExactly(
        "b:BOOLEAN", "d:DATE", "dt:DATE_TIME", "f:DATE_TIME", "i:INTEGER", "n:DECIMAL", "s:STRING required",
        "t:STRING", "u:STRING");
  }

  @Test
  void nullableUnionsUseTheirNonNullBranchWithoutAWarning() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {
          "a": {"type": ["string", "null"]},
          "b": {"oneOf": [{"type": "null"}, {"$ref": "#/definitions/Point"}]},
          "c": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
          "d": {"type": ["integer", "number"]},
          "e": {"type": "object", "nullable": true, "properties": {"x": {"type": "number"}}}
        },
        "definitions": {"Point": {"type": "object", "properties": {"x": {"type": "number"}}}}}
        """).run();
    assertThat(run.messages()).isEmpty();
    assertThat(PropertyLines.inputs(run.model())).containsExactly(
        "a:STRING", "b:OBJECT->A REQUEST - b", "c:INTEGER", "d:DECIMAL", "e:OBJECT->A REQUEST - e");
  }

  @Test
  void descriptionsBecomePropertyDescriptionsAndTypeSummaries() {
    ServiceModel model = project().requestSchema("""
        {"type": "object", "properties": {
          "customer": {"description": "The buyer.", "$ref": "#/definitions/Customer"},
          "site": {"$ref": "#/definitions/Customer"}
        },
        "definitions": {"Customer": {"type": "object", "description": "A customer.",
          "properties": {"id": {"type": "string", "description": "Its number."}}}}}
        """).run().model();
    assertThat(model.messageActions().get(0).inputs()).extracting(PropertyModel::description)
        .containsExactly("The buyer.", "A customer.");
    assertThat(model.type("A REQUEST - customer").orElseThrow().summary()).isEqualTo("A customer.");
    assertThat(model.type("A REQUEST - customer").orElseThrow().properties().get(0).description())
        .isEqualTo("Its number.");
  }

  @Test
  void enumsBecomeJavaEnumsNamedAfterTheirDefinitionOrOwner() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {
          "state": {"$ref": "#/$defs/State"},
          "previous": {"$ref": "#/$defs/State"},
          "size": {"type": "string", "enum": ["S", "M", "L", "XL", null]},
          "level": {"enum": [1, 2, 3]},
          "line": {"type": "object", "properties": {
            "state": {"$ref": "#/$defs/State"},
            "kind": {"enum": ["in-stock", "backorder"]}}}
        },
        "$defs": {"State": {"type": "string", "description": "Order state.", "enum": ["open", "closed", "on hold"]}}}
        """).run();
    assertThat(run.messages()).isEmpty();
    ServiceModel model = run.model();
    assertThat(PropertyLines.inputs(model)).containsExactly(
        "level:INTEGER", "line:OBJECT->A REQUEST - line", "previous:STRING enum State", "size:STRING enum ARequestSize",
        "state:STRING enum State");
    assertThat(PropertyLines.properties(model, "A REQUEST - line"))
        .containsExactly("kind:STRING enum ARequestLineKind", "state:STRING enum State");
    assertThat(model.enums()).extracting(e -> e.javaName() + " " + e.constants().stream()
            .map(c -> c.javaName() + "=" + c.value()).toList())
        .containsExactly(
            "ARequestLineKind [IN_STOCK=in-stock, BACKORDER=backorder]",
            "ARequestSize [S=S, M=M, L=L, XL=XL]",
            "State [OPEN=open, CLOSED=closed, ON_HOLD=on hold]");
    assertThat(model.enums().get(2).description()).isEqualTo("Order state.");
  }

  @Test
  void allOfIsMerged() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {
          "item": {"allOf": [
            {"$ref": "#/definitions/Base"},
            {"properties": {"price": {"type": "number"}}, "required": ["price", "id"]}
          ]}
        },
        "definitions": {"Base": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}}}
        """).run();
    assertThat(run.messages()).isEmpty();
    assertThat(PropertyLines.properties(run.model(), "A REQUEST - item"))
        .containsExactly("id:STRING required", "name:STRING", "price:DECIMAL required");
  }

  @Test
  void allOfPartsThatContradictEachOtherAreAnErrorNamingBothPlaces() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {
          "item": {"allOf": [
            {"properties": {"id": {"type": "string"}}},
            {"properties": {"id": {"type": "object", "properties": {"x": {"type": "string"}}}}}
          ]}
        }}
        """).run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "request.json:4:27: error: allOf parts define property \"id\" as a string value and an object, which"
            + " contradict each other: one at request.json:3:27 (/properties/item/allOf/0/properties/id), the other"
            + " at request.json:4:27 (/properties/item/allOf/1/properties/id)");
  }

  @Test
  void unionsOfObjectsBecomeOneTypeWithEveryPropertyOptionalAndAWarning() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {
          "pet": {"oneOf": [
            {"type": "object", "required": ["meow"], "properties": {"name": {"type": "string"}, "meow": {"type": "boolean"}}},
            {"type": "object", "required": ["bark"], "properties": {"name": {"type": "string"}, "bark": {"type": "integer"}}}
          ]}
        }}
        """).run();
    assertThat(run.messages()).containsExactly(
        "request.json:2:20: warning: oneOf of 2 object schemas: generated one type with the properties of all of them,"
            + " each optional (Flow has no union types) (at /properties/pet/oneOf)");
    assertThat(PropertyLines.properties(run.model(), "A REQUEST - pet"))
        .containsExactly("bark:INTEGER", "meow:BOOLEAN", "name:STRING");
  }

  @Test
  void unionsOfObjectsAndValuesAreCarriedAsJsonTextWithAWarning() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {
          "id": {"anyOf": [{"type": "string"}, {"type": "object", "properties": {"v": {"type": "string"}}}]},
          "code": {"type": ["string", "object"]}
        }}
        """).run();
    assertThat(PropertyLines.inputs(run.model())).containsExactly("code:STRING", "id:STRING");
    assertThat(run.model().messageActions().get(0).inputs()).extracting(PropertyModel::description).containsExactly(
        "The JSON text of a value of type string or object, which no Flow type can hold (a ContentString in Flow)",
        "The JSON text of an anyOf of objects and values, which no Flow type can hold (a ContentString in Flow)");
    assertThat(run.messages()).containsExactly(
        "request.json:2:19: warning: an anyOf of objects and values has no Flow type: carried as JSON text in a"
            + " ContentString (String in Java); keep to one of them (an anyOf of objects, or of values) to get a"
            + " Flow type (at /properties/id/anyOf)",
        "request.json:3:20: warning: a value of type string or object has no Flow type: carried as JSON text in a"
            + " ContentString (String in Java); give it one type (Flow has no union types) (at /properties/code/type)");
  }

  @Test
  void unionsOfValuesOfDifferentTypesBecomeStringsWithAWarning() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {
          "ref": {"type": ["string", "integer"]},
          "any": {}
        }}
        """).run();
    assertThat(PropertyLines.inputs(run.model())).containsExactly("any:STRING", "ref:STRING");
    assertThat(run.messages()).containsExactly(
        "request.json:2:19: warning: a value of type string or integer: typed as String (Flow has no union types) (at /properties/ref/type)",
        "request.json:3:10: warning: no type given: typed as String (add \"type\") (at /properties/any)");
  }

  @Test
  void additionalPropertiesNextToPropertiesAreIgnored() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {
          "o": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": {"type": "integer"}}
        }, "additionalProperties": false}
        """).run();
    assertThat(run.messages()).isEmpty();
    assertThat(PropertyLines.properties(run.model(), "A REQUEST - o")).containsExactly("a:STRING");
  }

  @Test
  void aPureMapBecomesAListOfKeyValueEntries() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {
          "labels": {"type": "object", "additionalProperties": {"type": "string"}},
          "stock": {"type": "object", "patternProperties": {"^[A-Z]+$": {"$ref": "#/definitions/Level"}}}
        },
        "definitions": {"Level": {"type": "object", "properties": {"onHand": {"type": "integer"}}}}}
        """).run();
    assertThat(run.messages()).isEmpty();
    ServiceModel model = run.model();
    assertThat(PropertyLines.inputs(model)).containsExactly("labels:LIST->A REQUEST - labels", "stock:LIST->A REQUEST - stock");
    assertThat(PropertyLines.properties(model, "A REQUEST - labels")).containsExactly("Key:STRING required", "Value:STRING");
    assertThat(PropertyLines.properties(model, "A REQUEST - stock"))
        .containsExactly("Key:STRING required", "Value:OBJECT->A REQUEST - Value");
    assertThat(PropertyLines.properties(model, "A REQUEST - Value")).containsExactly("onHand:INTEGER");
  }

  @Test
  void recursiveSchemasGiveSelfReferencingTypes() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {
          "tree": {"$ref": "#/definitions/Node"}
        },
        "definitions": {"Node": {"type": "object", "properties": {
          "name": {"type": "string"},
          "children": {"type": "array", "items": {"$ref": "#/definitions/Node"}}}}}}
        """).run();
    assertThat(run.messages()).isEmpty();
    ServiceModel model = run.model();
    assertThat(PropertyLines.properties(model, "A REQUEST - tree"))
        .containsExactly("children:LIST->A REQUEST - children", "name:STRING");
    assertThat(PropertyLines.properties(model, "A REQUEST - children"))
        .containsExactly("children:LIST->A REQUEST - children", "name:STRING");
    assertThat(model.types()).extracting(FlowTypeModel::flowName)
        .containsExactly("A REQUEST - children", "A REQUEST - tree");
  }

  @Test
  void recursionThroughAllOfAndOneOfTerminates() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {
          "expr": {"$ref": "#/definitions/Expr"}
        },
        "definitions": {
          "Expr": {"oneOf": [{"$ref": "#/definitions/Literal"}, {"$ref": "#/definitions/Sum"}]},
          "Literal": {"type": "object", "properties": {"value": {"type": "number"}}},
          "Sum": {"allOf": [{"$ref": "#/definitions/Base"},
                            {"properties": {"expr": {"type": "array", "items": {"$ref": "#/definitions/Expr"}}}}]},
          "Base": {"type": "object", "properties": {"label": {"type": "string"}}}}}
        """).run();
    assertThat(run.messages()).singleElement().asString().contains("warning: oneOf of 2 object schemas");
    assertThat(PropertyLines.properties(run.model(), "A REQUEST - expr"))
        .containsExactly("expr:LIST->A REQUEST - expr", "label:STRING", "value:DECIMAL");
  }

  @Test
  void allOfAndOneOfMayMergeASchemaThatIsStillBeingRead() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {"node": {"$ref": "#/definitions/Node"}},
         "definitions": {
           "Node": {"type": "object", "properties": {
             "name": {"type": "string"},
             "parent": {"allOf": [{"$ref": "#/definitions/Node"}, {"required": ["name"]}]},
             "link": {"oneOf": [{"$ref": "#/definitions/Node"}, {"$ref": "#/definitions/Url"}]}}},
           "Url": {"type": "object", "properties": {"href": {"type": "string"}}}}}
        """).run();
    assertThat(run.messages()).singleElement().asString()
        .startsWith("request.json:6:24: warning: oneOf of 2 object schemas");
    ServiceModel model = run.model();
    assertThat(PropertyLines.properties(model, "A REQUEST - parent"))
        .containsExactly("link:OBJECT->A REQUEST - link", "name:STRING required", "parent:OBJECT->A REQUEST - parent");
    assertThat(PropertyLines.properties(model, "A REQUEST - link"))
        .containsExactly("href:STRING", "link:OBJECT->A REQUEST - link", "name:STRING", "parent:OBJECT->A REQUEST - parent");
  }

  @Test
  void schemasMadeOfThemselvesAreAnError() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {"a": {"$ref": "#/definitions/A"}},
         "definitions": {
           "A": {"allOf": [{"$ref": "#/definitions/B"}, {"properties": {"x": {"type": "string"}}}]},
           "B": {"allOf": [{"$ref": "#/definitions/A"}, {"properties": {"y": {"type": "string"}}}]}}}
        """).run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).contains(
        "request.json:3:19: error: circular allOf: a part is made of this schema itself (at /definitions/A/allOf)",
        "request.json:4:19: error: circular allOf: a part is made of this schema itself (at /definitions/B/allOf)");
  }

  @Test
  void referencesWithoutAnyObjectInBetweenAreAnError() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {"a": {"$ref": "#/definitions/A"}},
         "definitions": {"A": {"$ref": "#/definitions/B"}, "B": {"$ref": "#/definitions/A"}}}
        """).run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "request.json:2:23: error: circular reference: the schema refers to itself without any object in between (at /definitions/A)");
  }

  @Test
  void theNestingCapFailsCleanlyWithThePointer() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {"a": {"type": "object", "properties": {
          "b": {"type": "object", "properties": {"c": {"type": "object", "properties": {
            "d": {"type": "object", "properties": {"e": {"type": "string"}}}}}}}}}}}
        """).run(new ReaderRun.Options().maxDepth(3));
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "request.json:2:47: error: objects nest more than 3 levels deep here (the maxDepth limit);"
            + " flatten the profile or raise maxDepth (at /properties/a/properties/b/properties/c)");
  }

  @Test
  void anEmptyObjectIsCarriedAsJsonTextWithAWarning() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {"meta": {"type": "object"}}}
        """).run();
    assertThat(PropertyLines.inputs(run.model())).containsExactly("meta:STRING");
    assertThat(run.messages()).containsExactly(
        "request.json:1:43: warning: a free-form object (no properties declared) has no Flow type: carried as JSON"
            + " text in a ContentString (String in Java); declare its \"properties\" to get a Flow type"
            + " (at /properties/meta)");
  }

  @Test
  void unknownTypesAreErrorsAndArraysFlowCannotHoldWarnings() {
    ReaderRun run = project().requestSchema("""
        {"type": "object", "properties": {
          "a": {"type": "strin"},
          "b": {"type": "array"},
          "c": {"type": "array", "items": [{"type": "string"}, {"type": "integer"}]},
          "d": {"type": "array", "prefixItems": [{"type": "string"}]}
        }}
        """).run();
    assertThat(run.messages()).containsExactly(
        "request.json:2:17: error: unknown type \"strin\" (at /properties/a/type)",
        "request.json:3:8: warning: an array of items of any type has no Flow type: carried as JSON text in a"
            + " ContentString (String in Java); give \"items\" a schema (at /properties/b)",
        "request.json:4:8: warning: a tuple (an array whose items have positions) has no Flow type: carried as JSON"
            + " text in a ContentString (String in Java); make it an array of one item schema, or an object with"
            + " named properties (at /properties/c)",
        "request.json:5:8: warning: a tuple (an array whose items have positions) has no Flow type: carried as JSON"
            + " text in a ContentString (String in Java); make it an array of one item schema, or an object with"
            + " named properties (at /properties/d)");
  }

  @Test
  void validationKeywordsNotConditionalsAndUnknownFormatsDoNotChangeTheFlowType() {
    // properties under "then" are not in the type: a warning says so (issue 8)
    ReaderRun run = project().requestSchema("""
        {"type": "object", "title": "Request", "properties": {
          "code": {"type": "string", "pattern": "^[A-Z]+$", "minLength": 2, "maxLength": 8, "format": "ipv4"},
          "qty": {"type": "integer", "minimum": 1, "maximum": 99, "multipleOf": 1, "default": 1, "examples": [3]},
          "price": {"type": "number", "exclusiveMinimum": 0, "not": {"const": 13}},
          "tags": {"type": "object", "minProperties": 1, "properties": {"a": {"type": "string"}},
                   "if": {"required": ["a"]}, "then": {"properties": {"b": {"type": "string"}}}}
        }}
        """).run();
    assertThat(run.messages()).containsExactly("request.json:6:47: warning: properties declared under \"then\" apply"
        + " only on a condition: they are not in the Flow type (declare them under \"properties\", optional, to carry"
        + " them) (at /properties/tags/then)");
    assertThat(PropertyLines.inputs(run.model())).containsExactly(
        "code:STRING", "price:DECIMAL", "qty:INTEGER", "tags:OBJECT->A REQUEST - tags");
    assertThat(PropertyLines.properties(run.model(), "A REQUEST - tags")).containsExactly("a:STRING");
  }
}
