package io.flowkit.codegen.profile.sample;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.codegen.descriptor.ProfileReference;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.json.JsonDocument;
import io.flowkit.codegen.json.JsonDocuments;
import io.flowkit.codegen.json.JsonPointers;
import io.flowkit.codegen.model.ValueKind;
import io.flowkit.codegen.profile.InvalidShape;
import io.flowkit.codegen.profile.Member;
import io.flowkit.codegen.profile.NullShape;
import io.flowkit.codegen.profile.ObjectShape;
import io.flowkit.codegen.profile.ProfileOptions;
import io.flowkit.codegen.profile.ScalarShape;
import io.flowkit.codegen.profile.Shape;
import io.flowkit.codegen.profile.Shapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Infers shapes from a sample document, as Boomi's JSON import does: an integral number is an
 * integer and any other number a decimal (both Flow numbers), {@code true}/{@code false} a
 * boolean, an ISO date-time string a date-time (an ISO date a date), any other string a string,
 * an object an object, and an array of objects a list whose item merges the members of every
 * element. A value seen only as {@code null} is a string, with a warning; an empty array is an
 * error, since nothing says what it holds. An integer too large for a {@code Long} is a decimal; a
 * date without a time gets a warning (spec E13: Flow and its Services Server carry date-times).
 */
public final class SampleShapeReader {

  private final JsonDocuments documents;
  private final ProfileOptions options;
  private final Reporter reporter;

  public SampleShapeReader(JsonDocuments documents, ProfileOptions options, Reporter reporter) {
    this.documents = documents;
    this.options = options;
    this.reporter = reporter;
  }

  /** The shape of a sample profile, or empty when it could not be read (reported). */
  public Optional<Shape> read(ProfileReference reference) {
    Optional<JsonDocument> loaded = documents.load(reference.file(), reference.source(), "profile", reporter);
    if (loaded.isEmpty()) {
      return Optional.empty();
    }
    JsonDocument document = loaded.get();
    String pointer = "";
    JsonNode root = document.root();
    if (reference.fragment() != null && !reference.fragment().isEmpty()) {
      pointer = JsonPointers.fromFragment(reference.fragment());
      try {
        root = pointer.startsWith("/") ? root.at(JsonPointer.compile(pointer)) : null;
      } catch (IllegalArgumentException e) {
        root = null;
      }
      if (root == null || root.isMissingNode()) {
        reporter.error(reference.source(), "\"" + reference.written() + "\" does not resolve: "
            + document.shownFile().toString().replace('\\', '/') + " has nothing at " + pointer);
        return Optional.empty();
      }
    }
    return Optional.of(Shapes.settle(toShape(infer(document, root, pointer, 0)), reporter));
  }

  /** What one value (or several merged) showed. */
  private sealed interface Seen permits SeenValue, SeenObject, SeenArray, SeenInvalid {
    SourceLocation source();
  }

  /** A simple value; {@code kind} is {@code null} for {@code null}. */
  private record SeenValue(ValueKind kind, SourceLocation source) implements Seen {}

  private record SeenObject(Map<String, Seen> members, SourceLocation source) implements Seen {}

  private record SeenArray(Seen item, SourceLocation source) implements Seen {}

  private record SeenInvalid(SourceLocation source) implements Seen {}

  private Seen infer(JsonDocument document, JsonNode node, String pointer, int depth) {
    SourceLocation at = document.locate(node, pointer);
    if (node.isObject()) {
      int level = depth + 1;
      if (level > options.maxDepth()) {
        reporter.error(at, "objects nest more than " + options.maxDepth()
            + " levels deep here (the maxDepth limit); flatten the sample or raise maxDepth");
        return new SeenInvalid(at);
      }
      Map<String, Seen> members = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        members.put(field.getKey(),
            infer(document, field.getValue(), JsonPointers.append(pointer, field.getKey()), level));
      }
      return new SeenObject(members, at);
    }
    if (node.isArray()) {
      if (node.isEmpty()) {
        reporter.error(at, "an empty array: the type of its items is unknown (add an example item)");
        return new SeenInvalid(at);
      }
      Seen item = null;
      for (int i = 0; i < node.size(); i++) {
        Seen next = infer(document, node.get(i), JsonPointers.append(pointer, i), depth);
        item = item == null ? next : merge(item, next);
      }
      return new SeenArray(item, at);
    }
    if (node.isTextual()) {
      return new SeenValue(SampleValues.kindOf(node.asText()), at);
    }
    if (node.isNumber()) {
      // an integer too large for a Long is still a Flow number, held as a BigDecimal
      return new SeenValue(node.isIntegralNumber() && node.canConvertToLong() ? ValueKind.INTEGER : ValueKind.DECIMAL, at);
    }
    if (node.isBoolean()) {
      return new SeenValue(ValueKind.BOOLEAN, at);
    }
    return new SeenValue(null, at);
  }

  /** What two elements of one array (or members of such elements) showed together. */
  private Seen merge(Seen first, Seen second) {
    if (first instanceof SeenInvalid) {
      return second;
    }
    if (second instanceof SeenInvalid) {
      return first;
    }
    if (first instanceof SeenValue a && a.kind() == null) {
      return second;
    }
    if (second instanceof SeenValue b && b.kind() == null) {
      return first;
    }
    if (first instanceof SeenValue a && second instanceof SeenValue b) {
      return new SeenValue(mergeKinds(a, b), a.source());
    }
    if (first instanceof SeenObject a && second instanceof SeenObject b) {
      Map<String, Seen> members = new LinkedHashMap<>(a.members());
      b.members().forEach((key, value) -> members.merge(key, value, this::merge));
      return new SeenObject(members, a.source());
    }
    if (first instanceof SeenArray a && second instanceof SeenArray b) {
      return new SeenArray(merge(a.item(), b.item()), a.source());
    }
    reporter.error(second.source(), "the elements of an array differ: " + word(first) + " at "
        + first.source().pointer() + ", " + word(second) + " here (Flow lists hold objects of one type)");
    return new SeenInvalid(first.source());
  }

  private ValueKind mergeKinds(SeenValue a, SeenValue b) {
    if (a.kind() == b.kind()) {
      return a.kind();
    }
    if (isNumber(a.kind()) && isNumber(b.kind())) {
      return ValueKind.DECIMAL;
    }
    if (isDate(a.kind()) && isDate(b.kind())) {
      return ValueKind.DATE_TIME;
    }
    reporter.warning(b.source(), "the examples of this value differ in type (" + Shapes.kindWord(a.kind())
        + " at " + a.source().pointer() + ", " + Shapes.kindWord(b.kind()) + " here): typed as String");
    return ValueKind.STRING;
  }

  private static boolean isNumber(ValueKind kind) {
    return kind == ValueKind.INTEGER || kind == ValueKind.DECIMAL;
  }

  private static boolean isDate(ValueKind kind) {
    return kind == ValueKind.DATE || kind == ValueKind.DATE_TIME;
  }

  private static String word(Seen seen) {
    if (seen instanceof SeenObject) {
      return "an object";
    }
    return seen instanceof SeenArray ? "an array" : "a value";
  }

  private Shape toShape(Seen seen) {
    if (seen instanceof SeenValue value) {
      if (value.kind() == ValueKind.DATE) {
        reporter.warning(value.source(), "a date without a time: typed as LocalDate and sent to Flow as midnight UTC,"
            + " while the Flow Services Server expects date/times as yyyy-MM-dd'T'HH:mm:ss.SSS'Z' (write a full"
            + " date-time if a time is meant; a schema with \"format\": \"date\" declares a date without this warning)");
      }
      return value.kind() == null ? new NullShape(value.source()) : ScalarShape.of(value.kind(), value.source());
    }
    if (seen instanceof SeenObject object) {
      List<Member> members = new ArrayList<>();
      object.members().forEach((key, value) -> {
        Shape shape = Shapes.settle(toShape(value), reporter);
        members.add(new Member(key, shape, false, null, value.source()));
      });
      return ObjectShape.of(object.source(), null, members);
    }
    if (seen instanceof SeenArray array) {
      if (array.item() instanceof SeenArray) {
        reporter.error(array.source(), "an array of arrays is not supported: Flow lists hold objects");
        return new InvalidShape(array.source());
      }
      return Shapes.listOf(toShape(array.item()), array.source(), options, reporter);
    }
    return new InvalidShape(seen.source());
  }
}
