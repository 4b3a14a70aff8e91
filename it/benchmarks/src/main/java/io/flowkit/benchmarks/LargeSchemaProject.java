package io.flowkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a project with one service whose request profile is a large JSON Schema: {@code nodes}
 * object definitions in a tree (every node refers to two children, one as an object and one as a
 * list), every 25th node referring back to the root (recursion), shared definitions in a second
 * file ({@code common.schema.json#/definitions/...}), enums, {@code allOf}, nullable unions, a few
 * unions of objects, maps and arrays of scalars (which need {@code scalarArrays=wrap}).
 *
 * <p>The same shape as the {@code large-schema} invoker IT's generator script, so the benchmark
 * measures what that IT compiles.
 */
public final class LargeSchemaProject {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private LargeSchemaProject() {}

  /** Writes {@code src/main/flow/large.flow.json} and its profiles below {@code base}. */
  public static Path write(Path base, int nodes) throws IOException {
    Path flow = Files.createDirectories(base.resolve("src/main/flow/profiles"));
    JSON.writerWithDefaultPrettyPrinter().writeValue(flow.resolve("large.schema.json").toFile(), largeSchema(nodes));
    JSON.writerWithDefaultPrettyPrinter().writeValue(flow.resolve("common.schema.json").toFile(), commonSchema());
    JSON.writerWithDefaultPrettyPrinter().writeValue(flow.resolve("sync-response.json").toFile(), response());
    ObjectNode descriptor = NODES.objectNode();
    descriptor.put("name", "Large");
    descriptor.put("path", "/fs/large");
    descriptor.put("summary", "A service with one very large request profile.");
    ObjectNode action = descriptor.putArray("messageActions").addObject();
    action.put("name", "Sync Everything");
    action.putObject("request").put("schema", "profiles/large.schema.json");
    action.putObject("response").put("sample", "profiles/sync-response.json");
    Path descriptorFile = base.resolve("src/main/flow/large.flow.json");
    JSON.writerWithDefaultPrettyPrinter().writeValue(descriptorFile.toFile(), descriptor);
    return descriptorFile;
  }

  static ObjectNode largeSchema(int nodes) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", "Everything to synchronise");
    schema.put("type", "object");
    schema.putArray("required").add(node(0));
    schema.putObject("properties").set(node(0), ref(0));
    ObjectNode defs = schema.putObject("$defs");
    ObjectNode base = defs.putObject("Base");
    base.put("type", "object");
    base.putArray("required").add("id");
    ObjectNode baseProperties = base.putObject("properties");
    baseProperties.set("id", described(string(), "The record's identifier, unique across every kind of node."));
    baseProperties.set("created", described(string().put("format", "date-time"), "When the record was created, with its offset."));
    ObjectNode status = defs.putObject("Status");
    status.put("type", "string");
    status.put("description", "Where a node is in its life cycle.");
    ArrayNode values = status.putArray("enum");
    for (String value : new String[] {"new", "open", "on-hold", "closed", "re-opened"}) {
      values.add(value);
    }
    for (int i = 0; i < nodes; i++) {
      defs.set(definition(i), nodeDefinition(i, nodes));
    }
    return schema;
  }

  private static ObjectNode nodeDefinition(int i, int nodes) {
    ObjectNode definition = NODES.objectNode();
    definition.put(
        "description",
        "Node " + i + " of the synchronisation tree, with a shared address and price.");
    ArrayNode allOf = definition.putArray("allOf");
    allOf.addObject().put("$ref", "#/$defs/Base");
    ObjectNode own = allOf.addObject();
    own.put("type", "object");
    own.putArray("required").add("name");
    ObjectNode p = own.putObject("properties");
    p.set("name", described(string(), "The display name of node " + i + ", as users see it in lists."));
    p.set("quantity", described(type("integer"), "How many items node " + i + " stands for; never negative."));
    p.set("ratio", type("number"));
    p.set("active", type("boolean"));
    p.set("due", described(string().put("format", "date"), "The day node " + i + " is due, without a time."));
    ObjectNode updated = described(NODES.objectNode(), "When node " + i + " last changed; absent if never.");
    updated.putArray("type").add("string").add("null");
    updated.put("format", "date-time");
    p.set("updated", updated);
    ObjectNode note = described(NODES.objectNode(), "A free-text note, or null.");
    note.putArray("anyOf").add(string()).add(type("null"));
    p.set("note", note);
    p.set("status", ref("#/$defs/Status"));
    p.set("price", ref("common.schema.json#/definitions/Money"));
    p.set("shipTo", ref("common.schema.json#/definitions/Address"));
    ObjectNode tags = described(type("array"), "Free tags: an array of scalars, wrapped for Flow.");
    tags.set("items", string());
    p.set("tags", tags);
    ObjectNode attributes = described(type("object"), "Extra attributes by name: a map.");
    attributes.set("additionalProperties", string());
    p.set("attributes", attributes);
    if (i % 50 == 0) {
      ObjectNode contact = described(NODES.objectNode(), "How to reach the owner of node " + i + ": a phone or an e-mail address.");
      contact.putArray("oneOf")
          .add(ref("common.schema.json#/definitions/Phone"))
          .add(ref("common.schema.json#/definitions/Email"));
      p.set("contact", contact);
    }
    int left = 2 * i + 1;
    int right = 2 * i + 2;
    if (left < nodes) {
      p.set(node(left), ref(left));
    }
    if (right < nodes) {
      ObjectNode list = described(type("array"), "The children of kind " + right + ".");
      list.set("items", ref(right));
      p.set(node(right), list);
    }
    if (i > 0 && i % 25 == 0) {
      p.set(node(0), ref(0));
    }
    return definition;
  }

  static ObjectNode commonSchema() {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "http://json-schema.org/draft-07/schema#");
    ObjectNode definitions = schema.putObject("definitions");
    ObjectNode address = objectType(definitions.putObject("Address"), "A postal address.");
    address.set("street", described(string(), "Street and number."));
    address.set("city", described(string(), "The city."));
    address.set("postcode", described(string(), "The postal code, as written locally."));
    ObjectNode country = described(string(), "ISO 3166 country code.");
    country.putArray("enum").add("DE").add("FR").add("GB").add("NL").add("US");
    address.set("country", country);
    ObjectNode money = objectType(definitions.putObject("Money"), "An amount in a currency.");
    money.set("amount", described(type("number"), "The amount, exact."));
    ObjectNode currency = described(string(), "ISO 4217 currency code.");
    currency.putArray("enum").add("EUR").add("GBP").add("USD");
    money.set("currency", currency);
    ObjectNode phone = objectType(definitions.putObject("Phone"), "A phone number.");
    phone.set("number", described(string(), "The number, with country prefix."));
    phone.set("mobile", described(type("boolean"), "Whether it reaches a mobile phone."));
    ObjectNode email = objectType(definitions.putObject("Email"), "An e-mail address.");
    email.set("address", described(string().put("format", "email"), "The address."));
    email.set("verified", described(type("boolean"), "Whether the owner confirmed it."));
    return schema;
  }

  static ObjectNode response() {
    ObjectNode response = NODES.objectNode();
    ObjectNode summary = response.putObject("summary");
    summary.put("synchronised", 42);
    summary.put("finishedAt", "2026-01-01T10:00:00Z");
    summary.put("complete", true);
    return response;
  }

  private static ObjectNode objectType(ObjectNode definition, String description) {
    definition.put("type", "object");
    definition.put("description", description);
    return definition.putObject("properties");
  }

  static String node(int i) {
    return String.format(Locale.ROOT, "node%03d", i);
  }

  private static String definition(int i) {
    return String.format(Locale.ROOT, "Node%03d", i);
  }

  private static ObjectNode ref(int i) {
    return ref("#/$defs/" + definition(i));
  }

  private static ObjectNode ref(String target) {
    return NODES.objectNode().put("$ref", target);
  }

  private static ObjectNode string() {
    return type("string");
  }

  private static ObjectNode type(String type) {
    return NODES.objectNode().put("type", type);
  }

  private static ObjectNode described(ObjectNode schema, String description) {
    return schema.put("description", description);
  }

  /** Writes the project to the directory given as the first argument (for looking at it). */
  public static void main(String[] args) throws IOException {
    Path base = Path.of(args.length > 0 ? args[0] : "target/large-schema");
    write(base, args.length > 1 ? Integer.parseInt(args[1]) : 300);
    System.out.println("wrote " + base.toAbsolutePath());
  }
}
