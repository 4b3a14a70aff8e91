package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every supported draft, and references across files. */
class DraftsAndReferencesTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"draft-04", "draft-06", "draft-07", "2019-09", "2020-12"})
  void everyDraftGivesTheSameModel(String draft) {
    ReaderRun run = ReaderRun.in(ReaderRun.resource("drafts/" + draft));
    assertThat(run.messages()).isEmpty();
    assertThat(run.text()).isEqualTo("""
        service Shipping /fs/shipping com.example.flow.Shipping
        action "Ship" actions/ship Ship
          in "carrier" carrier STRING enum Carrier
          in "destination" destination OBJECT "Ship REQUEST - destination"
          in "parcels" parcels LIST "Ship REQUEST - parcels"
          in "shipmentId" shipmentId STRING required
          in "shippedAt" shippedAt DATE_TIME
          in "weight" weight DECIMAL
        type "Ship REQUEST - destination" ShipRequestDestination MESSAGE
          "city" city STRING
          "street" street STRING
        type "Ship REQUEST - parcels" ShipRequestParcels MESSAGE
          "barcode" barcode STRING required
          "count" count INTEGER
          "fragile" fragile BOOLEAN
        enum Carrier DHL=DHL, UPS=UPS, ROYAL_MAIL=Royal Mail
        """);
  }

  @Test
  void referencesAcrossFilesWithFragmentsAndCycles() {
    ReaderRun run = ReaderRun.in(ReaderRun.resource("cross-file"));
    assertThat(run.messages()).isEmpty();
    assertThat(run.text()).isEqualTo("""
        service Shop /fs/shop com.example.flow.Shop
        action "Ship" actions/ship Ship
          in "from" from OBJECT "Ship REQUEST - from"
          in "parcels" parcels LIST "Ship REQUEST - parcels"
          in "size" size STRING enum BoxSize
          out "at" at DATE_TIME
          out "id" id STRING
          out "shippedFrom" shippedFrom OBJECT "Ship RESPONSE - shippedFrom"
        type "Ship REQUEST - contents" ShipRequestContents MESSAGE
          "name" name STRING
          "parts" parts LIST "Ship REQUEST - parts"
        type "Ship REQUEST - from" ShipRequestFrom MESSAGE
          "city" city STRING
          "street" street STRING
        type "Ship REQUEST - parcels" ShipRequestParcels MESSAGE
          "contents" contents OBJECT "Ship REQUEST - contents"
          "weight" weight DECIMAL
        type "Ship REQUEST - parts" ShipRequestParts MESSAGE
          "contents" contents OBJECT "Ship REQUEST - contents"
          "weight" weight DECIMAL
        type "Ship RESPONSE - shippedFrom" ShipResponseShippedFrom MESSAGE
          "city" city STRING
          "street" street STRING
        enum BoxSize S=S, M=M, L=L
        """);
    assertThat(run.model().type("Ship REQUEST - parts").orElseThrow().summary()).isEqualTo("One parcel.");
  }

  @Test
  void inputFilesFollowReferencesAcrossFiles() {
    Path base = ReaderRun.resource("cross-file");
    assertThat(new DescriptorModelReader().inputFiles(ReaderRun.in(base).request))
        .extracting(p -> base.relativize(p).toString().replace('\\', '/'))
        .containsExactly("schemas/common/types.json", "schemas/parcel.json", "schemas/shipment.json", "shop.flow.json");
  }

  @Test
  void keywordsNextToRefCountFrom2019_09() {
    String schema = """
        {"$schema": "%s", "type": "object", "properties": {
          "item": {"$ref": "#/definitions/Base", "properties": {"extra": {"type": "string"}}}},
         "definitions": {"Base": {"type": "object", "properties": {"id": {"type": "string"}}}}}
        """;
    new TempProject(dir).requestSchema(schema.formatted("https://json-schema.org/draft/2020-12/schema"));
    assertThat(ReaderRun.in(dir).model().type("A REQUEST - item").orElseThrow().properties())
        .extracting(p -> p.flowName()).containsExactly("extra", "id");
    new TempProject(dir).requestSchema(schema.formatted("http://json-schema.org/draft-07/schema#"));
    assertThat(ReaderRun.in(dir).model().type("A REQUEST - item").orElseThrow().properties())
        .extracting(p -> p.flowName()).containsExactly("id");
  }

  @Test
  void anUnknownSchemaUriIsReadAs2020_12WithAWarning() {
    ReaderRun run = new TempProject(dir).requestSchema("""
        {"$schema": "https://example.com/my-dialect", "type": "object", "properties": {"a": {"type": "string"}}}
        """).run();
    assertThat(run.models).hasSize(1);
    assertThat(run.messages()).containsExactly(
        "request.json:1:13: warning: unknown $schema \"https://example.com/my-dialect\": read as JSON Schema 2020-12 (at /$schema)");
  }

  @Test
  void badReferencesAreReportedWhereTheyAreWritten() {
    ReaderRun run = new TempProject(dir)
        .file("common.json", """
            {"definitions": {"A": {"type": "object", "properties": {"x": {"type": "string"}}}}}
            """)
        .requestSchema("""
            {"type": "object", "properties": {
              "a": {"$ref": "#/definitions/Nope"},
              "b": {"$ref": "common.json#/definitions/B"},
              "c": {"$ref": "missing.json"},
              "d": {"$ref": "https://example.com/schemas/x.json"},
              "e": {"$ref": "#nope"},
              "f": {"$ref": "common.json#/definitions/A"}
            }}
            """).run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "request.json:2:17: error: \"#/definitions/Nope\" does not resolve: request.json has nothing at /definitions/Nope (at /properties/a/$ref)",
        "request.json:3:17: error: \"common.json#/definitions/B\" does not resolve: common.json has nothing at /definitions/B (at /properties/b/$ref)",
        "request.json:4:17: error: $ref target file not found: missing.json (at /properties/c/$ref)",
        "request.json:5:17: error: $ref \"https://example.com/schemas/x.json\" is not supported: remote schemas are not fetched; save it next to this file and refer to it by a relative path (at /properties/d/$ref)",
        "request.json:6:17: error: \"#nope\" does not resolve: request.json has no anchor \"nope\" (at /properties/e/$ref)");
  }

  @Test
  void aProfileFragmentSelectsTheRoot() {
    ReaderRun run = new TempProject(dir)
        .file("service.flow.json", """
            {"name": "S", "path": "/s", "messageActions": [
              {"name": "A", "request": {"schema": "defs.json#/$defs/In"}, "response": {"sample": "out.json#/data"}}]}
            """)
        .file("defs.json", """
            {"$defs": {"In": {"type": "object", "properties": {"q": {"type": "string"}}}}}
            """)
        .file("out.json", """
            {"meta": {"page": 1}, "data": {"hits": 3}}
            """)
        .run();
    assertThat(run.messages()).isEmpty();
    assertThat(run.text()).isEqualTo("""
        service S /s com.example.flow.S
        action "A" actions/a A
          in "q" q STRING
          out "hits" hits INTEGER
        """);
  }
}
