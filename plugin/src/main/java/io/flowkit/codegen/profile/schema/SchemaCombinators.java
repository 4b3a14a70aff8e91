package io.flowkit.codegen.profile.schema;

import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.model.ValueKind;
import io.flowkit.codegen.profile.AnyShape;
import io.flowkit.codegen.profile.EnumValues;
import io.flowkit.codegen.profile.InvalidShape;
import io.flowkit.codegen.profile.ListShape;
import io.flowkit.codegen.profile.Member;
import io.flowkit.codegen.profile.NullShape;
import io.flowkit.codegen.profile.ObjectShape;
import io.flowkit.codegen.profile.ScalarShape;
import io.flowkit.codegen.profile.Shape;
import io.flowkit.codegen.profile.ShapeEquivalence;
import io.flowkit.codegen.profile.Shapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The combinators: {@code allOf} (and {@code $ref} with sibling keywords) merged into one shape
 * that satisfies every part, {@code oneOf}/{@code anyOf} reduced to one shape Flow can hold.
 * Branch and part shapes are read by the caller; merges that involve objects still being read wait
 * in {@link DeferredMerges}.
 */
final class SchemaCombinators {

  private final Reporter reporter;
  private final DeferredMerges deferred;
  private final Set<Shape> settledOpen;

  /**
   * @param settledOpen the strings that null-only or untyped entries were settled to (by identity):
   *     an object read for an earlier profile has them, and they still do not narrow another type
   */
  SchemaCombinators(Reporter reporter, DeferredMerges deferred, Set<Shape> settledOpen) {
    this.reporter = reporter;
    this.deferred = deferred;
    this.settledOpen = settledOpen;
  }

  /**
   * A {@code oneOf}/{@code anyOf}: a nullable value when one branch is left after dropping {@code
   * null} (and untyped) branches; else one object with every member of every branch, all optional,
   * with a warning (lists of objects likewise: one list of such objects); values of one kind stay
   * that kind, values of several kinds become a string. Branches that mix objects, lists and values
   * fall back to JSON text, with a warning.
   */
  Shape union(SchemaNode node, String keyword, List<Shape> branchShapes) {
    List<Shape> branches = new ArrayList<>();
    boolean sawNull = false;
    for (Shape shape : branchShapes) {
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
      return unionOfObjects(node.location(), node.description(), keyword, objects, at);
    }
    if (branches.stream().allMatch(b -> b instanceof ScalarShape scalar && !scalar.isJsonText())) {
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
      List<ObjectShape> items = branches.stream().map(b -> ((ListShape) b).item()).toList();
      return new ListShape(unionOfObjects(node.location(), null, keyword, items, at), node.location());
    }
    String article = keyword.equals("oneOf") ? "a " : "an ";
    return Shapes.jsonText(article + keyword + " of " + describeAll(branches), "keep to one of them (" + article
        + keyword + " of objects, or of values) to get a Flow type", node.description(), at, reporter);
  }

  private ObjectShape unionOfObjects(SourceLocation source, String description, String keyword,
      List<ObjectShape> objects, SourceLocation at) {
    ObjectShape union = new ObjectShape(source, description);
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
    // now, or once every branch is complete when one is still being read (recursion)
    deferred.runWhenComplete(union, objects, completion, at, "circular " + keyword + ": a branch is made of this schema itself");
    return union;
  }

  /**
   * A member two union branches define differently: values of different kinds become a string,
   * anything else (an object here, a value there) JSON text.
   */
  private Member conflict(SourceLocation at, String keyword, Member existing, Member member) {
    if (isOpen(member.shape())) {
      return existing;
    }
    if (isOpen(existing.shape())) {
      return member.withRequired(false);
    }
    if (existing.shape() instanceof ScalarShape a && !a.isJsonText()
        && member.shape() instanceof ScalarShape b && !b.isJsonText()) {
      reporter.warning(at, keyword + " branches give property \"" + member.name()
          + "\" different types: typed as String");
      return new Member(existing.name(), ScalarShape.of(ValueKind.STRING, existing.source()), false,
          existing.description(), existing.source());
    }
    if (existing.shape() instanceof InvalidShape || member.shape() instanceof InvalidShape) {
      return new Member(existing.name(), new InvalidShape(member.source()), false, null, existing.source());
    }
    ScalarShape text = Shapes.jsonText("property \"" + member.name() + "\" that " + keyword + " branches define as "
        + Shapes.describe(existing.shape()) + " and as " + Shapes.describe(member.shape()),
        "give it one type in every branch", existing.description(), at, reporter);
    return new Member(existing.name(), text, false, existing.description(), existing.source());
  }

  /**
   * An {@code allOf} (or {@code $ref} with sibling keywords): everything holds at once, so the
   * result is the intersection. Objects merge their members, and a member defined by several parts
   * gets the narrowest shape they allow (an enum over a plain string, a date-time over a string, an
   * integer over a number, the common values of two enums, nested objects merged); only parts that
   * contradict each other (an object and a string, two enums without a common value) are errors,
   * naming both places.
   */
  Shape merge(SchemaNode node, List<Shape> conjuncts) {
    Set<String> required = new LinkedHashSet<>(SchemaShapeReader.requiredNames(node.json()));
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
    ObjectShape firstObject = (ObjectShape) shapes.stream().filter(ObjectShape.class::isInstance).findFirst()
        .orElse(null);
    if (firstObject != null) {
      // a JSON-text part (it allows anything) leaves the objects to say what the value is, and
      // a map of other keys yields to their named properties
      shapes.removeIf(shape -> shape instanceof ScalarShape scalar && scalar.isJsonText());
      for (Shape shape : List.copyOf(shapes)) {
        if (shape instanceof ListShape map && map.item().isMapEntry()) {
          objectOverMap(firstObject, map);
          shapes.remove(shape);
        }
      }
    }
    if (shapes.stream().allMatch(ObjectShape.class::isInstance)) {
      List<ObjectShape> objects = shapes.stream().map(ObjectShape.class::cast).toList();
      SourceLocation at = node.json().has("allOf") ? node.locationOf("allOf") : node.location();
      return mergeObjects(node.location(), node.description(), objects, required, at);
    }
    Shape result = shapes.get(0);
    for (Shape next : shapes.subList(1, shapes.size())) {
      result = intersect(result, next, null);
      if (result instanceof InvalidShape) {
        return result;
      }
    }
    if (result instanceof ScalarShape scalar) {
      return new ScalarShape(scalar.kind(), scalar.enumValues(),
          node.description() != null ? node.description() : scalar.description(), node.location(), scalar.jsonText());
    }
    return result;
  }

  /**
   * The shape that satisfies both {@code a} and {@code b}, or an {@link InvalidShape} after
   * reporting that they contradict each other.
   *
   * @param property the property both define, for messages; {@code null} for whole parts
   */
  private Shape intersect(Shape a, Shape b, String property) {
    if (a == b || a instanceof InvalidShape) {
      return a;
    }
    if (b instanceof InvalidShape) {
      return b;
    }
    if (isOpen(b)) {
      // null only, or no type: the other part says what the value is
      return a;
    }
    if (isOpen(a)) {
      return b;
    }
    if (a instanceof ScalarShape x && x.isJsonText()) {
      return b;
    }
    if (b instanceof ScalarShape y && y.isJsonText()) {
      return a;
    }
    if (a instanceof ListShape map && map.item().isMapEntry() && b instanceof ObjectShape object) {
      return objectOverMap(object, map);
    }
    if (b instanceof ListShape map && map.item().isMapEntry() && a instanceof ObjectShape object) {
      return objectOverMap(object, map);
    }
    if (a instanceof ObjectShape x && b instanceof ObjectShape y) {
      return mergeObjects(x.source(), null, List.of(x, y), Set.of(), y.source());
    }
    if (a instanceof ListShape x && b instanceof ListShape y) {
      return ShapeEquivalence.equivalent(x, y)
          ? x
          : new ListShape(mergeObjects(x.item().source(), null, List.of(x.item(), y.item()), Set.of(), y.source()), x.source());
    }
    if (a instanceof ScalarShape x && b instanceof ScalarShape y) {
      ScalarShape narrowed = narrower(x, y);
      if (narrowed != null) {
        return narrowed;
      }
      if (x.kind() == y.kind()) {
        // narrower() only fails for one kind when both are enums
        return contradiction(property, "enums without a common value (" + String.join(", ", x.enumValues().values())
            + " and " + String.join(", ", y.enumValues().values()) + ")", x, y);
      }
      return contradiction(property, Shapes.describe(x) + " and " + Shapes.describe(y), x, y);
    }
    return contradiction(property, Shapes.describe(a) + " and " + Shapes.describe(b), a, b);
  }

  /**
   * An object with named properties and a map (its other keys, by {@code additionalProperties} or
   * {@code patternProperties}) in one {@code allOf}: the named properties make the Flow type; the
   * other keys are dropped, with a warning.
   */
  private Shape objectOverMap(ObjectShape object, ListShape map) {
    reporter.warning(object.source(), "allOf combines named properties with a map of other keys"
        + " (additionalProperties or patternProperties at " + map.source().place() + "): the Flow type keeps the"
        + " named properties; the other keys are not carried (declare the ones you need as properties)");
    return object;
  }

  private InvalidShape contradiction(String property, String what, Shape a, Shape b) {
    String subject = property == null ? "allOf parts are" : "allOf parts define property \"" + property + "\" as";
    reporter.error(b.source(), subject + " " + what + ", which contradict each other: one at "
        + a.source().place() + ", the other at " + b.source().place());
    return new InvalidShape(b.source());
  }

  /**
   * One object with the members of all {@code objects}; a member several define gets the
   * intersection of their shapes.
   *
   * @param required names the combining schema requires besides those the objects require
   * @param at where a cycle among the objects is reported
   */
  private ObjectShape mergeObjects(SourceLocation source, String description, List<ObjectShape> objects,
      Set<String> required, SourceLocation at) {
    ObjectShape result = new ObjectShape(source, description);
    Runnable completion = () -> {
      Set<String> allRequired = new LinkedHashSet<>(required);
      Map<String, Member> members = new LinkedHashMap<>();
      for (ObjectShape object : objects) {
        result.describeIfAbsent(object.description());
        allRequired.addAll(object.requiredNames());
        for (Member member : object.members()) {
          Member existing = members.get(member.name());
          if (existing == null) {
            members.put(member.name(), member);
          } else {
            Shape shape = ShapeEquivalence.equivalent(existing.shape(), member.shape())
                ? narrowerOfEquivalent(existing.shape(), member.shape())
                : intersect(existing.shape(), member.shape(), member.name());
            members.put(member.name(), new Member(existing.name(), shape, existing.required() || member.required(),
                existing.description() != null ? existing.description() : member.description(),
                existing.source()));
          }
        }
      }
      List<Member> merged = new ArrayList<>();
      for (Member member : members.values()) {
        merged.add(allRequired.contains(member.name()) ? member.withRequired(true) : member);
      }
      result.complete(merged);
      result.requiredNames(allRequired);
    };
    // now, or once every part is complete when one is still being read (recursion)
    deferred.runWhenComplete(result, objects, completion, at, "circular allOf: a part is made of this schema itself");
    return result;
  }

  /** Of two equivalent shapes, the one that says more (a description where the other has none). */
  private static Shape narrowerOfEquivalent(Shape a, Shape b) {
    if (a instanceof ScalarShape x && b instanceof ScalarShape y && x.description() == null && y.description() != null) {
      return y;
    }
    return a;
  }

  /** An entry that can only be {@code null}, or has no type: it does not narrow another part's type. */
  private boolean isOpen(Shape shape) {
    return shape instanceof NullShape || shape instanceof AnyShape || settledOpen.contains(shape);
  }

  /**
   * The more specific of two value types that must both hold, or {@code null} if they cannot: an
   * enum over a plain value of its kind, the common values of two enums, a date or date-time over
   * a string, an integer over a number.
   */
  private static ScalarShape narrower(ScalarShape a, ScalarShape b) {
    if (a.kind() == b.kind()) {
      if (a.enumValues() == null || b.enumValues() == null) {
        ScalarShape narrow = a.enumValues() != null ? a : b;
        ScalarShape other = narrow == a ? b : a;
        return narrow.description() == null && other.description() != null
            ? new ScalarShape(narrow.kind(), narrow.enumValues(), other.description(), narrow.source())
            : narrow;
      }
      List<String> common = new ArrayList<>(a.enumValues().values());
      common.retainAll(b.enumValues().values());
      if (common.isEmpty()) {
        return null;
      }
      if (common.size() == a.enumValues().values().size()) {
        return a;
      }
      if (common.size() == b.enumValues().values().size()) {
        return b;
      }
      EnumValues values = b.enumValues();
      // the common values are an enum of their own, named after the property that has them
      return new ScalarShape(b.kind(), new EnumValues(common, values.description(),
          a.enumValues().identity() + "&" + values.identity(), null, values.source()), b.description(), b.source());
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
}
