package io.flowkit.benchmarks.peers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The requests of the comparison, as the platform sends them: a {@code Quote} call (twenty inputs,
 * {@code lines} objects in the list) and a Load of {@code Product}. Every side gets the same bytes.
 */
public final class PeerRequests {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A UUID: the SDK reads the tenant and state ids as {@code java.util.UUID}s. */
  static final String TENANT = "1d3f5b6e-2c4a-4b8e-9f10-3a5c7e9b1d2f";
  static final String STATE = "6a8c0e2f-4b6d-4f8a-8c1e-5d7f9b3a2c4e";

  private PeerRequests() {}

  /** A {@code Quote} call with {@code lines} lines: flowkit answers about 2.7 KB for one, 1.2 KB more per line. */
  public static byte[] quote(int lines) {
    ObjectNode request = JSON.createObjectNode();
    request.put("token", "bench-token");
    request.put("tenantId", TENANT);
    request.put("stateId", STATE);
    request.putNull("callbackUri");
    configuration(request);
    ArrayNode inputs = request.putArray("inputs");
    scalar(inputs, "quoteNumber", "ContentString", "2026-000417");
    scalar(inputs, "currency", "ContentString", "EUR");
    scalar(inputs, "rush", "ContentBoolean", "false");
    scalar(inputs, "channel", "ContentString", "web");
    scalar(inputs, "requestedAt", "ContentDateTime", "2026-12-04T09:00:00.000Z");
    scalar(inputs, "validDays", "ContentNumber", "30");
    scalar(inputs, "discountPercent", "ContentNumber", "2.5");
    scalar(inputs, "salesRep", "ContentString", "Ann Archer");
    scalar(inputs, "region", "ContentString", "eu-west-1");
    scalar(inputs, "notes", "ContentString", "Deliver to the back door");
    scalar(inputs, "priority", "ContentString", "normal");
    scalar(inputs, "taxRate", "ContentNumber", "21");
    scalar(inputs, "giftWrap", "ContentBoolean", "true");
    scalar(inputs, "couponCode", "ContentString", "WINTER26");
    scalar(inputs, "promisedBy", "ContentDateTime", "2026-12-11T17:00:00.000Z");
    scalar(inputs, "source", "ContentString", "catalogue");
    scalar(inputs, "language", "ContentString", "en-GB");
    scalar(inputs, "reference", "ContentString", "PO-88812");
    ObjectNode customer = structured(inputs, "customer", "ContentObject").addObject();
    customer.put("developerName", "Quote REQUEST - customer");
    ArrayNode customerProperties = customer.putArray("properties");
    scalar(customerProperties, "customerId", "ContentString", "C-1042");
    scalar(customerProperties, "name", "ContentString", "Brick & Co");
    scalar(customerProperties, "email", "ContentString", "buyer@brick.example");
    scalar(customerProperties, "tier", "ContentString", "trade");
    scalar(customerProperties, "street", "ContentString", "1 Main Street");
    scalar(customerProperties, "city", "ContentString", "Springfield");
    scalar(customerProperties, "postcode", "ContentString", "SP1 2AB");
    scalar(customerProperties, "country", "ContentString", "GB");
    ArrayNode list = structured(inputs, "lines", "ContentList");
    for (int i = 0; i < lines; i++) {
      ObjectNode line = list.addObject();
      line.put("developerName", "Quote REQUEST - lines");
      ArrayNode properties = line.putArray("properties");
      scalar(properties, "sku", "ContentString", PeerCatalogue.sku(i));
      scalar(properties, "quantity", "ContentNumber", Integer.toString(i % 7 == 6 ? 12 : 1 + i % 4));
      scalar(properties, "unitPrice", "ContentNumber", i % 4 == 3 ? null : Double.toString(PeerCatalogue.price(i)));
      scalar(properties, "description", "ContentString", i % 3 == 0 ? null : PeerCatalogue.description(i));
      scalar(properties, "requestedAt", "ContentDateTime", "2026-12-0" + (1 + i % 9) + "T08:30:00.000Z");
    }
    return bytes(request);
  }

  /** A Load of every {@code Product} (a limit of 100). */
  public static byte[] load() {
    ObjectNode request = JSON.createObjectNode();
    request.put("token", "bench-token");
    request.put("stateId", STATE);
    configuration(request);
    ObjectNode type = request.putObject("objectDataType");
    type.put("developerName", "Product");
    ArrayNode properties = type.putArray("properties");
    for (String name : new String[] {
        "id", "sku", "name", "description", "category", "brand", "supplier", "price", "weight", "stock", "active", "updated"}) {
      properties.addObject().put("developerName", name);
    }
    ObjectNode filter = request.putObject("listFilter");
    filter.put("limit", PeerCatalogue.PRODUCTS);
    filter.put("offset", 0);
    return bytes(request);
  }

  private static void configuration(ObjectNode request) {
    scalar(request.putArray("configurationValues"), "Region", "ContentString", "eu-west-1");
  }

  private static void scalar(ArrayNode values, String name, String contentType, String value) {
    ObjectNode node = values.addObject();
    node.put("developerName", name);
    node.put("contentType", contentType);
    node.put("contentValue", value);
  }

  private static ArrayNode structured(ArrayNode values, String name, String contentType) {
    ObjectNode node = values.addObject();
    node.put("developerName", name);
    node.put("contentType", contentType);
    return node.putArray("objectData");
  }

  private static byte[] bytes(ObjectNode request) {
    try {
      return JSON.writeValueAsBytes(request);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
