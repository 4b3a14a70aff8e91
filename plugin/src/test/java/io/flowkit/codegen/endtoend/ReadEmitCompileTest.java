package io.flowkit.codegen.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.codegen.emit.InMemoryCompiler;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.model.ServiceModel;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader decides, proven by compiling what the emitter makes of it: component names a
 * record may not have, the record size limit, class names shared by actions, data actions and
 * types, names of classes generated code uses, and byte-for-byte determinism.
 */
class ReadEmitCompileTest {

  /** Methods every record has (or inherits, deprecated for removal): no component may be named so. */
  private static final Set<String> OBJECT_METHODS =
      Set.of("hashCode", "toString", "getClass", "wait", "notify", "notifyAll", "clone", "finalize");

  @TempDir Path dir;

  private GeneratedProject project() {
    return new GeneratedProject(dir);
  }

  @Test
  void noRecordComponentIsNamedAfterAnObjectMethodAndAllOfItCompiles() {
    GeneratedProject.Run run = project()
        .file("s.flow.json", """
            {"name": "Names", "path": "/fs/names",
             "configurationValues": [{"name": "hashCode"}, {"name": "toString", "type": "Password"}, {"name": "wait"}],
             "messageActions": [
               {"name": "Sample", "request": {"sample": "sample.json"}, "response": {"sample": "sample.json"}},
               {"name": "Schema", "request": {"schema": "schema.json"}}],
             "dataActions": [{"objectType": "Record", "profile": {"sample": "record.json"}}],
             "fileResources": [{"name": "Upload", "path": "/f", "response": {"sample": "upload.json"}}]}
            """)
        .file("sample.json", """
            {"hashCode": "a", "toString": "b", "getClass": "c", "wait": 1, "notify": true, "notifyAll": "d",
             "clone": "e", "finalize": "f", "hashCode_": "g", "equals": "h", "class": "i", "_": "j", "$": "k",
             "record": "l", "value": "m", "builder": "n", "java": [{"x": 1}], "com": {"y": 1},
             "nested": {"hashCode": 1, "toString": "x", "getClass": "y", "wait": "z", "notify": "a",
                        "notifyAll": "b", "clone": "c", "finalize": "d"}}
            """)
        .file("schema.json", """
            {"type": "object", "properties": {
               "java": {"type": "array", "items": {"type": "object", "properties": {"x": {"type": "string"}}}},
               "com": {"type": "object", "properties": {"y": {"type": "string"}}},
               "kind": {"$ref": "#/$defs/List"},
               "toString": {"$ref": "#/$defs/Objects"}},
             "$defs": {"List": {"type": "string", "enum": ["a", "b"]}, "Objects": {"type": "string", "enum": ["c"]}}}
            """)
        .file("record.json", """
            {"id": "1", "hashCode": "a", "toString": "b", "wait": "c", "getClass": "d", "clone": "e"}
            """)
        .file("upload.json", """
            {"externalId": "1", "getClass": "a", "finalize": "b", "notifyAll": "c"}
            """)
        .generate();
    assertThat(run.messages()).isEmpty();

    InMemoryCompiler.Result compiled = run.compile();

    List<String> components = new ArrayList<>();
    for (String name : run.classNames()) {
      Class<?> type = compiled.load(GeneratedProject.PACKAGE + "." + name);
      if (type.isRecord()) {
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
      }
    }
    assertThat(components).hasSizeGreaterThan(50).doesNotContainAnyElementsOf(OBJECT_METHODS);
    ServiceModel model = run.model();
    assertThat(model.type("Sample REQUEST - nested").orElseThrow().properties())
        .extracting(p -> p.flowName() + " " + p.javaName())
        .containsExactly("clone clone_", "finalize finalize_", "getClass getClass_", "hashCode hashCode_",
            "notify notify_", "notifyAll notifyAll_", "toString toString_", "wait wait_");
    assertThat(model.messageActions().get(0).inputs()).extracting(PropertyModel::javaName)
        .contains("hashCode_", "hashCode_2", "equals", "class_", "underscore", "dollar", "record_", "java_", "com");
    assertThat(model.configurationValues()).extracting(c -> c.javaName())
        .containsExactly("hashCode_", "toString_", "wait_");
  }

  @Test
  void aRecordOf254ComponentsCompilesAnd255AreAnErrorAtTheirObject() {
    String full = IntStream.range(0, 254).mapToObj(i -> "\"p%03d\": %d".formatted(i, i))
        .collect(Collectors.joining(", ", "{", "}"));
    GeneratedProject.Run largest = project()
        .file("s.flow.json", """
            {"name": "Wide", "path": "/fs/wide", "messageActions": [{"name": "Wide",
              "request": {"sample": "wide.json"}, "response": {"sample": "nested.json"}}]}
            """)
        .file("wide.json", full)
        .file("nested.json", "{\"row\": " + full + "}")
        .generate();
    assertThat(largest.messages()).isEmpty();
    InMemoryCompiler.Result compiled = largest.compile();
    assertThat(compiled.load("com.example.flow.WideRequest").getRecordComponents()).hasSize(254);
    assertThat(compiled.load("com.example.flow.WideResponseRow").getRecordComponents()).hasSize(254);

    String tooMany = full.replace("}", ", \"p254\": 254}");
    GeneratedProject.Run tooLarge = project()
        .file("wide.json", tooMany)
        .file("nested.json", "{\"row\": " + tooMany + "}")
        .generate();
    assertThat(tooLarge.models()).isEmpty();
    assertThat(tooLarge.messages()).containsExactly(
        "nested.json:1:9: error: type \"Wide RESPONSE - row\" has 255 properties, more than the 254 components a"
            + " Java record can hold; split the object (at /row)",
        "wide.json:1:1: error: message action \"Wide\" has 255 inputs, more than the 254 components a Java record"
            + " can hold; group some of the request's entries in an object");
  }

  @Test
  void classNamesDerivedFromActionsDataActionsFileResourcesTypesAndEnumsNeverCollide() {
    GeneratedProject.Run run = project()
        .file("helpdesk.flow.json", """
            {"name": "Helpdesk", "path": "/fs/helpdesk",
             "messageActions": [
               {"name": "Ticket", "request": {"schema": "ticket-request.schema.json"}},
               {"name": "Create Order", "request": {"sample": "order.json"}, "response": {"sample": "order.json"}}],
             "dataActions": [
               {"objectType": "Ticket", "profile": {"sample": "flat.json"}},
               {"objectType": "CreateOrderRequest", "profile": {"sample": "flat.json"}},
               {"objectType": "CreateOrderRequestCustomer", "profile": {"sample": "flat.json"}},
               {"objectType": "HelpdeskService", "profile": {"sample": "flat.json"}}],
             "fileResources": [{"name": "Ticket", "path": "/tickets", "response": {"sample": "upload.json"}}]}
            """)
        .file("ticket-request.schema.json", """
            {"type": "object", "properties": {"state": {"$ref": "#/$defs/TicketCodec"}, "ticket": {"$ref": "#/$defs/Ticket"}},
             "$defs": {"TicketCodec": {"type": "string", "enum": ["open", "closed"]},
                       "Ticket": {"type": "object", "properties": {"id": {"type": "string"}}}}}
            """)
        .file("order.json", "{\"customer\": {\"name\": \"Acme\"}, \"lines\": [{\"sku\": \"A\"}]}")
        .file("flat.json", "{\"id\": \"1\", \"name\": \"x\"}")
        .file("upload.json", "{\"externalId\": \"1\", \"name\": \"a.pdf\"}")
        .generate();
    assertThat(run.messages()).isEmpty();
    ServiceModel model = run.model();

    run.compile();

    assertThat(run.classNames().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()).doesNotHaveDuplicates();
    assertThat(model.messageActions()).extracting(a -> a.flowName() + " -> " + a.javaName())
        .containsExactly("Create Order -> CreateOrder", "Ticket -> Ticket");
    assertThat(model.dataActions()).extracting(d -> d.objectType() + " -> " + d.javaName())
        .containsExactly("CreateOrderRequest -> CreateOrderRequest",
            "CreateOrderRequestCustomer -> CreateOrderRequestCustomer", "HelpdeskService -> HelpdeskService",
            "Ticket -> Ticket");
    assertThat(model.fileResources()).extracting(f -> f.name() + " -> " + f.javaName())
        .containsExactly("Ticket -> Ticket");
    Map<String, String> types = new TreeMap<>();
    model.types().forEach(t -> types.put(t.flowName(), t.javaName()));
    assertThat(types).containsExactly(
        Map.entry("$File RESPONSE - Ticket", "FileResponseTicket"),
        Map.entry("Create Order REQUEST - customer", "HelpdeskCreateOrderRequestCustomer"),
        Map.entry("Create Order REQUEST - lines", "CreateOrderRequestLines"),
        Map.entry("Create Order RESPONSE - customer", "CreateOrderResponseCustomer"),
        Map.entry("Create Order RESPONSE - lines", "CreateOrderResponseLines"),
        Map.entry("CreateOrderRequest", "HelpdeskCreateOrderRequest"),
        Map.entry("CreateOrderRequestCustomer", "CreateOrderRequestCustomer"),
        Map.entry("HelpdeskService", "HelpdeskHelpdeskService"),
        Map.entry("Ticket", "HelpdeskTicket"),
        Map.entry("Ticket REQUEST - ticket", "TicketRequestTicket"));
    assertThat(model.enums()).extracting(e -> e.javaName()).containsExactly("TicketRequestState");
  }

  @Test
  void typesNamedLikeClassesTheGeneratedCodeUsesStillCompile() {
    List<String> names = List.of("String", "Object", "Long", "Boolean", "Exception", "Override", "List", "Optional",
        "Objects", "Duration", "ArrayList", "Page", "Query", "MObject", "EngineValue", "ValueReader", "ValueWriter",
        "FlowService", "ActionContext", "TypeElement", "ContentType", "JsonProperty");
    String dataActions = names.stream()
        .map(n -> "{\"objectType\": \"%s\", \"profile\": {\"sample\": \"flat.json\"}}".formatted(n))
        .collect(Collectors.joining(", "));
    GeneratedProject.Run run = project()
        .file("s.flow.json", """
            {"name": "Shadows", "path": "/fs/shadows",
             "configurationValues": [{"name": "Since", "type": "Datetime"}, {"name": "Key", "type": "Password"}],
             "messageActions": [{"name": "Use", "request": {"schema": "use.schema.json"}, "response": {"sample": "use.json"}}],
             "dataActions": [%s]}
            """.formatted(dataActions))
        .file("flat.json", "{\"id\": \"1\", \"at\": \"2025-03-14T09:30:00.000Z\", \"n\": 1.5, \"ok\": true, \"count\": 2}")
        .file("use.schema.json", """
            {"type": "object", "required": ["items"], "properties": {
               "items": {"type": "array", "items": {"$ref": "#/$defs/Map"}},
               "status": {"$ref": "#/$defs/Optional"}},
             "$defs": {"Map": {"type": "object", "properties": {"key": {"type": "string"}}},
                       "Optional": {"type": "string", "enum": ["yes", "no"]}}}
            """)
        .file("use.json", "{\"String\": {\"value\": \"x\"}, \"List\": [{\"Override\": {\"Long\": 1}}]}")
        .generate();
    assertThat(run.messages()).isEmpty();

    run.compile();

    assertThat(run.model().types()).extracting(FlowTypeModel::javaName)
        .doesNotContainAnyElementsOf(List.of("String", "Object", "Long", "Boolean", "Exception", "Override"));
  }

  @Test
  void queryFieldConstantsStayDistinctWhenPropertyNamesDifferOnlyInSeparators() throws Exception {
    GeneratedProject.Run run = project()
        .file("s.flow.json", """
            {"name": "Desk", "path": "/fs/desk", "dataActions": [{"objectType": "Case", "profile": {"sample": "case.json"}}]}
            """)
        .file("case.json", "{\"id\": \"1\", \"assignedTo\": \"a\", \"assigned_to\": \"b\", \"assigned-to\": \"c\"}")
        .generate();
    assertThat(run.messages()).isEmpty();

    InMemoryCompiler.Result compiled = run.compile();

    Class<?> fields = compiled.load("com.example.flow.CaseField");
    assertThat(Arrays.stream(fields.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList())
        .containsExactly("ASSIGNED_DASH_TO", "ASSIGNED_TO", "ASSIGNED_TO_2", "ID");
    assertThat(Arrays.stream(fields.getEnumConstants()).map(c -> {
      try {
        return (String) fields.getMethod("fieldName").invoke(c);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }).toList()).containsExactly("assigned-to", "assignedTo", "assigned_to", "id");
  }

  @Test
  void readingAndEmittingTwiceOrInAnotherDescriptorOrderGivesTheSameBytes() {
    GeneratedProject project = project()
        .file("a/helpdesk.flow.json", """
            {"name": "Helpdesk", "path": "/fs/helpdesk",
             "configurationValues": [{"name": "Region"}, {"name": "API Key", "type": "Password", "required": true}],
             "messageActions": [{"name": "Escalate", "request": {"sample": "in.json"}, "response": {"schema": "out.json"}},
                                {"name": "Assign", "request": {"sample": "in.json"}}],
             "dataActions": [{"objectType": "Ticket", "profile": {"sample": "ticket.json"}}],
             "fileResources": [{"name": "Attachment", "path": "/a", "response": {"sample": "upload.json"}}]}
            """)
        .file("a/in.json", "{\"ticket\": {\"id\": \"T-1\", \"tags\": [{\"name\": \"x\"}]}, \"note\": \"n\", \"at\": \"2025-03-14T09:30:00Z\"}")
        .file("a/out.json", """
            {"type": "object", "properties": {"state": {"enum": ["open", "closed", "on hold"]},
             "history": {"type": "array", "items": {"type": "object", "properties": {"at": {"type": "string", "format": "date-time"}}}}}}
            """)
        .file("a/ticket.json", "{\"id\": \"T-1\", \"subject\": \"s\", \"priority\": 3}")
        .file("a/upload.json", "{\"externalId\": \"1\", \"Name\": \"a.pdf\"}")
        .file("b/support.flow.json", """
            {"name": "Support", "path": "/fs/support",
             "messageActions": [{"name": "Escalate", "request": {"sample": "in.json"}}],
             "dataActions": [{"objectType": "Ticket", "profile": {"sample": "ticket.json"}}]}
            """)
        .file("b/in.json", "{\"ticket\": {\"id\": \"T-2\"}}")
        .file("b/ticket.json", "{\"id\": \"T-2\", \"title\": \"t\"}");
    List<Path> descriptors = project.descriptors();
    List<Path> reversed = new ArrayList<>(descriptors);
    java.util.Collections.reverse(reversed);

    GeneratedProject.Run first = project.generate(descriptors);
    GeneratedProject.Run again = project.generate(descriptors);
    GeneratedProject.Run otherOrder = project.generate(reversed);

    assertThat(first.messages()).isEmpty();
    assertThat(first.files()).hasSizeGreaterThan(30);
    assertThat(bytes(again)).isEqualTo(bytes(first));
    assertThat(bytes(otherOrder)).isEqualTo(bytes(first));
    assertThat(first.models()).extracting(ServiceModel::javaName).containsExactly("Helpdesk", "Support");
    assertThat(first.classNames()).contains("Ticket", "SupportTicket", "EscalateAction", "SupportEscalateAction");
    first.compile();
  }

  /** Every file's path and text, in path order. */
  private static Map<String, String> bytes(GeneratedProject.Run run) {
    Map<String, String> files = new TreeMap<>();
    for (GeneratedFile file : run.files()) {
      assertThat(files.put(file.relativePath().toString(), file.text())).as(file.relativePath().toString()).isNull();
    }
    return files;
  }
}
