package io.flowkit.codegen.emit;

import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.model.BindingModel;
import io.flowkit.codegen.model.ConfigurationValueModel;
import io.flowkit.codegen.model.DataActionModel;
import io.flowkit.codegen.model.DataOperation;
import io.flowkit.codegen.model.EnumModel;
import io.flowkit.codegen.model.FileResourceModel;
import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.MessageActionModel;
import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.model.ServiceModel;
import io.flowkit.codegen.model.TypeRole;
import io.flowkit.codegen.model.ValueKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Hand-built service models, as the reader would build them from descriptors and profiles: the
 * emitter is tested on its own.
 */
final class ServiceModels {

  private static final SourceLocation NOWHERE = SourceLocation.of(Path.of("src/main/flow/test.flow.json"));

  private ServiceModels() {}

  /** Every model the golden, compile and determinism tests run over, by a short name. */
  static List<Case> all() {
    return List.of(new Case("orders", orders()), new Case("weather", weatherAlerts()), new Case("catalog", catalog()));
  }

  record Case(String name, ServiceModel model) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The worked example of boomi-profiles-flow-types §7: message action {@code Create Order}, data
   * action {@code Ticket} and the file resource {@code Receipt}, with configuration values of every
   * kind.
   */
  static ServiceModel orders() {
    String address = "Create Order REQUEST - address";
    String customer = "Create Order REQUEST - customer";
    String lines = "Create Order REQUEST - lines";
    String warnings = "Create Order RESPONSE - warnings";
    String receipt = "$File RESPONSE - Receipt";
    String rows = "$File RESPONSE - rows";
    List<FlowTypeModel> types =
        List.of(
            new FlowTypeModel(
                receipt, "ReceiptFile", "The receipt of an uploaded file", TypeRole.FILE,
                List.of(
                    prop("Date Created", "dateCreated", ValueKind.DATE_TIME),
                    prop("Download Uri", "downloadUri", ValueKind.STRING),
                    prop("Id", "id", ValueKind.STRING),
                    prop("Mime Type", "mimeType", ValueKind.STRING),
                    prop("Name", "name", ValueKind.STRING),
                    prop("externalId", "externalId", ValueKind.STRING),
                    list("rows", "rows", rows)),
                null, "externalId", NOWHERE),
            new FlowTypeModel(
                rows, "ReceiptFileRows", "Generated from response profile entry rows", TypeRole.FILE,
                List.of(prop("line", "line", ValueKind.INTEGER), prop("status", "status", ValueKind.STRING)),
                null, null, NOWHERE),
            new FlowTypeModel(
                address, "CreateOrderRequestAddress", "Generated from request profile entry address",
                TypeRole.MESSAGE,
                List.of(
                    prop("city", "city", ValueKind.STRING),
                    prop("postCode", "postCode", ValueKind.STRING),
                    prop("street", "street", ValueKind.STRING)),
                null, null, NOWHERE),
            new FlowTypeModel(
                customer, "CreateOrderRequestCustomer", "Generated from request profile entry customer",
                TypeRole.MESSAGE,
                List.of(
                    object("address", "address", address),
                    prop("customerId", "customerId", ValueKind.STRING),
                    prop("name", "name", ValueKind.STRING)),
                null, null, NOWHERE),
            new FlowTypeModel(
                lines, "CreateOrderRequestLines", "Generated from request profile entry lines", TypeRole.MESSAGE,
                List.of(
                    prop("quantity", "quantity", ValueKind.INTEGER),
                    prop("requestedDate", "requestedDate", ValueKind.DATE_TIME),
                    prop("sku", "sku", ValueKind.STRING),
                    prop("unitPrice", "unitPrice", ValueKind.DECIMAL)),
                null, null, NOWHERE),
            new FlowTypeModel(
                warnings, "CreateOrderResponseWarnings", "Generated from response profile entry warnings",
                TypeRole.MESSAGE,
                List.of(prop("code", "code", ValueKind.STRING), prop("message", "message", ValueKind.STRING)),
                null, null, NOWHERE),
            new FlowTypeModel(
                "Ticket", "Ticket", "A support ticket", TypeRole.DATA,
                List.of(
                    prop("Assigned To", "assignedTo", ValueKind.STRING),
                    prop("createdAt", "createdAt", ValueKind.DATE_TIME),
                    prop("escalated", "escalated", ValueKind.BOOLEAN),
                    prop("id", "id", ValueKind.STRING),
                    prop("priority", "priority", ValueKind.INTEGER),
                    prop("status", "status", ValueKind.STRING),
                    prop("subject", "subject", ValueKind.STRING)),
                new BindingModel("Ticket Binding", "Ticket"), "id", NOWHERE));
    MessageActionModel createOrder =
        new MessageActionModel(
            "Create Order", "Places an order", "actions/create-order", "CreateOrder",
            List.of(
                required(object("customer", "customer", customer)),
                list("lines", "lines", lines),
                prop("orderDate", "orderDate", ValueKind.DATE_TIME),
                required(prop("orderNumber", "orderNumber", ValueKind.STRING)),
                prop("priority", "priority", ValueKind.INTEGER),
                prop("rush", "rush", ValueKind.BOOLEAN)),
            List.of(
                prop("accepted", "accepted", ValueKind.BOOLEAN),
                prop("estimatedShip", "estimatedShip", ValueKind.DATE_TIME),
                prop("orderId", "orderId", ValueKind.STRING),
                prop("total", "total", ValueKind.DECIMAL),
                list("warnings", "warnings", warnings)),
            30, NOWHERE);
    return new ServiceModel(
        "Orders", "/fs/orders", "Takes orders and tracks their support tickets", "com.example.orders", "Orders",
        List.of(
            new ConfigurationValueModel("API Key", "apiKey", ValueKind.PASSWORD, true, "The key of the shop's API", NOWHERE),
            new ConfigurationValueModel("Region", "region", ValueKind.STRING, false, null, NOWHERE),
            new ConfigurationValueModel("Credit Limit", "creditLimit", ValueKind.DECIMAL, true, null, NOWHERE),
            new ConfigurationValueModel("Sandbox", "sandbox", ValueKind.BOOLEAN, false, null, NOWHERE),
            new ConfigurationValueModel("Go Live", "goLive", ValueKind.DATE_TIME, false, null, NOWHERE)),
        types,
        List.of(),
        List.of(createOrder),
        List.of(
            new DataActionModel(
                "Ticket", "Ticket", "Ticket", Set.of(DataOperation.GET, DataOperation.QUERY, DataOperation.SAVE),
                NOWHERE)),
        List.of(new FileResourceModel("Receipt", "/file", receipt, "Receipt", NOWHERE)),
        new SourceLocation(Path.of("src/main/flow/orders.flow.json"), 1, 1, ""));
  }

  /** A service with configuration values only. */
  static ServiceModel weatherAlerts() {
    return new ServiceModel(
        "Weather Alerts", "/fs/weather", null, "com.example.weather", "WeatherAlerts",
        List.of(
            new ConfigurationValueModel("Endpoint", "endpoint", ValueKind.STRING, true, "Where alerts are fetched", NOWHERE),
            new ConfigurationValueModel("Threshold", "threshold", ValueKind.DECIMAL, false, null, NOWHERE)),
        List.of(), List.of(), List.of(), List.of(), List.of(),
        new SourceLocation(Path.of("src/main/flow/weather.flow.json"), 1, 1, ""));
  }

  /**
   * The awkward corners: a recursive type, lists of objects with nested lists, enums, dates, a
   * non-string identifier, a keyword component, a required output, an action without inputs or
   * outputs named like a keyword, no configuration values, and generated classes named like runtime
   * and {@code java.lang} classes ({@code Page}, {@code Property}, {@code Object}).
   */
  static ServiceModel catalog() {
    EnumModel status =
        new EnumModel(
            "ItemStatus", "Where an item is in its life",
            List.of(
                new EnumModel.Constant("ACTIVE", "active"),
                new EnumModel.Constant("ON_HOLD", "on hold"),
                new EnumModel.Constant("RETIRED", "Retired")));
    String node = "Browse RESPONSE - node";
    String tags = "Browse RESPONSE - tags";
    String weights = "Browse RESPONSE - weights";
    List<FlowTypeModel> types =
        List.of(
            new FlowTypeModel(
                node, "BrowseResponseNode", "A node of the catalog tree; its children are nodes too",
                TypeRole.MESSAGE,
                List.of(
                    list("children", "children", node),
                    prop("name", "name", ValueKind.STRING),
                    prop("opened", "opened", ValueKind.DATE),
                    enumerated("status", "status", status),
                    list("tags", "tags", tags)),
                null, null, NOWHERE),
            new FlowTypeModel(
                tags, "BrowseResponseTags", "Generated from response profile entry tags", TypeRole.MESSAGE,
                List.of(prop("label", "label", ValueKind.STRING), list("weights", "weights", weights)),
                null, null, NOWHERE),
            new FlowTypeModel(
                weights, "BrowseResponseWeights", "Generated from response profile entry weights",
                TypeRole.MESSAGE,
                List.of(prop("value", "value", ValueKind.DECIMAL)),
                null, null, NOWHERE),
            new FlowTypeModel(
                "Object", "Object", "The Object object structure", TypeRole.DATA,
                List.of(prop("id", "id", ValueKind.STRING), prop("label", "label", ValueKind.STRING)),
                new BindingModel("Object Binding", "Object"), "id", NOWHERE),
            new FlowTypeModel(
                "Page", "Page", "A page of the printed catalog; see <b>print</b> & {@code layout} */", TypeRole.DATA,
                List.of(
                    prop("Page Number", "pageNumber", ValueKind.INTEGER),
                    prop("class", "class_", ValueKind.STRING),
                    prop("published", "published", ValueKind.DATE),
                    enumerated("status", "status", status),
                    prop("title", "title", ValueKind.STRING)),
                new BindingModel("Page Binding", "Page"), "Page Number", NOWHERE),
            new FlowTypeModel(
                "Property", "Property", null, TypeRole.DATA,
                List.of(prop("key", "key", ValueKind.STRING), prop("value", "value", ValueKind.STRING)),
                new BindingModel("Property Binding", "Property"), "key", NOWHERE));
    MessageActionModel browse =
        new MessageActionModel(
            "Browse", "Reads a part of the catalog tree", "actions/browse", "Browse",
            List.of(
                prop("asOf", "asOf", ValueKind.DATE),
                required(prop("path", "path", ValueKind.STRING)),
                required(enumerated("status", "status", status))),
            List.of(object("node", "node", node), required(prop("total", "total", ValueKind.INTEGER))),
            0, NOWHERE);
    MessageActionModel refresh =
        new MessageActionModel("New", null, "actions/new", "New", List.of(), List.of(), 5, NOWHERE);
    return new ServiceModel(
        "Catalog", "/fs/catalog", null, "com.example.catalog", "Catalog",
        List.of(),
        types,
        List.of(status),
        List.of(browse, refresh),
        List.of(
            new DataActionModel("Object", "Object", "Object", Set.of(DataOperation.values()), NOWHERE),
            new DataActionModel("Page", "Page", "Page", Set.of(DataOperation.DELETE), NOWHERE),
            new DataActionModel("Property", "Property", "Property", Set.of(DataOperation.GET), NOWHERE)),
        List.of(),
        new SourceLocation(Path.of("src/main/flow/catalog.flow.json"), 1, 1, ""));
  }

  static PropertyModel prop(String flowName, String javaName, ValueKind kind) {
    return new PropertyModel(flowName, javaName, kind, null, null, false, null, NOWHERE);
  }

  static PropertyModel object(String flowName, String javaName, String typeRef) {
    return new PropertyModel(flowName, javaName, ValueKind.OBJECT, typeRef, null, false, null, NOWHERE);
  }

  static PropertyModel list(String flowName, String javaName, String typeRef) {
    return new PropertyModel(flowName, javaName, ValueKind.LIST, typeRef, null, false, null, NOWHERE);
  }

  static PropertyModel enumerated(String flowName, String javaName, EnumModel type) {
    return new PropertyModel(flowName, javaName, ValueKind.STRING, null, type, false, "The item's state", NOWHERE);
  }

  static PropertyModel required(PropertyModel property) {
    return new PropertyModel(
        property.flowName(), property.javaName(), property.kind(), property.typeRef(), property.enumType(), true,
        property.description(), property.source());
  }
}
