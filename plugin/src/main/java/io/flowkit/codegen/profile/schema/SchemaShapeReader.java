package io.flowkit.codegen.profile.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.codegen.descriptor.ProfileReference;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.json.JsonDocuments;
import io.flowkit.codegen.model.ValueKind;
import io.flowkit.codegen.profile.AnyShape;
import io.flowkit.codegen.profile.InvalidShape;
import io.flowkit.codegen.profile.ListShape;
import io.flowkit.codegen.profile.Member;
import io.flowkit.codegen.profile.NullShape;
import io.flowkit.codegen.profile.ObjectShape;
import io.flowkit.codegen.profile.ProfileOptions;
import io.flowkit.codegen.profile.ScalarShape;
import io.flowkit.codegen.profile.Shape;
import io.flowkit.codegen.profile.Shapes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON Schema profiles into shapes. One reader serves one descriptor: every schema location
 * ({@code file#pointer}) is read once and its shape shared by all references to it, which is also
 * what makes recursion terminate: a reference to a schema still being read gets the object that
 * schema is going to be.
 *
 * <p>The value keywords are {@link ScalarSchemas}' business, the combinators {@link
 * SchemaCombinators}'; this class reads objects, arrays and maps and drives the rest.
 *
 * <p>The keywords that count: {@code type} (a single type, or a union with {@code "null"}),
 * {@code properties}, {@code required}, {@code items}, {@code additionalProperties} and {@code
 * patternProperties} (only without {@code properties}: a map), {@code enum}, {@code const}, {@code
 * format} ({@code date-time}, {@code date}), {@code description}, {@code $ref} (also {@code
 * $dynamicRef}, {@code $recursiveRef}), {@code allOf}, {@code oneOf}, {@code anyOf}. Everything else
 * (validation keywords, {@code not}, conditionals, {@code title}) does not change the Flow type.
 */
public final class SchemaShapeReader {

  private static final Set<String> TYPE_KEYWORDS =
      Set.of("type", "properties", "items", "prefixItems", "additionalProperties", "patternProperties",
          "required", "enum", "const", "format", "allOf", "oneOf", "anyOf");

  private final SchemaResolver resolver;
  private final ProfileOptions options;
  private final Reporter reporter;
  private final Map<String, Resolution> memo = new HashMap<>();
  /** How many schemas are being read inside each other right now. */
  private int nesting;
  private final DeferredMerges deferred;
  private final ScalarSchemas scalars;
  private final SchemaCombinators combinators;
  /** What null-only and untyped entries were settled to, by identity (see {@link #settleMembers}). */
  private final Set<Shape> settledOpen = Collections.newSetFromMap(new IdentityHashMap<>());

  public SchemaShapeReader(JsonDocuments documents, ProfileOptions options, Reporter reporter) {
    this.resolver = new SchemaResolver(documents, reporter);
    this.options = options;
    this.reporter = reporter;
    this.deferred = new DeferredMerges(reporter);
    this.scalars = new ScalarSchemas(reporter);
    this.combinators = new SchemaCombinators(reporter, deferred, settledOpen);
  }

  /** The shape of a profile's root schema, or empty when it could not be found (reported). */
  public Optional<Shape> read(ProfileReference reference) {
    Optional<Shape> shape = resolver.root(reference).map(root -> Shapes.settle(shapeOf(root), reporter));
    deferred.completeAll();
    shape.ifPresent(this::settleMembers);
    return shape;
  }

  /**
   * Settles what object members still leave open, once every merge is done (an {@code allOf} may
   * give an entry its type or an object its properties): an entry that can only be {@code null} or
   * has no type becomes a string ({@link Shapes#settle}); an entry that holds a free-form object
   * (one without properties: {@code {"type": "object"}}, {@code additionalProperties: true}, an
   * empty {@code properties}), or a list of them, becomes JSON text, with a warning: a Flow type
   * needs at least one property.
   */
  private void settleMembers(Shape root) {
    Deque<ObjectShape> todo = new ArrayDeque<>();
    Set<ObjectShape> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ObjectShape start = root instanceof ObjectShape o ? o : root instanceof ListShape l ? l.item() : null;
    if (start != null) {
      todo.add(start);
      seen.add(start);
    }
    while (!todo.isEmpty()) {
      ObjectShape object = todo.poll();
      List<Member> members = new ArrayList<>();
      boolean changed = false;
      for (Member member : object.members()) {
        Shape shape = member.shape();
        ObjectShape target = shape instanceof ObjectShape o ? o : shape instanceof ListShape l ? l.item() : null;
        if (shape instanceof NullShape || shape instanceof AnyShape) {
          Shape settled = Shapes.settle(shape, reporter);
          settledOpen.add(settled);
          members.add(new Member(member.name(), settled, member.required(), member.description(), member.source()));
          changed = true;
        } else if (target != null && target.isComplete() && target.members().isEmpty()) {
          ScalarShape text;
          if (target.jsonTextOf() != null) {
            text = Shapes.jsonText("a recursive reference to " + target.jsonTextOf(),
                "only objects can contain themselves in Flow; put an object between the schema and its reference"
                    + " to get a Flow type", member.description(), member.source(), reporter);
          } else {
            String what = shape instanceof ListShape ? "an array of free-form objects" : "a free-form object";
            text = Shapes.jsonText(what + " (no properties declared)", "declare its \"properties\" to get a Flow type",
                member.description(), target.source(), reporter);
          }
          members.add(new Member(member.name(), text, member.required(), member.description(), member.source()));
          changed = true;
        } else {
          members.add(member);
          if (target != null && seen.add(target)) {
            todo.add(target);
          }
        }
      }
      if (changed) {
        object.replaceMembers(members);
      }
    }
  }

  /** The state of one schema location. */
  private static final class Resolution {
    Shape shape;
    boolean done;
    /** The object handed out to references that arrived while the location was being read. */
    ObjectShape placeholder;
  }

  /**
   * References that nest deeper than this (a chain of that many distinct schemas, each inside the
   * previous) are reported instead of read, so that no schema can exhaust the stack.
   */
  static final int MAX_NESTING = 1000;

  /** The shape of a schema; the nesting cap is applied later, to types at their shallowest place. */
  private Shape shapeOf(SchemaNode node) {
    Resolution resolution = memo.get(node.key());
    if (resolution != null) {
      if (resolution.done) {
        return resolution.shape;
      }
      if (resolution.placeholder == null) {
        resolution.placeholder = new ObjectShape(node.location(), node.description());
      }
      return resolution.placeholder;
    }
    resolution = new Resolution();
    memo.put(node.key(), resolution);
    Shape shape;
    if (nesting >= MAX_NESTING) {
      reporter.error(node.location(), "schemas nest more than " + MAX_NESTING
          + " levels deep through references here; simplify the profile");
      shape = new InvalidShape(node.location());
    } else {
      nesting++;
      try {
        shape = interpret(node, resolution);
      } finally {
        nesting--;
      }
    }
    ObjectShape placeholder = resolution.placeholder;
    if (placeholder != null && shape != placeholder) {
      if (shape instanceof ObjectShape object && object.isComplete()) {
        placeholder.completeFrom(object);
        shape = placeholder;
      } else if (shape instanceof ObjectShape object) {
        deferred.runWhenComplete(placeholder, List.of(object), () -> placeholder.completeFrom(object), node.location(),
            "circular reference: the schema is made of itself (through allOf, oneOf or anyOf)");
        shape = placeholder;
      } else if (!(shape instanceof InvalidShape)) {
        // a list or value that contains itself: the references inside become JSON text when
        // members are settled; the outer use keeps its type
        placeholder.completeAsJsonText(shape instanceof ScalarShape scalar && scalar.isJsonText()
            ? scalar.jsonText()
            : Shapes.describe(shape) + " that contains itself");
      }
    } else if (placeholder != null && !placeholder.isComplete()) {
      reporter.error(node.location(), "circular reference: the schema refers to itself without any object in between");
      shape = new InvalidShape(node.location());
    }
    resolution.shape = shape;
    resolution.done = true;
    return shape;
  }

  private Shape interpret(SchemaNode node, Resolution resolution) {
    JsonNode json = node.json();
    if (json.isBoolean()) {
      return new AnyShape(Set.of(), node.location());
    }
    if (!json.isObject()) {
      reporter.error(node.location(), "a schema must be an object or a boolean");
      return new InvalidShape(node.location());
    }
    String refKeyword = refKeyword(json);
    boolean siblingsApply = refKeyword != null && node.draft().refSiblingsApply() && hasTypeKeywords(json);
    if (refKeyword != null && !siblingsApply) {
      return resolver.resolve(node, refKeyword)
          .map(this::shapeOf)
          .orElseGet(() -> new InvalidShape(node.location()));
    }
    boolean composite = siblingsApply || json.has("allOf") || json.has("oneOf") || json.has("anyOf");
    List<Shape> conjuncts = new ArrayList<>();
    if (refKeyword != null) {
      Optional<SchemaNode> target = resolver.resolve(node, refKeyword);
      if (target.isEmpty()) {
        return new InvalidShape(node.location());
      }
      conjuncts.add(shapeOf(target.get()));
    }
    Shape local = local(node, composite ? null : resolution);
    if (local != null) {
      conjuncts.add(local);
    }
    for (SchemaNode branch : branches(node, "allOf")) {
      conjuncts.add(shapeOf(branch));
    }
    for (String keyword : List.of("oneOf", "anyOf")) {
      if (json.has(keyword)) {
        List<Shape> branches = branches(node, keyword).stream().map(this::shapeOf).toList();
        Shape union = combinators.union(node, keyword, branches);
        if (union != null) {
          conjuncts.add(union);
        }
      }
    }
    if (conjuncts.isEmpty()) {
      return new AnyShape(Set.of(), node.location());
    }
    if (conjuncts.size() == 1) {
      return conjuncts.get(0);
    }
    return combinators.merge(node, conjuncts);
  }

  /** What the node's own keywords say, or {@code null} when they say nothing about the type. */
  private Shape local(SchemaNode node, Resolution resolution) {
    JsonNode json = node.json();
    String type;
    JsonNode typeNode = json.get("type");
    if (typeNode != null) {
      Set<String> types = new LinkedHashSet<>();
      if (typeNode.isTextual()) {
        types.add(typeNode.asText());
      } else if (typeNode.isArray()) {
        typeNode.forEach(t -> types.add(t.asText()));
      } else {
        reporter.error(node.locationOf("type"), "\"type\" must be a string or an array of strings");
        return new InvalidShape(node.location());
      }
      types.remove("null");
      if (types.isEmpty()) {
        return new NullShape(node.location());
      }
      if (types.size() > 1) {
        return scalars.typeUnion(node, types);
      }
      type = types.iterator().next();
    } else if (json.has("properties") || json.has("additionalProperties") || json.has("patternProperties")) {
      type = "object";
    } else if (json.has("items") || json.has("prefixItems")) {
      type = "array";
    } else if (json.has("enum")) {
      return scalars.enumWithoutType(node);
    } else if (json.has("const")) {
      return scalars.constant(node);
    } else if (json.has("format")) {
      type = "string";
    } else if (json.has("required")) {
      return new AnyShape(requiredNames(json), node.location());
    } else {
      return null;
    }
    if (type.equals("object")) {
      return object(node, resolution);
    }
    if (type.equals("array")) {
      return array(node);
    }
    Shape scalar = scalars.ofType(node, type);
    if (scalar == null) {
      reporter.error(node.locationOf("type"), "unknown type \"" + type + "\"");
      return new InvalidShape(node.location());
    }
    return scalar;
  }

  private Shape object(SchemaNode node, Resolution resolution) {
    JsonNode json = node.json();
    JsonNode properties = json.get("properties");
    boolean hasProperties = properties != null && properties.isObject() && !properties.isEmpty();
    if (!hasProperties) {
      SchemaNode values = mapValues(node);
      if (values != null) {
        return map(node, values);
      }
    } else if (json.path("patternProperties").isObject() && !json.path("patternProperties").isEmpty()) {
      reporter.warning(node.locationOf("patternProperties"), "patternProperties next to properties: keys that"
          + " match a pattern are not in the Flow type, only the named properties are (declare the keys you need"
          + " as properties)");
    }
    warnConditionalProperties(node);
    ObjectShape object;
    if (resolution != null) {
      object = resolution.placeholder != null
          ? resolution.placeholder
          : new ObjectShape(node.location(), node.description());
      resolution.placeholder = object;
    } else {
      object = new ObjectShape(node.location(), node.description());
    }
    Set<String> required = requiredNames(json);
    List<Member> members = new ArrayList<>();
    if (hasProperties) {
      for (String key : fieldNames(properties)) {
        SchemaNode child = node.child("properties", key);
        // settled once every merge is done: an allOf part may give a null or untyped entry its type
        Shape shape = shapeOf(child);
        members.add(new Member(key, shape, required.contains(key), memberDescription(child, shape), child.location()));
      }
    }
    object.complete(members);
    object.requiredNames(required);
    return object;
  }

  /**
   * A warning for properties declared only under a condition ({@code then}, {@code else}, {@code
   * dependentSchemas}, draft-07 {@code dependencies}): a Flow type has no conditional properties,
   * so they are not in it.
   */
  private void warnConditionalProperties(SchemaNode node) {
    for (String keyword : List.of("then", "else", "dependentSchemas", "dependencies")) {
      JsonNode value = node.json().get(keyword);
      if (value == null || !value.isObject()) {
        continue;
      }
      boolean declares = keyword.startsWith("depend")
          ? fieldNames(value).stream().anyMatch(key -> value.get(key).has("properties"))
          : value.has("properties");
      if (declares) {
        reporter.warning(node.locationOf(keyword), "properties declared under \"" + keyword + "\" apply only on a"
            + " condition: they are not in the Flow type (declare them under \"properties\", optional, to carry them)");
      }
    }
  }

  /** The schema of a map's values, or {@code null} when the object is not a map. */
  private SchemaNode mapValues(SchemaNode node) {
    JsonNode additional = node.json().get("additionalProperties");
    if (additional != null && additional.isObject() && !additional.isEmpty()) {
      // {} allows any value, like true: a free-form object, carried as JSON text
      return node.child("additionalProperties");
    }
    JsonNode patterns = node.json().get("patternProperties");
    if (patterns != null && patterns.isObject() && !patterns.isEmpty()) {
      List<String> keys = fieldNames(patterns);
      if (keys.size() > 1) {
        reporter.warning(node.locationOf("patternProperties"),
            "a map with several key patterns: its values are typed after the first, \"" + keys.get(0) + "\"");
      }
      return node.child("patternProperties", keys.get(0));
    }
    return null;
  }

  /** A map becomes a list of entries, each with its {@code Key} and {@code Value}. */
  private Shape map(SchemaNode node, SchemaNode values) {
    // settled with the other members once every merge is done (another map may type the values)
    Shape value = shapeOf(values);
    if (value instanceof InvalidShape) {
      return value;
    }
    ObjectShape entry = ObjectShape.of(node.location(), "One entry of a map: its key and its value.",
        List.of(
            new Member("Key", ScalarShape.of(ValueKind.STRING, node.location()), true, "The entry's key.",
                node.location()),
            new Member("Value", value, false, memberDescription(values, value), values.location())));
    entry.markMapEntry();
    return new ListShape(entry, node.location());
  }

  private Shape array(SchemaNode node) {
    JsonNode json = node.json();
    JsonNode items = json.get("items");
    if (json.has("prefixItems") || (items != null && items.isArray())) {
      return Shapes.jsonText("a tuple (an array whose items have positions)",
          "make it an array of one item schema, or an object with named properties", node.description(),
          node.location(), reporter);
    }
    if (items == null) {
      return Shapes.jsonText("an array of items of any type", "give \"items\" a schema", node.description(),
          node.location(), reporter);
    }
    if ("array".equals(items.path("type").asText()) || items.has("items") || items.has("prefixItems")) {
      return Shapes.jsonText("an array of arrays", "make the inner arrays objects to get a Flow list",
          node.description(), node.location(), reporter);
    }
    Shape item = shapeOf(node.child("items"));
    return Shapes.listOf(item, node.location(), options, reporter);
  }

  /** The subschemas of an {@code allOf}, {@code oneOf} or {@code anyOf}. */
  static List<SchemaNode> branches(SchemaNode node, String keyword) {
    JsonNode array = node.json().get(keyword);
    List<SchemaNode> branches = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (int i = 0; i < array.size(); i++) {
        branches.add(node.child(keyword, i));
      }
    }
    return branches;
  }

  private static String refKeyword(JsonNode json) {
    for (String keyword : List.of("$ref", "$dynamicRef", "$recursiveRef")) {
      if (json.has(keyword)) {
        return keyword;
      }
    }
    return null;
  }

  private static boolean hasTypeKeywords(JsonNode json) {
    for (String keyword : TYPE_KEYWORDS) {
      if (json.has(keyword)) {
        return true;
      }
    }
    return false;
  }

  /** The names a schema lists in {@code required}. */
  static Set<String> requiredNames(JsonNode json) {
    Set<String> names = new LinkedHashSet<>();
    JsonNode required = json.get("required");
    if (required != null && required.isArray()) {
      required.forEach(name -> names.add(name.asText()));
    }
    return names;
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The entry's own description, else its target's. */
  private static String memberDescription(SchemaNode child, Shape shape) {
    String own = child.description();
    if (own != null) {
      return own;
    }
    if (shape instanceof ObjectShape object) {
      return object.description();
    }
    if (shape instanceof ScalarShape scalar) {
      return scalar.description();
    }
    return null;
  }
}
