package io.flowkit.codegen.profile;

import io.flowkit.codegen.diagnostics.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * An object with named members. Compared by identity: recursive schemas make cyclic graphs, so an
 * object is created before its members are known and {@linkplain #complete completed} once.
 */
public final class ObjectShape implements Shape {

  private final SourceLocation source;
  private String description;
  private List<Member> members;
  private boolean union;

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

  /** Completes this placeholder with what another object turned out to be. */
  public void completeFrom(ObjectShape other) {
    complete(other.members());
    if (description == null) {
      description = other.description;
    }
    union = other.union;
  }

  public boolean isComplete() {
    return members != null;
  }

  /** The members in declaration order; empty while incomplete. */
  public List<Member> members() {
    return members == null ? List.of() : members;
  }

  public Optional<Member> member(String name) {
    return members().stream().filter(m -> m.name().equals(name)).findFirst();
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
