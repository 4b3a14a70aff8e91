package io.flowkit.codegen.profile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether two shapes would give the same Flow type: the same member names, each with the same
 * kind of value (and the same enum values), nested objects and list items again the same, all the
 * way down. Descriptions and {@code required} flags do not count. Cycles are handled by assuming
 * a pair equal while it is being compared.
 */
public final class ShapeEquivalence {

  private Set<Pair> assumed = new HashSet<>();
  private final Map<Pair, Boolean> results = new HashMap<>();

  /** A comparer that remembers its answers: shapes do not change once read. */
  public ShapeEquivalence() {}

  public static boolean equivalent(Shape a, Shape b) {
    return new ShapeEquivalence().test(a, b);
  }

  /** Whether {@code a} and {@code b} would give the same Flow type. */
  public boolean test(Shape a, Shape b) {
    if (a == b) {
      return true;
    }
    if (a instanceof ObjectShape x && b instanceof ObjectShape y) {
      if (!x.signature().equals(y.signature())) {
        return false;
      }
      return results.computeIfAbsent(new Pair(x, y), pair -> {
        assumed = new HashSet<>();
        return same(x, y);
      });
    }
    return same(a, b);
  }

  private boolean same(Shape a, Shape b) {
    if (a == b) {
      return true;
    }
    if (a instanceof ObjectShape x && b instanceof ObjectShape y) {
      return sameObjects(x, y);
    }
    if (a instanceof ListShape x && b instanceof ListShape y) {
      return sameObjects(x.item(), y.item());
    }
    if (a instanceof ScalarShape x && b instanceof ScalarShape y) {
      return x.kind() == y.kind()
          && Objects.equals(
              x.enumValues() == null ? null : x.enumValues().values(),
              y.enumValues() == null ? null : y.enumValues().values());
    }
    return a instanceof InvalidShape && b instanceof InvalidShape;
  }

  private boolean sameObjects(ObjectShape x, ObjectShape y) {
    if (x == y || !assumed.add(new Pair(x, y))) {
      return true;
    }
    if (!x.signature().equals(y.signature())) {
      return false;
    }
    List<Member> left = x.members();
    List<Member> right = y.members();
    if (left.size() != right.size()) {
      return false;
    }
    for (Member member : left) {
      Member other = y.member(member.name()).orElse(null);
      if (other == null || !same(member.shape(), other.shape())) {
        return false;
      }
    }
    return true;
  }

  /** Identity pair. */
  private record Pair(ObjectShape x, ObjectShape y) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Pair p && p.x == x && p.y == y;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(x) * 31 + System.identityHashCode(y);
    }
  }
}
