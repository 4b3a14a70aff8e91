package io.flowkit.codegen.profile.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.codegen.descriptor.ProfileReference;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.json.JsonDocuments;
import io.flowkit.codegen.json.JsonPointers;
import io.flowkit.codegen.model.ValueKind;
import io.flowkit.codegen.profile.AnyShape;
import io.flowkit.codegen.profile.EnumValues;
import io.flowkit.codegen.profile.InvalidShape;
import io.flowkit.codegen.profile.ListShape;
import io.flowkit.codegen.profile.Member;
import io.flowkit.codegen.profile.NullShape;
import io.flowkit.codegen.profile.ObjectShape;
import io.flowkit.codegen.profile.ProfileOptions;
import io.flowkit.codegen.profile.ScalarShape;
import io.flowkit.codegen.profile.Shape;
import io.flowkit.codegen.profile.ShapeEquivalence;
import io.flowkit.codegen.profile.Shapes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads JSON Schema profiles into shapes. One reader serves one descriptor: every schema location
 * ({@code file#pointer}) is read once and its shape shared by all references to it, which is also
 * what makes recursion terminate: a reference to a schema still being read gets the object that
 * schema is going to be.
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
  /** Merges waiting for objects that are still being read (recursion through allOf/oneOf). */
  private final List<Deferred> deferred = new ArrayList<>();

  /** Completes {@code target} once every input is complete. */
  private record Deferred(ObjectShape target, List<ObjectShape> inputs, Runnable completion, SourceLocation at,
      String problem) {}

  public SchemaShapeReader(JsonDocuments documents, ProfileOptions options, Reporter reporter) {
    this.resolver = new SchemaResolver(documents, reporter);
    this.options = options;
    this.reporter = reporter;
  }

  /** The shape of a profile's root schema, or empty when it could not be found (reported). */
  public Optional<Shape> read(ProfileReference reference) {
    Optional<Shape> shape = resolver.root(reference).map(root -> Shapes.settle(shapeOf(root), reporter));
    completeDeferred();
    return shape;
  }

  /**
   * Runs every waiting merge whose inputs are complete, until none is left or none can run; those
   * left wait for each other, which is reported.
   */
  private void completeDeferred() {
    boolean progress = true;
    while (progress && !deferred.isEmpty()) {
      progress = false;
      for (Deferred task : List.copyOf(deferred)) {
        if (task.inputs().stream().allMatch(ObjectShape::isComplete)) {
          deferred.remove(task);
          task.completion().run();
          progress = true;
        }
      }
    }
    for (Deferred task : deferred) {
      reporter.error(task.at(), task.problem());
    }
    deferred.clear();
  }

  private void defer(ObjectShape target, List<ObjectShape> inputs, Runnable completion, SourceLocation at,
      String problem) {
    deferred.add(new Deferred(target, inputs, completion, at, problem));
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
        defer(placeholder, List.of(object), () -> placeholder.completeFrom(object), node.location(),
            "circular reference: the schema is made of itself (through allOf, oneOf or anyOf)");
        shape = placeholder;
      } else if (!(shape instanceof InvalidShape)) {
        reporter.error(node.location(),
            "recursive reference to a schema that is " + Shapes.describe(shape)
                + ": only objects may contain themselves");
        shape = new InvalidShape(node.location());
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
        Shape union = union(node, keyword);
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
    return merge(node, conjuncts);
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
        return typeUnion(node, types);
      }
      type = types.iterator().next();
    } else if (json.has("properties") || json.has("additionalProperties") || json.has("patternProperties")) {
      type = "object";
    } else if (json.has("items") || json.has("prefixItems")) {
      type = "array";
    } else if (json.has("enum")) {
      return enumWithoutType(node);
    } else if (json.has("const")) {
      return constant(node);
    } else if (json.has("format")) {
      type = "string";
    } else if (json.has("required")) {
      return new AnyShape(requiredNames(json), node.location());
    } else {
      return null;
    }
    return switch (type) {
      case "object" -> object(node, resolution);
      case "array" -> array(node);
      case "string" -> string(node);
      case "integer" -> new ScalarShape(ValueKind.INTEGER, null, node.description(), node.location());
      case "number" -> new ScalarShape(ValueKind.DECIMAL, null, node.description(), node.location());
      case "boolean" -> new ScalarShape(ValueKind.BOOLEAN, null, node.description(), node.location());
      default -> {
        reporter.error(node.locationOf("type"), "unknown type \"" + type + "\"");
        yield new InvalidShape(node.location());
      }
    };
  }

  private Shape typeUnion(SchemaNode node, Set<String> types) {
    if (types.contains("object") || types.contains("array")) {
      reporter.error(node.locationOf("type"),
          "a value must have one type, not " + String.join(" or ", types) + " (Flow has no union types)");
      return new InvalidShape(node.location());
    }
    if (types.equals(Set.of("integer", "number"))) {
      return new ScalarShape(ValueKind.DECIMAL, null, node.description(), node.location());
    }
    reporter.warning(node.locationOf("type"),
        "a value of type " + String.join(" or ", types) + ": typed as String (Flow has no union types)");
    return new ScalarShape(ValueKind.STRING, null, node.description(), node.location());
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
    }
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
        Shape shape = Shapes.settle(shapeOf(child), reporter);
        members.add(new Member(key, shape, required.contains(key), memberDescription(child, shape), child.location()));
      }
    }
    object.complete(members);
    object.requiredNames(required);
    return object;
  }

  /** The schema of a map's values, or {@code null} when the object is not a map. */
  private SchemaNode mapValues(SchemaNode node) {
    JsonNode additional = node.json().get("additionalProperties");
    if (additional != null && additional.isObject()) {
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
    Shape value = Shapes.settle(shapeOf(values), reporter);
    if (value instanceof InvalidShape) {
      return value;
    }
    ObjectShape entry = ObjectShape.of(node.location(), "One entry of a map: its key and its value.",
        List.of(
            new Member("Key", ScalarShape.of(ValueKind.STRING, node.location()), true, "The entry's key.",
                node.location()),
            new Member("Value", value, false, memberDescription(values, value), values.location())));
    return new ListShape(entry, node.location());
  }

  private Shape array(SchemaNode node) {
    JsonNode json = node.json();
    JsonNode items = json.get("items");
    if (json.has("prefixItems") || (items != null && items.isArray())) {
      reporter.error(node.location(),
          "a tuple (an array whose items have positions) is not supported: Flow lists hold objects of one type");
      return new InvalidShape(node.location());
    }
    if (items == null) {
      reporter.error(node.location(), "an array without \"items\": the type of its items is unknown");
      return new InvalidShape(node.location());
    }
    if ("array".equals(items.path("type").asText()) || items.has("items") || items.has("prefixItems")) {
      reporter.error(node.location(), "an array of arrays is not supported: Flow lists hold objects");
      return new InvalidShape(node.location());
    }
    Shape item = shapeOf(node.child("items"));
    return Shapes.listOf(item, node.location(), options, reporter);
  }

  private Shape string(SchemaNode node) {
    JsonNode json = node.json();
    if (json.has("enum")) {
      EnumValues values = enumValues(node);
      if (values != null) {
        return new ScalarShape(ValueKind.STRING, values, node.description(), node.location());
      }
    }
    String format = json.path("format").asText("");
    ValueKind kind = switch (format) {
      case "date-time" -> ValueKind.DATE_TIME;
      case "date" -> ValueKind.DATE;
      default -> ValueKind.STRING;
    };
    return new ScalarShape(kind, null, node.description(), node.location());
  }

  private Shape enumWithoutType(SchemaNode node) {
    JsonNode values = node.json().get("enum");
    if (!values.isArray()) {
      reporter.error(node.locationOf("enum"), "\"enum\" must be an array");
      return new InvalidShape(node.location());
    }
    List<JsonNode> nonNull = new ArrayList<>();
    values.forEach(v -> {
      if (!v.isNull()) {
        nonNull.add(v);
      }
    });
    if (nonNull.isEmpty()) {
      return new NullShape(node.location());
    }
    if (nonNull.stream().allMatch(JsonNode::isTextual)) {
      return new ScalarShape(ValueKind.STRING, enumValues(node), node.description(), node.location());
    }
    ValueKind kind = commonKind(nonNull);
    if (kind == null) {
      reporter.warning(node.locationOf("enum"), "an enum of mixed value types: typed as String");
      kind = ValueKind.STRING;
    }
    return new ScalarShape(kind, null, node.description(), node.location());
  }

  private Shape constant(SchemaNode node) {
    JsonNode value = node.json().get("const");
    if (value.isNull()) {
      return new NullShape(node.location());
    }
    ValueKind kind = commonKind(List.of(value));
    if (kind == null) {
      reporter.error(node.locationOf("const"), "a constant object or array is not supported");
      return new InvalidShape(node.location());
    }
    return new ScalarShape(kind, null, node.description(), node.location());
  }

  private static ValueKind commonKind(List<JsonNode> values) {
    if (values.stream().allMatch(JsonNode::isTextual)) {
      return ValueKind.STRING;
    }
    if (values.stream().allMatch(JsonNode::isBoolean)) {
      return ValueKind.BOOLEAN;
    }
    if (values.stream().allMatch(v -> v.isIntegralNumber() && v.canConvertToLong())) {
      return ValueKind.INTEGER;
    }
    if (values.stream().allMatch(JsonNode::isNumber)) {
      return ValueKind.DECIMAL;
    }
    return null;
  }

  private EnumValues enumValues(SchemaNode node) {
    JsonNode values = node.json().get("enum");
    if (values == null || !values.isArray()) {
      return null;
    }
    Set<String> distinct = new LinkedHashSet<>();
    values.forEach(v -> {
      if (v.isTextual()) {
        distinct.add(v.asText());
      }
    });
    if (distinct.isEmpty()) {
      return null;
    }
    String definition = definitionName(node.pointer());
    return new EnumValues(new ArrayList<>(distinct), node.description(), node.key(), definition, node.location());
  }

  /** The key of a schema directly under {@code definitions} or {@code $defs}, else {@code null}. */
  private static String definitionName(String pointer) {
    for (String container : List.of("/definitions/", "/$defs/")) {
      if (pointer.startsWith(container)) {
        String rest = pointer.substring(container.length());
        if (!rest.isEmpty() && !rest.contains("/")) {
          return JsonPointers.lastToken(pointer);
        }
      }
    }
    return null;
  }

  /**
   * A {@code oneOf}/{@code anyOf}: a nullable value when one branch is left after dropping {@code
   * null} (and untyped) branches; else one object with every member of every branch, all optional,
   * with a warning; values of one kind stay that kind.
   */
  private Shape union(SchemaNode node, String keyword) {
    List<Shape> branches = new ArrayList<>();
    boolean sawNull = false;
    for (SchemaNode branch : branches(node, keyword)) {
      Shape shape = shapeOf(branch);
      if (shape instanceof NullShape) {
        sawNull = true;
      } else if (!(shape instanceof AnyShape)) {
        branches.add(shape);
      }
    }
    if (branches.isEmpty()) {
      return sawNull ? new NullShape(node.location()) : null;
    }
    if (branches.stream().anyMatch(InvalidShape.class::isInstance)) {
      return new InvalidShape(node.location());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    SourceLocation at = node.locationOf(keyword);
    if (branches.stream().allMatch(ObjectShape.class::isInstance)) {
      List<ObjectShape> objects = branches.stream().map(ObjectShape.class::cast).toList();
      ObjectShape union = new ObjectShape(node.location(), node.description());
      union.markUnion();
      Runnable completion = () -> {
        Map<String, Member> members = new LinkedHashMap<>();
        for (ObjectShape object : objects) {
          for (Member member : object.members()) {
            Member existing = members.get(member.name());
            if (existing == null) {
              members.put(member.name(), member.withRequired(false));
            } else if (!ShapeEquivalence.equivalent(existing.shape(), member.shape())) {
              members.put(member.name(), conflict(at, keyword, existing, member));
            }
          }
        }
        reporter.warning(at, keyword + " of " + objects.size() + " object schemas: generated one type"
            + " with the properties of all of them, each optional (Flow has no union types)");
        union.complete(new ArrayList<>(members.values()));
      };
      if (objects.stream().allMatch(ObjectShape::isComplete)) {
        completion.run();
      } else {
        // a branch is still being read (recursion): merge once it is complete
        defer(union, objects, completion, at, "circular " + keyword + ": a branch is made of this schema itself");
      }
      return union;
    }
    if (branches.stream().allMatch(ScalarShape.class::isInstance)) {
      Set<ValueKind> kinds = new TreeSet<>();
      branches.forEach(b -> kinds.add(((ScalarShape) b).kind()));
      if (kinds.size() == 1) {
        return new ScalarShape(kinds.iterator().next(), null, node.description(), node.location());
      }
      if (kinds.equals(Set.of(ValueKind.INTEGER, ValueKind.DECIMAL))) {
        return new ScalarShape(ValueKind.DECIMAL, null, node.description(), node.location());
      }
      reporter.warning(at, keyword + " of values of different types: typed as String (Flow has no union types)");
      return new ScalarShape(ValueKind.STRING, null, node.description(), node.location());
    }
    if (branches.stream().allMatch(ListShape.class::isInstance)) {
      ListShape first = (ListShape) branches.get(0);
      if (branches.stream().allMatch(b -> ShapeEquivalence.equivalent(first, b))) {
        return first;
      }
    }
    reporter.error(at, keyword + " mixes " + describeAll(branches)
        + ": Flow needs one type here (objects may be merged, values and lists may not)");
    return new InvalidShape(node.location());
  }

  /** A member two union branches define differently: values of different kinds become a string. */
  private Member conflict(SourceLocation at, String keyword, Member existing, Member member) {
    if (existing.shape() instanceof ScalarShape && member.shape() instanceof ScalarShape) {
      reporter.warning(at, keyword + " branches give property \"" + member.name()
          + "\" different types: typed as String");
      return new Member(existing.name(), ScalarShape.of(ValueKind.STRING, existing.source()), false,
          existing.description(), existing.source());
    }
    reporter.error(at, keyword + " branches define property \"" + member.name() + "\" differently ("
        + Shapes.describe(existing.shape()) + " and " + Shapes.describe(member.shape()) + ")");
    return new Member(existing.name(), new InvalidShape(member.source()), false, null, existing.source());
  }

  /** An {@code allOf} (or {@code $ref} with sibling keywords): everything must hold at once. */
  private Shape merge(SchemaNode node, List<Shape> conjuncts) {
    Set<String> required = new LinkedHashSet<>(requiredNames(node.json()));
    List<Shape> shapes = new ArrayList<>();
    for (Shape shape : conjuncts) {
      if (shape instanceof AnyShape any) {
        required.addAll(any.required());
      } else if (!(shape instanceof NullShape)) {
        shapes.add(shape);
      }
    }
    if (shapes.stream().anyMatch(InvalidShape.class::isInstance)) {
      return new InvalidShape(node.location());
    }
    if (shapes.isEmpty()) {
      return new AnyShape(required, node.location());
    }
    SourceLocation at = node.json().has("allOf") ? node.locationOf("allOf") : node.location();
    if (shapes.stream().allMatch(ObjectShape.class::isInstance)) {
      List<ObjectShape> objects = shapes.stream().map(ObjectShape.class::cast).toList();
      ObjectShape result = new ObjectShape(node.location(), node.description());
      Runnable completion = () -> {
        Map<String, Member> members = new LinkedHashMap<>();
        for (ObjectShape object : objects) {
          result.describeIfAbsent(object.description());
          required.addAll(object.requiredNames());
          for (Member member : object.members()) {
            Member existing = members.get(member.name());
            if (existing == null) {
              members.put(member.name(), member);
            } else if (ShapeEquivalence.equivalent(existing.shape(), member.shape())) {
              members.put(member.name(), new Member(existing.name(), existing.shape(),
                  existing.required() || member.required(),
                  existing.description() != null ? existing.description() : member.description(),
                  existing.source()));
            } else {
              reporter.error(member.source(), "allOf parts define property \"" + member.name()
                  + "\" differently (" + Shapes.describe(existing.shape()) + " and "
                  + Shapes.describe(member.shape()) + ")");
              members.put(member.name(), new Member(member.name(), new InvalidShape(member.source()), false,
                  null, member.source()));
            }
          }
        }
        List<Member> merged = new ArrayList<>();
        for (Member member : members.values()) {
          merged.add(required.contains(member.name()) ? member.withRequired(true) : member);
        }
        result.complete(merged);
        result.requiredNames(required);
      };
      if (objects.stream().allMatch(ObjectShape::isComplete)) {
        completion.run();
      } else {
        // a part is still being read (recursion): merge once it is complete
        defer(result, objects, completion, at, "circular allOf: a part is made of this schema itself");
      }
      return result;
    }
    if (shapes.stream().allMatch(ScalarShape.class::isInstance)) {
      ScalarShape result = (ScalarShape) shapes.get(0);
      for (Shape shape : shapes.subList(1, shapes.size())) {
        ScalarShape next = (ScalarShape) shape;
        ScalarShape narrowed = narrower(result, next);
        if (narrowed == null) {
          reporter.error(at, "allOf parts give one value two types (" + Shapes.kindWord(result.kind())
              + " and " + Shapes.kindWord(next.kind()) + ")");
          return new InvalidShape(node.location());
        }
        result = narrowed;
      }
      return new ScalarShape(result.kind(), result.enumValues(),
          node.description() != null ? node.description() : result.description(), node.location());
    }
    if (shapes.stream().allMatch(ListShape.class::isInstance)) {
      Shape first = shapes.get(0);
      if (shapes.stream().allMatch(s -> ShapeEquivalence.equivalent(first, s))) {
        return first;
      }
    }
    reporter.error(at, "allOf mixes " + describeAll(shapes) + ": they cannot all hold at once");
    return new InvalidShape(node.location());
  }

  /** The more specific of two value types that must both hold, or {@code null} if they cannot. */
  private static ScalarShape narrower(ScalarShape a, ScalarShape b) {
    if (a.kind() == b.kind()) {
      return a.enumValues() != null ? a : b;
    }
    Set<ValueKind> pair = Set.of(a.kind(), b.kind());
    if (pair.equals(Set.of(ValueKind.INTEGER, ValueKind.DECIMAL))) {
      return a.kind() == ValueKind.INTEGER ? a : b;
    }
    if (a.kind() == ValueKind.STRING && (b.kind() == ValueKind.DATE_TIME || b.kind() == ValueKind.DATE)) {
      return b;
    }
    if (b.kind() == ValueKind.STRING && (a.kind() == ValueKind.DATE_TIME || a.kind() == ValueKind.DATE)) {
      return a;
    }
    return null;
  }

  private static String describeAll(List<Shape> shapes) {
    Set<String> words = new TreeSet<>();
    shapes.forEach(s -> words.add(s instanceof ScalarShape ? "values" : s instanceof ListShape ? "lists" : "objects"));
    return String.join(" and ", words);
  }

  private static List<SchemaNode> branches(SchemaNode node, String keyword) {
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

  private static Set<String> requiredNames(JsonNode json) {
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
