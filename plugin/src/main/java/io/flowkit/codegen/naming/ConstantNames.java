package io.flowkit.codegen.naming;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unique enum-constant names for the values of one enum.
 *
 * <p>Each value tries, in order: the {@linkplain JavaNames#constantName UPPER_SNAKE_CASE} of its
 * words ({@code in progress} → {@code IN_PROGRESS}); of its {@linkplain Words#spelled spelled}
 * words ({@code in-progress} → {@code IN_DASH_PROGRESS}); that form followed by the value's letter
 * case ({@code _LOWER}, {@code _UPPER} or {@code _MIXED}, so {@code open} next to {@code OPEN}
 * becomes {@code OPEN_LOWER}); and, as a last resort, the first form with {@code _2}, {@code _3},
 * …. A value that is already its own constant name ({@code IN_PROGRESS}) always gets it; the
 * others are served in the order the schema lists them.
 */
public final class ConstantNames {

  private ConstantNames() {}

  /**
   * @param values distinct values in schema order
   * @return every value mapped to its constant name, in the given order
   */
  public static Map<String, String> allocate(List<String> values) {
    Set<String> taken = new HashSet<>();
    Map<String, String> result = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    for (String value : values) {
      String first = JavaNames.constantName(value);
      if (first.equals(value) && taken.add(first)) {
        result.put(value, first);
      } else {
        rest.add(value);
      }
    }
    for (String value : rest) {
      result.put(value, claim(value, taken));
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    values.forEach(value -> ordered.put(value, result.get(value)));
    return ordered;
  }

  private static String claim(String value, Set<String> taken) {
    String first = JavaNames.constantName(value);
    String spelled = value.isEmpty() ? first : JavaNames.constantName(Words.spelled(value));
    List<String> candidates = List.of(first, spelled, spelled + "_" + letterCase(value));
    for (String candidate : candidates) {
      if (taken.add(candidate)) {
        return candidate;
      }
    }
    for (int n = 2; ; n++) {
      if (taken.add(first + "_" + n)) {
        return first + "_" + n;
      }
    }
  }

  private static String letterCase(String value) {
    boolean upper = value.codePoints().anyMatch(Character::isUpperCase);
    boolean lower = value.codePoints().anyMatch(Character::isLowerCase);
    if (upper && lower) {
      return "MIXED";
    }
    return upper ? "UPPER" : "LOWER";
  }
}
