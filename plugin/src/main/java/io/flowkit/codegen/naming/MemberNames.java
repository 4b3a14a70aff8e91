package io.flowkit.codegen.naming;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unique record-component names for the Flow names of one record.
 *
 * <p>Each name tries, in order: its {@linkplain JavaNames#memberName lowerCamelCase} form; the
 * name itself when it already is a legal component name ({@code first_name}); the lowerCamelCase
 * of its {@linkplain Words#spelled spelled} words ({@code First Name} → {@code firstSpaceName});
 * and, as a last resort, the first form with a numeric suffix from 2. A name whose first form is
 * itself ({@code firstName}) always gets it; the others are served in the order given.
 */
public final class MemberNames {

  private MemberNames() {}

  /**
   * @param flowNames distinct names, in the order ties are decided (callers pass them sorted)
   * @return every name mapped to its component name, in the given order
   */
  public static Map<String, String> allocate(List<String> flowNames) {
    Set<String> taken = new HashSet<>();
    Map<String, String> result = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    for (String name : flowNames) {
      String first = JavaNames.memberName(name);
      if (first.equals(name) && taken.add(first)) {
        result.put(name, first);
      } else {
        rest.add(name);
      }
    }
    for (String name : rest) {
      result.put(name, claim(name, taken));
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    flowNames.forEach(name -> ordered.put(name, result.get(name)));
    return ordered;
  }

  private static String claim(String name, Set<String> taken) {
    String first = JavaNames.memberName(name);
    List<String> candidates = new ArrayList<>(List.of(first));
    if (JavaNames.isMemberName(name)) {
      candidates.add(name);
    }
    candidates.add(JavaNames.memberName(Words.spelled(name)));
    for (String candidate : candidates) {
      if (taken.add(candidate)) {
        return candidate;
      }
    }
    for (int n = 2; ; n++) {
      if (taken.add(first + n)) {
        return first + n;
      }
    }
  }
}
