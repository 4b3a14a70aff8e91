package io.flowkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.runtime.codec.FlowTypeCodec;
import io.flowkit.runtime.query.Order;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.query.QueryField;
import io.flowkit.runtime.service.DataActionBinding;
import io.flowkit.runtime.service.FileResourceBinding;
import io.flowkit.runtime.service.FileUpload;
import io.flowkit.runtime.service.FlowService;
import io.flowkit.runtime.service.OperationNotSupportedException;
import io.flowkit.runtime.wire.ActionDescription;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeServiceResponse;
import io.flowkit.runtime.wire.DescribeValue;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.OrderDirection;
import io.flowkit.runtime.wire.Property;
import io.flowkit.runtime.wire.TypeElement;
import io.flowkit.runtime.wire.TypeElementBinding;
import io.flowkit.runtime.wire.TypeElementProperty;
import io.flowkit.runtime.wire.TypeElementPropertyBinding;
import io.flowkit.runtime.wire.WireJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The generated assembly class: the describe metadata of the built {@code FlowService} (compared
 * with the worked examples of boomi-profiles-flow-types §7), its builder, and the data and file
 * entries of its dispatch table.
 */
class GeneratedServiceTest {

  private final CompiledCase orders = CompiledCase.orders();
  private final CompiledCase catalog = CompiledCase.catalog();

  @Test
  void describesTheTypesOfTheWorkedExampleSortedByName() {
    DescribeServiceResponse describe = orders.service("OrdersProbe", "service").describe();

    assertThat(describe.install().typeElements()).extracting(TypeElement::developerName)
        .containsExactly(
            "$File RESPONSE - Receipt", "$File RESPONSE - rows", "Create Order REQUEST - address",
            "Create Order REQUEST - customer", "Create Order REQUEST - lines", "Create Order RESPONSE - warnings",
            "Ticket");
    assertThat(describe.types()).isEqualTo(describe.install().typeElements());
    TypeElement customer = type(describe, "Create Order REQUEST - customer");
    assertThat(customer.elementType()).isEqualTo("TYPE");
    assertThat(customer.developerSummary()).isEqualTo("Generated from request profile entry customer");
    assertThat(customer.properties())
        .containsExactly(
            TypeElementProperty.of("address", ContentType.OBJECT, "Create Order REQUEST - address"),
            TypeElementProperty.of("customerId", ContentType.STRING, null),
            TypeElementProperty.of("name", ContentType.STRING, null));
    assertThat(customer.bindings()).isEmpty();
  }

  @Test
  void describesTheDataTypeWithOneBindingOverEveryProperty() {
    TypeElement ticket = type(orders.service("OrdersProbe", "service").describe(), "Ticket");

    assertThat(ticket.properties()).extracting(TypeElementProperty::developerName)
        .containsExactly("Assigned To", "createdAt", "escalated", "id", "priority", "status", "subject");
    assertThat(ticket.properties()).extracting(TypeElementProperty::contentType)
        .containsExactly(
            ContentType.STRING, ContentType.DATE_TIME, ContentType.BOOLEAN, ContentType.STRING, ContentType.NUMBER,
            ContentType.STRING, ContentType.STRING);
    TypeElementBinding binding = ticket.bindings().get(0);
    assertThat(ticket.bindings()).hasSize(1);
    assertThat(binding.developerName()).isEqualTo("Ticket Binding");
    assertThat(binding.databaseTableName()).isEqualTo("Ticket");
    assertThat(binding.propertyBindings()).hasSize(7).contains(TypeElementPropertyBinding.of("Assigned To", "Assigned To"))
        .allSatisfy(p -> assertThat(p.databaseFieldName()).isEqualTo(p.typeElementPropertyDeveloperName()));
  }

  @Test
  void describesTheActionWithSortedInputsAndOutputsTheirRequiredFlagsAndPositions() {
    DescribeServiceResponse describe = orders.service("OrdersProbe", "service").describe();

    ActionDescription action = describe.actions().get(0);
    assertThat(describe.actions()).hasSize(1);
    assertThat(action.uriPart()).isEqualTo("actions/create-order");
    assertThat(action.developerName()).isEqualTo("Create Order");
    assertThat(action.developerSummary()).isEqualTo("Places an order");
    assertThat(action.serviceInputs())
        .containsExactly(
            DescribeValue.of("customer", ContentType.OBJECT, "Create Order REQUEST - customer", true, 0),
            DescribeValue.of("lines", ContentType.LIST, "Create Order REQUEST - lines", false, 1),
            DescribeValue.of("orderDate", ContentType.DATE_TIME, null, false, 2),
            DescribeValue.of("orderNumber", ContentType.STRING, null, true, 3),
            DescribeValue.of("priority", ContentType.NUMBER, null, false, 4),
            DescribeValue.of("rush", ContentType.BOOLEAN, null, false, 5));
    assertThat(action.serviceOutputs()).extracting(DescribeValue::developerName)
        .containsExactly("accepted", "estimatedShip", "orderId", "total", "warnings");
    assertThat(action.serviceOutputs().get(4).typeElementDeveloperName()).isEqualTo("Create Order RESPONSE - warnings");
  }

  @Test
  void theDescribedActionHasTheJsonShapeOfTheWorkedExample() {
    JsonNode json = WireJson.mapper().valueToTree(orders.service("OrdersProbe", "service").describe());

    JsonNode customer = json.at("/actions/0/serviceInputs/0");
    assertThat(customer.get("developerName").asText()).isEqualTo("customer");
    assertThat(customer.get("contentType").asText()).isEqualTo("ContentObject");
    assertThat(customer.get("typeElementDeveloperName").asText()).isEqualTo("Create Order REQUEST - customer");
    assertThat(customer.get("required").asBoolean()).isTrue();
    assertThat(customer.get("isRequired").asBoolean()).isTrue();
    assertThat(json.at("/install/typeElements/6/bindings/0/databaseTableName").asText()).isEqualTo("Ticket");
  }

  @Test
  void describesConfigurationValuesSortedWithTheirRequiredFlags() {
    DescribeServiceResponse describe = orders.service("OrdersProbe", "service").describe();

    assertThat(describe.configurationValues())
        .containsExactly(
            DescribeValue.of("API Key", ContentType.PASSWORD, null, true, 0),
            DescribeValue.of("Credit Limit", ContentType.NUMBER, null, true, 1),
            DescribeValue.of("Go Live", ContentType.DATE_TIME, null, false, 2),
            DescribeValue.of("Region", ContentType.STRING, null, false, 3),
            DescribeValue.of("Sandbox", ContentType.BOOLEAN, null, false, 4));
    assertThat(describe.providesLogic()).isTrue();
    assertThat(describe.providesDatabase()).isTrue();
    assertThat(describe.providesFiles()).isTrue();
  }

  @Test
  void aServiceWithConfigurationValuesOnlyDescribesJustThose() {
    FlowService<?> service = CompiledCase.weather().service("WeatherProbe", "service");
    DescribeServiceResponse describe = service.describe();

    assertThat(service.name()).isEqualTo("Weather Alerts");
    assertThat(service.path()).isEqualTo("/fs/weather");
    assertThat(describe.configurationValues()).extracting(DescribeValue::developerName).containsExactly("Endpoint", "Threshold");
    assertThat(describe.configurationValues()).extracting(DescribeValue::required).containsExactly(true, false);
    assertThat(describe.actions()).isEmpty();
    assertThat(describe.types()).isEmpty();
    assertThat(describe.providesLogic()).isFalse();
    assertThat(describe.providesDatabase()).isFalse();
  }

  @Test
  void actionsAreSortedByNameAndShadowingTypeNamesAreDescribedVerbatim() {
    DescribeServiceResponse describe = catalog.service("CatalogProbe", "service").describe();

    assertThat(describe.actions()).extracting(ActionDescription::developerName).containsExactly("Browse", "New");
    assertThat(describe.types()).extracting(TypeElement::developerName)
        .containsExactly(
            "Browse RESPONSE - node", "Browse RESPONSE - tags", "Browse RESPONSE - weights", "Object", "Page",
            "Property");
    assertThat(type(describe, "Browse RESPONSE - node").properties())
        .contains(TypeElementProperty.of("children", ContentType.LIST, "Browse RESPONSE - node"))
        .contains(TypeElementProperty.of("opened", ContentType.DATE_TIME, null))
        .contains(TypeElementProperty.of("status", ContentType.STRING, null));
    assertThat(type(describe, "Page").developerSummary()).isEqualTo("A page of the printed catalog; see <b>print</b> & {@code layout} */");
  }

  @Test
  void buildNamesEveryMissingImplementation() {
    assertThatThrownBy(() -> orders.service("OrdersProbe", "incomplete"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("OrdersService needs an implementation of: ticket (TicketData), receipt (ReceiptFiles)");
  }

  @Test
  void theBuilderOffersOneMethodPerImplementationNamedAfterIt() {
    assertThat(builderMethods(orders, "OrdersService")).containsExactly("createOrder", "receipt", "ticket");
    assertThat(builderMethods(catalog, "CatalogService"))
        .as("a keyword falls back to the interface's name")
        .containsExactly("browse", "newAction", "object", "page", "property");
  }

  @Test
  void theDataActionIsFoundByTableNameWithItsFieldsAndCodec() throws Exception {
    FlowService<?> service = orders.service("OrdersProbe", "service");
    DataActionBinding<?, ?, ?> binding = service.dataAction("Ticket").orElseThrow();

    assertThat(binding.fields()).extracting(QueryField::fieldName)
        .containsExactly("Assigned To", "createdAt", "escalated", "id", "priority", "status", "subject");
    assertThat(binding.fields()).extracting(QueryField::contentType).contains(ContentType.NUMBER, ContentType.BOOLEAN);
    MObject unsaved =
        MObject.of("Ticket", "", List.of(Property.scalar("subject", ContentType.STRING, "Printer offline"), Property.scalar("Assigned To", ContentType.STRING, "zed")));
    MObject second = MObject.of("Ticket", null, List.of(Property.scalar("Assigned To", ContentType.STRING, "amy")));

    MObject saved = save(binding, unsaved);
    save(binding, second);

    assertThat(saved.externalId()).isEqualTo("T-1");
    assertThat(GeneratedCodecTest.value(saved, "subject")).isEqualTo("Printer offline");
    assertThat(assignees(binding, "Assigned To")).containsExactly("amy", "zed");
    assertThatThrownBy(() -> delete(binding, saved))
        .isInstanceOf(OperationNotSupportedException.class)
        .hasMessage("The data action 'Ticket' does not offer delete");
  }

  @Test
  void queriesCompareEnumFieldsByTheirFlowValue() {
    assertThat(catalog.callStatic("CatalogProbe", "titlesOnHold")).isEqualTo(List.of("B"));
  }

  @Test
  void operationsLeftOutAreDefaultsThatRefuse() {
    DataActionBinding<?, ?, ?> page = catalog.service("CatalogProbe", "service").dataAction("Page").orElseThrow();

    assertThatThrownBy(() -> page.implementation().get("1", new TestContext<>(null)))
        .isInstanceOf(OperationNotSupportedException.class)
        .hasMessage("The data action 'Page' does not offer get");
    assertThatThrownBy(() -> page.implementation().query(Query.all(), new TestContext<>(null)))
        .isInstanceOf(OperationNotSupportedException.class);
  }

  @Test
  void theFileResourceIsFoundByPathAndItsUploadsCarryAnExternalId() throws Exception {
    FileResourceBinding<?, ?> binding = orders.service("OrdersProbe", "service").fileResource("file").orElseThrow();

    MObject uploaded = upload(binding, "receipt.pdf", "%PDF-1.7");

    assertThat(binding.name()).isEqualTo("Receipt");
    assertThat(binding.path()).isEqualTo("/file");
    assertThat(uploaded.developerName()).isEqualTo("$File RESPONSE - Receipt");
    assertThat(uploaded.externalId()).isEqualTo("s3://receipts/8");
    assertThat(GeneratedCodecTest.value(uploaded, "Name")).isEqualTo("receipt.pdf");
  }

  private static List<String> builderMethods(CompiledCase compiled, String service) {
    Class<?> builder = compiled.type(service + "$Builder");
    return java.util.Arrays.stream(builder.getDeclaredMethods())
        .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 1)
        .map(java.lang.reflect.Method::getName)
        .sorted()
        .toList();
  }

  private static TypeElement type(DescribeServiceResponse describe, String name) {
    return describe.types().stream().filter(t -> t.developerName().equals(name)).findFirst().orElseThrow();
  }

  private static <C, T, F extends QueryField<T>> MObject save(DataActionBinding<C, T, F> binding, MObject object)
      throws Exception {
    T saved = binding.implementation().save(binding.codec().decode(object), new TestContext<>(null));
    return binding.codec().encode(saved);
  }

  private static <C, T, F extends QueryField<T>> void delete(DataActionBinding<C, T, F> binding, MObject object)
      throws Exception {
    binding.implementation().delete(binding.codec().decode(object), new TestContext<>(null));
  }

  /** Queries sorted by the field Flow names, and reads that field of every object found. */
  private static <C, T, F extends QueryField<T>> List<Object> assignees(DataActionBinding<C, T, F> binding, String fieldName)
      throws Exception {
    F field = binding.fields().stream().filter(f -> f.fieldName().equals(fieldName)).findFirst().orElseThrow();
    Query<F> query = new Query<>(Optional.empty(), null, List.of(new Order<>(field, OrderDirection.ASC)), 0, 0);
    Page<T> page = binding.implementation().query(query, new TestContext<>(null));
    return page.items().stream().map(field::valueOf).toList();
  }

  private static <C, R> MObject upload(FileResourceBinding<C, R> binding, String name, String content) throws Exception {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    FileUpload upload = new FileUpload("/file", name, "application/pdf", bytes.length, new ByteArrayInputStream(bytes));
    R file = binding.implementation().upload(upload, new TestContext<C>(null));
    FlowTypeCodec<R> codec = binding.codec();
    return codec.encode(file);
  }
}
