package io.flowkit.example.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.runtime.wire.ActionDescription;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeServiceResponse;
import io.flowkit.runtime.wire.DescribeValue;
import io.flowkit.runtime.wire.TypeElement;
import io.flowkit.runtime.wire.TypeElementBinding;
import io.flowkit.runtime.wire.TypeElementProperty;
import io.flowkit.runtime.wire.TypeElementPropertyBinding;
import io.flowkit.testkit.RawResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Describe ({@code GET} and {@code POST /metadata}) and install, as Flow calls them when a service is added. */
class DescribeAndInstallTest {

  private static final List<String> TYPES = List.of(
      "$File RESPONSE - Receipt",
      "$File RESPONSE - rows",
      "Create Order REQUEST - address",
      "Create Order REQUEST - attributes",
      "Create Order REQUEST - customer",
      "Create Order REQUEST - lines",
      "Create Order RESPONSE - warnings",
      "Customer",
      "Get Order Status RESPONSE - history",
      "Ticket");

  @TempDir
  static Path receipts;

  static RunningExample example;

  @BeforeAll
  static void start() throws Exception {
    example = RunningExample.start(receipts);
  }

  @AfterAll
  static void stop() {
    example.close();
  }

  @Test
  void describeOffersLogicDataAndFilesWithEveryActionAndConfigurationValue() {
    DescribeServiceResponse described = example.platform.describe();

    assertThat(described.providesLogic()).isTrue();
    assertThat(described.providesDatabase()).isTrue();
    assertThat(described.providesFiles()).isTrue();
    assertThat(described.providesIdentity()).isFalse();
    assertThat(described.actions()).extracting(ActionDescription::developerName, ActionDescription::uriPart)
        .containsExactly(
            tuple("Create Order", "actions/create-order"),
            tuple("Get Order Status", "actions/get-order-status"),
            tuple("Ship Order", "actions/ship-order"));
    assertThat(described.configurationValues())
        .extracting(DescribeValue::developerName, DescribeValue::contentType, DescribeValue::required)
        .containsExactly(
            tuple("API Key", ContentType.PASSWORD, true),
            tuple("Cut-off", ContentType.DATE_TIME, false),
            tuple("Max Lines", ContentType.NUMBER, false),
            tuple("Region", ContentType.STRING, false),
            tuple("Sandbox", ContentType.BOOLEAN, false));
    // A password is never sent back, not even the one the request carried.
    assertThat(described.configurationValues()).allSatisfy(value -> assertThat(value.contentValue()).isNull());
  }

  @Test
  void typesAreNamedAsBoomiCreatesThemAndSorted() {
    DescribeServiceResponse described = example.platform.describe();

    assertThat(described.types()).extracting(TypeElement::developerName).containsExactlyElementsOf(TYPES);
    TypeElement customer = type(described, "Create Order REQUEST - customer");
    assertThat(customer.properties())
        .extracting(TypeElementProperty::developerName, TypeElementProperty::contentType, TypeElementProperty::typeElementDeveloperName)
        .containsExactly(
            tuple("address", ContentType.OBJECT, "Create Order REQUEST - address"),
            tuple("customerId", ContentType.STRING, null),
            tuple("email", ContentType.STRING, null),
            tuple("name", ContentType.STRING, null));
    // Every type an input, output or property names is in the same answer.
    List<String> named = described.types().stream().map(TypeElement::developerName).toList();
    described.types().forEach(type -> type.properties().stream()
        .map(TypeElementProperty::typeElementDeveloperName)
        .filter(name -> name != null)
        .forEach(name -> assertThat(named).contains(name)));
  }

  @Test
  void dataTypesHaveOneBindingWhoseTableAndFieldsTheDataCallsUse() {
    TypeElement ticket = type(example.platform.describe(), "Ticket");

    TypeElementBinding binding = ticket.bindings().get(0);
    assertThat(ticket.bindings()).hasSize(1);
    assertThat(binding.developerName()).isEqualTo("Ticket Binding");
    assertThat(binding.databaseTableName()).isEqualTo("Ticket");
    assertThat(binding.propertyBindings())
        .extracting(TypeElementPropertyBinding::typeElementPropertyDeveloperName, TypeElementPropertyBinding::databaseFieldName)
        .containsExactly(
            tuple("Assigned To", "Assigned To"),
            tuple("createdAt", "createdAt"),
            tuple("escalated", "escalated"),
            tuple("id", "id"),
            tuple("priority", "priority"),
            tuple("status", "status"),
            tuple("subject", "subject"));
    assertThat(type(example.platform.describe(), "Customer").bindings())
        .extracting(TypeElementBinding::developerName).containsExactly("Customer Binding");
    assertThat(type(example.platform.describe(), "Create Order REQUEST - customer").bindings()).isEmpty();
  }

  @Test
  void actionInputsAndOutputsCarryTypesRequiredFlagsAndOrderInBothSpellings() {
    RawResponse answer = example.platform.send("POST", "metadata", "application/json", "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(200);
    JsonNode createOrder = answer.json().get("actions").get(0);
    assertThat(createOrder.get("developerName").asText()).isEqualTo("Create Order");
    JsonNode inputs = createOrder.get("serviceInputs");
    assertThat(inputs).extracting(input -> input.get("developerName").asText())
        .containsExactly("attributes", "customer", "deliveryDate", "lines", "orderDate", "orderNumber", "priority", "rush");
    JsonNode customer = inputs.get(1);
    assertThat(customer.get("contentType").asText()).isEqualTo("ContentObject");
    assertThat(customer.get("typeElementDeveloperName").asText()).isEqualTo("Create Order REQUEST - customer");
    assertThat(customer.get("isRequired").asBoolean()).isTrue();
    assertThat(customer.get("required").asBoolean()).isTrue();
    assertThat(customer.get("order").asInt()).isEqualTo(1);
    assertThat(customer.get("ordinal").asInt()).isEqualTo(1);
    JsonNode lines = inputs.get(3);
    assertThat(lines.get("contentType").asText()).isEqualTo("ContentList");
    assertThat(lines.get("typeElementDeveloperName").asText()).isEqualTo("Create Order REQUEST - lines");
    JsonNode rush = inputs.get(7);
    assertThat(rush.get("isRequired").asBoolean()).isFalse();
    assertThat(rush.get("required").asBoolean()).isFalse();
    assertThat(createOrder.get("serviceOutputs")).extracting(output -> output.get("developerName").asText())
        .containsExactly("accepted", "estimatedShip", "orderId", "total", "warnings");
  }

  @Test
  void describeWithGetAnswersWhatPostAnswers() {
    DescribeServiceResponse viaGet = example.platform.describeWithGet();
    DescribeServiceResponse viaPost = example.platform.describe();

    assertThat(viaGet.actions()).isEqualTo(viaPost.actions());
    assertThat(viaGet.types()).isEqualTo(viaPost.types());
    assertThat(viaGet.configurationValues()).isEqualTo(viaPost.configurationValues());
    assertThat(viaGet.types()).hasSize(TYPES.size());
  }

  @Test
  void describeWorksBeforeTheRequiredConfigurationValuesAreSet() {
    DescribeServiceResponse described = example.platform.withConfiguration(List.of()).describe();

    assertThat(described.actions()).hasSize(3);
  }

  @Test
  void installAnswersActionsTypesAndInstallTypeElements() {
    DescribeServiceResponse installed = example.platform.install();

    assertThat(installed.actions()).extracting(ActionDescription::developerName)
        .containsExactly("Create Order", "Get Order Status", "Ship Order");
    assertThat(installed.types()).extracting(TypeElement::developerName).containsExactlyElementsOf(TYPES);
    assertThat(installed.install().typeElements()).isEqualTo(installed.types());
  }

  private static TypeElement type(DescribeServiceResponse described, String name) {
    return described.types().stream().filter(t -> t.developerName().equals(name)).findFirst().orElseThrow();
  }
}
