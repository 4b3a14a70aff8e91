package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.model.ServiceModel;
import io.flowkit.codegen.naming.JavaNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow names as the Flow Services Server would create them (spec §1.3–1.5, §8), and Java names. */
class NamingRulesTest {

  @TempDir Path dir;

  private TempProject project() {
    return new TempProject(dir);
  }

  @Test
  void sameEntryWithTheSameShapeAtDifferentDepthsSharesOneType() {
    ReaderRun run = project().requestSample("""
        {"customer": {"name": "Acme", "address": {"city": "Leeds"}},
         "lines": [{"sku": "A", "address": {"city": "York"}}]}
        """).run();
    assertThat(run.messages()).isEmpty();
    ServiceModel model = run.model();
    assertThat(model.types()).extracting(FlowTypeModel::flowName)
        .containsExactly("A REQUEST - address", "A REQUEST - customer", "A REQUEST - lines");
    assertThat(model.type("A REQUEST - lines").orElseThrow().properties().get(0).typeRef())
        .isEqualTo("A REQUEST - address");
  }

  @Test
  void sameEntryWithDifferentShapesIsAnErrorNamingBothPlaces() {
    ReaderRun run = project().requestSample("""
        {"customer": {"name": "Acme", "address": {"city": "Leeds"}},
         "lines": [{"sku": "A", "address": {"street": "1 Main St"}}]}
        """).run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "request.json:2:36: error: entry \"address\" has a different shape here than at request.json:1:42"
            + " (/customer/address); both would be type \"A REQUEST - address\" (Flow names types by entry only)."
            + " Rename one, give them the same properties, or set nameClashes to path (at /lines/0/address)");
  }

  @Test
  void pathModeQualifiesTheLaterName() {
    ReaderRun run = project().requestSample("""
        {"customer": {"name": "Acme", "address": {"city": "Leeds"}},
         "lines": [{"sku": "A", "address": {"street": "1 Main St"}}]}
        """).run(new ReaderRun.Options().pathNames());
    assertThat(run.messages()).isEmpty();
    assertThat(run.text()).isEqualTo("""
        service S /s com.example.flow.S
        action "A" actions/a A
          in "customer" customer OBJECT "A REQUEST - customer"
          in "lines" lines LIST "A REQUEST - lines"
        type "A REQUEST - address" ARequestAddress MESSAGE
          "city" city STRING
        type "A REQUEST - customer" ARequestCustomer MESSAGE
          "address" address OBJECT "A REQUEST - address"
          "name" name STRING
        type "A REQUEST - lines" ARequestLines MESSAGE
          "address" address OBJECT "A REQUEST - lines address"
          "sku" sku STRING
        type "A REQUEST - lines address" ARequestLinesAddress MESSAGE
          "street" street STRING
        """);
  }

  @Test
  void requestAndResponseEntriesOfTheSameNameAreSeparateTypes() {
    ReaderRun run = project()
        .file("service.flow.json", """
            {"name": "S", "path": "/s", "messageActions": [{"name": "Echo",
              "request": {"sample": "in.json"}, "response": {"sample": "out.json"}}]}
            """)
        .file("in.json", "{\"item\": {\"id\": \"1\"}}")
        .file("out.json", "{\"item\": {\"id\": \"1\"}}")
        .run();
    assertThat(run.model().types()).extracting(t -> t.flowName() + " " + t.javaName())
        .containsExactly("Echo REQUEST - item EchoRequestItem", "Echo RESPONSE - item EchoResponseItem");
  }

  @Test
  void awkwardKeysKeepTheirFlowNameAndGetReadableJavaNames() {
    ReaderRun run = project().requestSample("""
        {"x": {"class": "a", "default": "b", "+1": 1, "-1": 2, "Last Name": "c", "order$created": "d",
               "1st": "e", "hashCode": 3, "Größe": "XL", "first_name": "f", "First Name": "g", "$type": "h"}}
        """).run();
    assertThat(run.messages()).isEmpty();
    assertThat(run.model().type("A REQUEST - x").orElseThrow().properties())
        .extracting(p -> p.flowName() + " -> " + p.javaName())
        .containsExactly(
            "$type -> type",
            "+1 -> plus1",
            "-1 -> minus1",
            "1st -> _1st",
            "First Name -> firstName",
            "Größe -> grosse",
            "Last Name -> lastName",
            "class -> class_",
            "default -> default_",
            "first_name -> first_name",
            "hashCode -> hashCode_",
            "order$created -> orderCreated");
  }

  @Test
  void entriesDifferingOnlyInCaseEmptyOrWithBracketsAreErrors() {
    ReaderRun run = project().requestSample("""
        {"o": {"id": 1, "ID": 2, "": 3, "a[0]": 4, "odata.etag": "x"}}
        """).run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "request.json:1:23: error: entries \"id\" and \"ID\" differ only in letter case; Flow matches names ignoring case"
            + " in places, so they would clash (at /o/ID)",
        "request.json:1:30: error: an empty entry name: Flow properties need a name (at /o/)",
        "request.json:1:41: error: entry name \"a[0]\" contains [ or ], which Flow's value references use (at /o/a[0])",
        "request.json:1:58: warning: entry name \"odata.etag\" contains '.', which can be mistaken for a property"
            + " reference in Flow ({![Value].[Property]}) (at /o/odata.etag)");
  }

  @Test
  void typeNamesDifferingOnlyInCaseAreAnError() {
    ReaderRun run = project().requestSample("""
        {"customer": {"id": "1"},
         "order": {"Customer": {"id": "1", "name": "x"}}}
        """).run();
    assertThat(run.messages()).containsExactly(
        "request.json:2:24: error: type \"A REQUEST - Customer\" is also produced at request.json:1:14 (/customer)"
            + " (names differ only in letter case); Flow installs types by name, so each must be unique in the service"
            + " (at /order/Customer)");
  }

  @Test
  void descriptorNamesAreCheckedForDuplicatesAndReservedPrefixes() {
    ReaderRun run = project()
        .file("service.flow.json", """
            {"name": "S", "path": "/s",
             "configurationValues": [{"name": "Key"}, {"name": "KEY"}],
             "messageActions": [
               {"name": "Create Order"},
               {"name": "create order"},
               {"name": "$Run"},
               {"name": "Place Order", "uriPart": "actions/create-order"},
               {"name": "名前"}],
             "dataActions": [{"objectType": "$Ticket", "profile": {"sample": "t.json"}}],
             "fileResources": [
               {"name": "R1", "path": "/f", "response": {"sample": "r.json"}},
               {"name": "R2", "path": "/f", "response": {"sample": "r.json"}}]}
            """)
        .file("t.json", "{\"id\": \"1\"}")
        .file("r.json", "{\"externalId\": \"1\"}")
        .run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "service.flow.json:2:43: error: duplicate configuration value \"KEY\" (names are compared ignoring case);"
            + " the first is at service.flow.json:2:26 (/configurationValues/0) (at /configurationValues/1)",
        "service.flow.json:5:4: error: duplicate message action \"create order\" (names are compared ignoring case);"
            + " the first is at service.flow.json:4:4 (/messageActions/0) (at /messageActions/1)",
        "service.flow.json:5:4: error: message action \"create order\" has uriPart \"actions/create-order\" like the"
            + " action at service.flow.json:4:4 (/messageActions/0); Flow calls actions by uriPart (set \"uriPart\")"
            + " (at /messageActions/1)",
        "service.flow.json:6:4: error: message action name \"$Run\" starts with '$', which Flow reserves for system"
            + " types (at /messageActions/2)",
        "service.flow.json:7:4: error: message action \"Place Order\" has uriPart \"actions/create-order\" like the"
            + " action at service.flow.json:4:4 (/messageActions/0); Flow calls actions by uriPart (set \"uriPart\")"
            + " (at /messageActions/3)",
        "service.flow.json:8:4: error: cannot derive a uriPart from the name \"名前\" (no ASCII letters or digits);"
            + " set \"uriPart\" (at /messageActions/4)",
        "service.flow.json:9:18: error: object type \"$Ticket\" starts with '$', which Flow reserves for system types"
            + " (at /dataActions/0)",
        "service.flow.json:12:4: error: file resource path \"/f\" is also used at service.flow.json:11:4"
            + " (/fileResources/0) (at /fileResources/1)");
  }

  @Test
  void bracketsInDescriptorNamesAreReportedOnceAndDotsWarned() {
    ReaderRun run = project()
        .file("service.flow.json", """
            {"name": "S", "path": "/s", "messageActions": [{"name": "Get [beta]"}, {"name": "Get v1.2"}]}
            """)
        .run();
    assertThat(run.messages()).containsExactly(
        "service.flow.json:1:57: error: a name must not contain [ or ] (Flow's value-reference syntax)"
            + " (at /messageActions/0/name)",
        "service.flow.json:1:72: warning: message action name \"Get v1.2\" contains '.', which can be mistaken"
            + " for a property reference in Flow ({![Value].[Property]}) (at /messageActions/1)");
  }

  @Test
  void javaClassNamesAreUniqueAcrossEveryDerivedName() {
    ReaderRun run = project()
        .file("service.flow.json", """
            {"name": "Orders", "path": "/s",
             "messageActions": [
               {"name": "Create Order", "request": {"sample": "in.json"}},
               {"name": "CreateOrder", "uriPart": "actions/create-order-2"}],
             "dataActions": [
               {"objectType": "Create Order Request", "profile": {"sample": "t.json"}},
               {"objectType": "String", "profile": {"sample": "t.json"}}],
             "fileResources": [{"name": "Create Order", "path": "/f", "response": {"sample": "r.json"}}]}
            """)
        .file("in.json", "{\"first_name\": {\"a\": 1}, \"First Name\": {\"b\": 2}, \"action\": {\"c\": 3}}")
        .file("t.json", "{\"id\": \"1\"}")
        .file("r.json", "{\"externalId\": \"1\"}")
        .run();
    assertThat(run.messages()).isEmpty();
    ServiceModel model = run.model();
    assertThat(model.messageActions()).extracting(a -> a.flowName() + " " + a.javaName())
        .containsExactly("Create Order CreateSpaceOrder", "CreateOrder CreateOrder");
    assertThat(model.dataActions()).extracting(d -> d.objectType() + " " + d.javaName())
        .containsExactly("Create Order Request CreateOrderRequest", "String String");
    assertThat(model.fileResources()).extracting(f -> f.name() + " " + f.javaName())
        .containsExactly("Create Order CreateOrder"); // CreateOrderFiles clashes with nothing
    assertThat(model.types()).extracting(t -> t.flowName() + " " + t.javaName())
        .containsExactly(
            "$File RESPONSE - Create Order FileResponseCreateOrder",
            "Create Order REQUEST - First Name CreateOrderRequestFirstName",
            "Create Order REQUEST - action CreateOrderRequestAction",
            "Create Order REQUEST - first_name CreateOrderRequestFirstUnderscoreName",
            "Create Order Request OrdersCreateOrderRequest",
            "String OrdersString");
    List<String> classes = new ArrayList<>(List.of(model.serviceJavaName(), model.configurationJavaName(),
        model.configurationJavaName() + "Codec"));
    model.messageActions().forEach(a -> classes.addAll(List.of(a.interfaceJavaName(), a.requestJavaName(),
        a.responseJavaName(), a.javaName() + "Codec")));
    model.dataActions().forEach(d -> classes.addAll(List.of(d.interfaceJavaName(), d.fieldEnumJavaName())));
    model.fileResources().forEach(f -> classes.add(f.interfaceJavaName()));
    model.types().forEach(t -> classes.addAll(List.of(t.javaName(), t.javaName() + "Codec")));
    model.enums().forEach(e -> classes.add(e.javaName()));
    assertThat(classes.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()).doesNotHaveDuplicates();
    assertThat(classes).allMatch(JavaNames::isIdentifier).noneMatch(c -> c.matches(".*_\\d+"));
  }

  @Test
  void servicesSharingAPackageNeverShareAClassName() {
    project()
        .file("a.flow.json", """
            {"name": "Helpdesk", "path": "/a", "dataActions": [{"objectType": "Ticket", "profile": {"sample": "t.json"}}]}
            """)
        .file("b.flow.json", """
            {"name": "Support", "path": "/b", "dataActions": [{"objectType": "Ticket", "profile": {"sample": "t.json"}}]}
            """)
        .file("t.json", "{\"id\": \"1\"}");
    ReaderRun run = ReaderRun.in(dir);
    assertThat(run.messages()).isEmpty();
    assertThat(run.models).extracting(m -> m.javaName() + " " + m.dataActions().get(0).javaName() + " "
            + m.types().get(0).javaName())
        .containsExactly("Helpdesk Ticket Ticket", "Support SupportTicket SupportTicket");
  }

  @Test
  void duplicateServicesAcrossDescriptorsAreAnError() {
    project()
        .file("a.flow.json", "{\"name\": \"Orders\", \"path\": \"/fs/orders\", \"messageActions\": [{\"name\": \"A\"}]}")
        .file("b.flow.json", "{\"name\": \"orders\", \"path\": \"/fs/orders\", \"messageActions\": [{\"name\": \"A\"}]}");
    ReaderRun run = ReaderRun.in(dir);
    assertThat(run.models).hasSize(1);
    assertThat(run.messages()).containsExactly(
        "b.flow.json:1:10: error: duplicate service name \"orders\": another descriptor has it at a.flow.json:1:10 (/name)",
        "b.flow.json:1:28: error: duplicate service path \"/fs/orders\": another descriptor has it at a.flow.json:1:28 (/path)");
  }

  @Test
  void longComposedNamesGetAWarning() {
    String entry = "e".repeat(250);
    ReaderRun run = project().requestSample("{\"" + entry + "\": {\"a\": 1}}").run();
    assertThat(run.models).hasSize(1);
    assertThat(run.messages()).singleElement().asString()
        .startsWith("request.json:1:256: warning: type name \"A REQUEST - eeee")
        .contains("is 262 characters long; Boomi limits names to 255");
  }

  @Test
  void configurationValuesBecomeRecordComponents() {
    ReaderRun run = project()
        .file("service.flow.json", """
            {"name": "S", "path": "/s",
             "configurationValues": [{"name": "API Key", "type": "Password", "required": true},
               {"name": "Base URL"}, {"name": "Timeout (s)", "type": "Number"}, {"name": "class", "type": "Boolean"},
               {"name": "Since", "type": "Datetime"}],
             "messageActions": [{"name": "A"}]}
            """).run();
    assertThat(run.model().configurationValues())
        .extracting(c -> c.flowName() + " " + c.javaName() + " " + c.kind() + (c.required() ? " required" : ""))
        .containsExactly("API Key apiKey PASSWORD required", "Base URL baseUrl STRING", "Since since DATE_TIME",
            "Timeout (s) timeoutS DECIMAL", "class class_ BOOLEAN");
  }

  @Test
  void uriPartsDefaultToKebabCaseAndCanBeOverridden() {
    ReaderRun run = project()
        .file("service.flow.json", """
            {"name": "S", "path": "/s", "messageActions": [
              {"name": "Send e-mail (v2)"}, {"name": "Ping", "uriPart": "health/ping", "syncTimeoutSeconds": 90}]}
            """).run();
    assertThat(run.model().messageActions()).extracting(a -> a.flowName() + " " + a.uriPart() + " " + a.javaName())
        .containsExactly("Ping health/ping Ping", "Send e-mail (v2) actions/send-e-mail-v2 SendEMailV2");
    assertThat(run.messages()).containsExactly(
        "service.flow.json:2:33: warning: syncTimeoutSeconds 90 is 60 or more: Flow gives up on calls after about"
            + " 60 seconds, so the call may fail before WAIT is sent (at /messageActions/1)");
  }

  private static List<String> names(List<PropertyModel> properties) {
    return properties.stream().map(PropertyModel::flowName).toList();
  }

  @Test
  void propertiesInputsAndOutputsAreSortedByFlowName() {
    ReaderRun run = project().requestSample("""
        {"zeta": 1, "Alpha": 2, "alpha2": 3, "_x": 4, "Zeta2": 5}
        """).run();
    assertThat(names(run.model().messageActions().get(0).inputs()))
        .containsExactly("Alpha", "Zeta2", "_x", "alpha2", "zeta");
  }

  @Test
  void objectAndListEntriesNamedLikeUnrenamedBoomiLayersWarn() {
    ReaderRun run = project()
        .file("service.flow.json", """
            {"name": "S", "path": "/s",
             "messageActions": [{"name": "A", "request": {"sample": "request.json"}}],
             "fileResources": [{"name": "Object", "path": "/f", "response": {"sample": "upload.json"}}]}
            """)
        .file("request.json", """
            {"Object": {"a": 1},
             "Array": [{"b": 1}],
             "order": {"ArrayElement1": {"c": 1}, "Object_1": {"d": 1}, "Objects": {"e": 1}, "Array": "a value"}}
            """)
        .file("upload.json", "{\"externalId\": \"1\"}")
        .run();
    assertThat(run.models).hasSize(1);
    String advice = "; rename the entry after what it holds (Boomi advises renaming every layer before the first install)";
    assertThat(run.messages()).containsExactly(
        "request.json:1:12: warning: entry name \"Object\" is the name Boomi gives an unrenamed profile layer, so its"
            + " type is called \"A REQUEST - Object\"" + advice + " (at /Object)",
        "request.json:2:11: warning: entry name \"Array\" is the name Boomi gives an unrenamed profile layer, so its"
            + " type is called \"A REQUEST - Array\"" + advice + " (at /Array)",
        "request.json:3:29: warning: entry name \"ArrayElement1\" is the name Boomi gives an unrenamed profile layer,"
            + " so its type is called \"A REQUEST - ArrayElement1\"" + advice + " (at /order/ArrayElement1)",
        "request.json:3:51: warning: entry name \"Object_1\" is the name Boomi gives an unrenamed profile layer, so"
            + " its type is called \"A REQUEST - Object_1\"" + advice + " (at /order/Object_1)");
    assertThat(run.model().fileResources().get(0).typeRef()).isEqualTo("$File RESPONSE - Object");
  }
}
