package io.flowkit.codegen.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.codegen.diagnostics.Diagnostics;
import io.flowkit.codegen.emit.InMemoryCompiler;
import io.flowkit.codegen.emit.JavaSourceEmitter;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.generation.GenerationRequest;
import io.flowkit.codegen.generation.NameClashes;
import io.flowkit.codegen.generation.ScalarArrays;
import io.flowkit.codegen.model.ServiceModel;
import io.flowkit.codegen.reader.DescriptorModelReader;
import io.flowkit.runtime.service.FlowService;
import io.flowkit.runtime.wire.WireJson;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of spec/boomi-profiles-flow-types.md §7, from their profiles to the describe
 * metadata the generated service gives Flow: read, emitted, compiled, assembled with stand-in
 * implementations and described, then compared with what the spec says Flow must see.
 */
class SpecWorkedExamplesTest {

  @Test
  void createOrderDescribesItsInputsOutputsAndTypesAsSection7_1() throws Exception {
    JsonNode describe = describe("spec/create-order-sample");

    JsonNode action = describe.path("actions").get(0);
    assertThat(action.path("uriPart").asText()).isEqualTo("actions/create-order");
    assertThat(action.path("developerName").asText()).isEqualTo("Create Order");
    assertThat(values(action.path("serviceInputs"))).containsExactly(
        "customer ContentObject Create Order REQUEST - customer required=false isRequired=false",
        "lines ContentList Create Order REQUEST - lines required=false isRequired=false",
        "orderDate ContentDateTime null required=false isRequired=false",
        "orderNumber ContentString null required=false isRequired=false",
        "priority ContentNumber null required=false isRequired=false",
        "rush ContentBoolean null required=false isRequired=false");
    assertThat(values(action.path("serviceOutputs"))).containsExactly(
        "accepted ContentBoolean null required=false isRequired=false",
        "estimatedShip ContentDateTime null required=false isRequired=false",
        "orderId ContentString null required=false isRequired=false",
        "total ContentNumber null required=false isRequired=false",
        "warnings ContentList Create Order RESPONSE - warnings required=false isRequired=false");

    JsonNode customer = type(describe, "Create Order REQUEST - customer");
    assertThat(customer.path("elementType").asText()).isEqualTo("TYPE");
    assertThat(customer.path("developerSummary").asText()).isEqualTo("Generated from request profile entry customer");
    assertThat(properties(customer)).containsExactly(
        "address ContentObject Create Order REQUEST - address", "customerId ContentString null",
        "name ContentString null");
    assertThat(customer.path("bindings")).isEmpty();
    assertThat(names(describe.path("install").path("typeElements"))).containsExactly(
        "Create Order REQUEST - address", "Create Order REQUEST - customer", "Create Order REQUEST - lines",
        "Create Order RESPONSE - warnings");
    assertThat(properties(type(describe, "Create Order REQUEST - lines"))).containsExactly(
        "quantity ContentNumber null", "requestedDate ContentDateTime null", "sku ContentString null",
        "unitPrice ContentNumber null");
  }

  @Test
  void theTicketDataActionIsOneTypeWithOneBindingAsSection7_3() throws Exception {
    JsonNode describe = describe("spec/ticket");

    JsonNode ticket = type(describe, "Ticket");
    assertThat(properties(ticket)).containsExactly(
        "Assigned To ContentString null", "createdAt ContentDateTime null", "escalated ContentBoolean null",
        "id ContentString null", "priority ContentNumber null", "status ContentString null",
        "subject ContentString null");
    assertThat(ticket.path("bindings")).hasSize(1);
    JsonNode binding = ticket.path("bindings").get(0);
    assertThat(binding.path("developerName").asText()).isEqualTo("Ticket Binding");
    assertThat(binding.path("databaseTableName").asText()).isEqualTo("Ticket");
    List<String> propertyBindings = new ArrayList<>();
    binding.path("propertyBindings").forEach(p -> propertyBindings.add(
        p.path("typeElementPropertyDeveloperName").asText() + " -> " + p.path("databaseFieldName").asText()));
    assertThat(propertyBindings).containsExactly("Assigned To -> Assigned To", "createdAt -> createdAt",
        "escalated -> escalated", "id -> id", "priority -> priority", "status -> status", "subject -> subject");
  }

  @Test
  void theUploadResponseIsAFileTypeWithItsNestedListAsSection7_4() throws Exception {
    JsonNode describe = describe("spec/file-resource");

    assertThat(names(describe.path("install").path("typeElements")))
        .containsExactly("$File RESPONSE - AttachmentReceipt", "$File RESPONSE - rows");
    JsonNode receipt = type(describe, "$File RESPONSE - AttachmentReceipt");
    assertThat(properties(receipt)).contains(
        "Date Created ContentDateTime null", "Mime Type ContentString null", "externalId ContentString null",
        "rows ContentList $File RESPONSE - rows", "rowsRead ContentNumber null");
    assertThat(receipt.path("bindings")).isEmpty();
    assertThat(properties(type(describe, "$File RESPONSE - rows")))
        .containsExactly("line ContentNumber null", "status ContentString null");
  }

  /** Generates, compiles and assembles the service of a test-resource directory, and describes it. */
  private static JsonNode describe(String directory) throws Exception {
    Path base = Path.of(resource(directory));
    List<Path> descriptors;
    try (var files = java.nio.file.Files.list(base)) {
      descriptors = files.filter(f -> f.toString().endsWith(".flow.json")).map(base::relativize).toList();
    }
    GenerationRequest request = new GenerationRequest(base, descriptors, base.resolve("out"), "com.example.spec",
        ScalarArrays.ERROR, NameClashes.ERROR, GenerationRequest.DEFAULT_MAX_DEPTH, false, "test");
    Diagnostics diagnostics = new Diagnostics();
    List<ServiceModel> models = new DescriptorModelReader().read(request, diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    ServiceModel model = models.get(0);
    List<GeneratedFile> files = new JavaSourceEmitter().emit(model);
    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(files);
    assertThat(compiled.diagnostics()).isEmpty();

    Class<?> serviceClass = compiled.load(model.javaPackage() + "." + model.serviceJavaName());
    Object builder = serviceClass.getMethod("builder").invoke(null);
    for (Method method : builder.getClass().getMethods()) {
      if (method.getDeclaringClass() == builder.getClass() && method.getParameterCount() == 1) {
        Class<?> implemented = method.getParameterTypes()[0];
        method.invoke(builder, Proxy.newProxyInstance(implemented.getClassLoader(), new Class<?>[] {implemented},
            (proxy, called, arguments) -> {
              throw new UnsupportedOperationException("describe only");
            }));
      }
    }
    FlowService<?> service = (FlowService<?>) builder.getClass().getMethod("build").invoke(builder);
    return WireJson.mapper().valueToTree(service.describe());
  }

  private static java.net.URI resource(String directory) throws URISyntaxException {
    return SpecWorkedExamplesTest.class.getResource("/" + directory).toURI();
  }

  private static JsonNode type(JsonNode describe, String name) {
    return StreamSupport.stream(describe.path("install").path("typeElements").spliterator(), false)
        .filter(t -> t.path("developerName").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no type " + name));
  }

  private static List<String> names(JsonNode elements) {
    List<String> names = new ArrayList<>();
    elements.forEach(e -> names.add(e.path("developerName").asText()));
    return names;
  }

  private static List<String> properties(JsonNode type) {
    List<String> properties = new ArrayList<>();
    type.path("properties").forEach(p -> properties.add(p.path("developerName").asText() + " "
        + p.path("contentType").asText() + " " + p.path("typeElementDeveloperName").asText("null")));
    return properties;
  }

  private static List<String> values(JsonNode values) {
    List<String> described = new ArrayList<>();
    values.forEach(v -> described.add(v.path("developerName").asText() + " " + v.path("contentType").asText() + " "
        + v.path("typeElementDeveloperName").asText("null") + " required=" + v.path("required").asText()
        + " isRequired=" + v.path("isRequired").asText()));
    return described;
  }
}
