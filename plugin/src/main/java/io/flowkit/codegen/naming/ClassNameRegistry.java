package io.flowkit.codegen.naming;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The simple class names taken in one Java package. A generated owner (a type, an action, a
 * service) claims a <em>base</em> name together with every class name derived from it ({@code
 * CreateOrder} → {@code CreateOrderAction}, {@code CreateOrderRequest}, …), so derived names can
 * never collide either.
 *
 * <p>Names are compared ignoring case, because {@code Ticket.java} and {@code TICKET.java} are the
 * same file on case-insensitive file systems. The {@code java.lang} classes generated code refers
 * to are taken from the start, so a profile type named {@code String} cannot shadow them.
 */
public final class ClassNameRegistry {

  /** {@code java.lang} names generated code may use unqualified. */
  static final List<String> JAVA_LANG =
      List.of(
          "Boolean", "Byte", "Character", "CharSequence", "Class", "Comparable", "Deprecated",
          "Double", "Enum", "Error", "Exception", "Float", "FunctionalInterface", "Integer",
          "Iterable", "Long", "Math", "Number", "Object", "Override", "Record", "Runnable",
          "RuntimeException", "SafeVarargs", "Short", "String", "StringBuilder",
          "SuppressWarnings", "System", "Thread", "Throwable", "Void",
          "IllegalArgumentException", "IllegalStateException", "NullPointerException",
          "UnsupportedOperationException");

  private final Set<String> taken = new HashSet<>();

  public ClassNameRegistry() {
    JAVA_LANG.forEach(name -> taken.add(key(name)));
  }

  /** Whether {@code name} is still free. */
  public boolean isFree(String name) {
    return !taken.contains(key(name));
  }

  /**
   * Claims the first of {@code bases} whose derived names ({@code base + suffix} for every suffix;
   * {@code ""} stands for the base itself) are all free. When none is, the first base gets the
   * smallest numeric suffix from 2 that makes them free: a last resort that names made of words
   * and paths practically never reach.
   *
   * @return the claimed base
   */
  public String claim(List<String> bases, List<String> suffixes) {
    Set<String> candidates = new LinkedHashSet<>(bases);
    for (String base : candidates) {
      if (allFree(base, suffixes)) {
        reserve(base, suffixes);
        return base;
      }
    }
    String first = bases.get(0);
    for (int n = 2; ; n++) {
      String base = first + n;
      if (allFree(base, suffixes)) {
        reserve(base, suffixes);
        return base;
      }
    }
  }

  private boolean allFree(String base, List<String> suffixes) {
    return suffixes.stream().allMatch(suffix -> isFree(base + suffix));
  }

  private void reserve(String base, List<String> suffixes) {
    suffixes.forEach(suffix -> taken.add(key(base + suffix)));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
