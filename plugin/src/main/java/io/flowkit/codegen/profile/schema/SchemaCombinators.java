package io.flowkit.codegen.profile.schema;

import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.model.ValueKind;
import io.flowkit.codegen.profile.AnyShape;
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

  SchemaCombinators(Reporter reporter, DeferredMerges deferred) {
    this.reporter = reporter;
    this.deferred = deferred;
  }

  /**
   * A {@code oneOf}/{@code anyOf}: a nullable value when one branch is left after dropping {@code
   * null} (and untyped) branches; else one object with every member of every branch, all optional,
   * with a warning; values of one kind stay that kind.
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
      // now, or once every branch is complete when one is still being read (recursion)
      deferred.runWhenComplete(union, objects, completion, at, "circular " + keyword + ": a branch is made of this schema itself");
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
      // now, or once every part is complete when one is still being read (recursion)
      deferred.runWhenComplete(result, objects, completion, at, "circular allOf: a part is made of this schema itself");
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
}
