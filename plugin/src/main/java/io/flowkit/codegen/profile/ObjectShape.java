package io.flowkit.codegen.profile;

import io.flowkit.codegen.diagnostics.SourceLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An object with named members. Compared by identity: recursive schemas make cyclic graphs, so an
 * object is created before its members are known and {@linkplain #complete completed} once.
 */
public final class ObjectShape implements Shape {

  private final SourceLocation source;
  private String description;
  private List<Member> members;
  private Map<String, Member> byName;
  private String signature;
  private boolean union;
  private boolean mapEntry;
  private String jsonTextOf;
  private Set<String> requiredNames = Set.of();

  public ObjectShape(SourceLocation source, String description) {
    this.source = source;
    this.description = description;
  }

  /** A complete object. */
  public static ObjectShape of(SourceLocation source, String description, List<Member> members) {
    ObjectShape shape = new ObjectShape(source, description);
    shape.complete(members);
    return shape;
  }

  /** Sets the members; once. */
  public void complete(List<Member> members) {
    if (this.members != null) {
      throw new IllegalStateException("object at " + source + " is already complete");
    }
    this.members = List.copyOf(members);
  }

  /**
   * Replaces the members of a complete object, for the few members that are settled after every
   * object is known (free-form objects become JSON text).
   */
  public void replaceMembers(List<Member> replacement) {
    if (members == null) {
      throw new IllegalStateException("object at " + source + " is not complete");
    }
    members = List.copyOf(replacement);
    byName = null;
    signature = null;
  }

  /** Completes this placeholder with what another object turned out to be. */
  public void completeFrom(ObjectShape other) {
    complete(other.members());
    if (description == null) {
      description = other.description;
    }
    union = other.union;
    requiredNames = other.requiredNames;
  }

  /**
   * Every name the schema's {@code required} lists, including names of members defined elsewhere
   * (an {@code allOf} part may require a member another part declares).
   */
  public Set<String> requiredNames() {
    return requiredNames;
  }

  public void requiredNames(Set<String> names) {
    requiredNames = Set.copyOf(names);
  }

  public boolean isComplete() {
    return members != null;
  }

  /** The members in declaration order; empty while incomplete. */
  public List<Member> members() {
    return members == null ? List.of() : members;
  }

  public Optional<Member> member(String name) {
    if (members == null) {
      return Optional.empty();
    }
    if (byName == null) {
      Map<String, Member> map = new HashMap<>();
      members.forEach(m -> map.putIfAbsent(m.name(), m));
      byName = map;
    }
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The member names with the kind of each value, in name order: objects with different
   * signatures are never equivalent, so most comparisons stop here. Only for complete objects.
   */
  public String signature() {
    if (signature == null) {
      Map<String, Character> kinds = new TreeMap<>();
      for (Member member : members()) {
        Shape shape = member.shape();
        char kind = shape instanceof ObjectShape ? 'O'
            : shape instanceof ListShape ? 'L'
            : shape instanceof ScalarShape scalar ? (char) ('a' + scalar.kind().ordinal())
            : '?';
        kinds.put(member.name(), kind);
      }
      StringBuilder text = new StringBuilder();
      kinds.forEach((name, kind) -> text.append(name).append('\u0000').append(kind));
      signature = text.toString();
    }
    return signature;
  }

  /** Sets the description unless it has one. */
  public void describeIfAbsent(String text) {
    if (description == null) {
      description = text;
    }
  }

  public String description() {
    return description;
  }

  /** Whether it merges the branches of a {@code oneOf}/{@code anyOf}. */
  public boolean isUnion() {
    return union;
  }

  public void markUnion() {
    union = true;
  }

  /** Whether it is the key/value entry of a map ({@code additionalProperties}, {@code patternProperties}). */
  public boolean isMapEntry() {
    return mapEntry;
  }

  public void markMapEntry() {
    mapEntry = true;
  }

  /**
   * For a placeholder whose schema turned out to be JSON text (a recursive schema of values, lists
   * and objects): what that text holds; else {@code null}.
   */
  public String jsonTextOf() {
    return jsonTextOf;
  }

  /** Completes this placeholder as a stand-in for the JSON text of {@code what}. */
  public void completeAsJsonText(String what) {
    complete(List.of());
    jsonTextOf = what;
  }

  @Override
  public SourceLocation source() {
    return source;
  }

  @Override
  public String toString() {
    return "ObjectShape" + (members == null ? "(incomplete)" : members.stream().map(Member::name).toList())
        + " at " + source;
  }
}
