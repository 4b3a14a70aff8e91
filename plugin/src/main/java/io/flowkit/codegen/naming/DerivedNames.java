package io.flowkit.codegen.naming;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java identifiers derived from the model's (already unique) Java names by the emitters: fields and
 * builder methods ({@code CreateOrder} → {@code createOrder}), constants ({@code assignedTo} →
 * {@code ASSIGNED_TO}), and the last check that a record component name compiles.
 */
public final class DerivedNames {

  /** Names a builder method must not take: they would read as, or overload, something else. */
  private static final Set<String> RESERVED_METHOD_NAMES =
      Set.of(
          "build", "builder", "clone", "equals", "finalize", "getClass", "hashCode", "notify",
          "notifyAll", "toString", "wait");

  /** Keywords of a fixed release, so that the output does not depend on the JDK running the build. */
  private static final SourceVersion KEYWORDS_OF = SourceVersion.RELEASE_17;

  private DerivedNames() {}

  /**
   * {@code CreateOrder} → {@code createOrder}; a leading acronym is lowered as a word ({@code
   * URLCheck} → {@code urlCheck}, {@code ABC} → {@code abc}).
   */
  public static String lowerCamel(String javaName) {
    int upper = 0;
    while (upper < javaName.length() && Character.isUpperCase(javaName.charAt(upper))) {
      upper++;
    }
    if (upper == 0) {
      return javaName;
    }
    int lowered = upper == javaName.length() || upper == 1 ? upper : upper - 1;
    return javaName.substring(0, lowered).toLowerCase(Locale.ROOT) + javaName.substring(lowered);
  }

  /** {@code assignedTo} → {@code ASSIGNED_TO}, {@code urlValue2} → {@code URL_VALUE2}. */
  public static String upperSnake(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 8);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char previous = javaName.charAt(i - 1);
        boolean nextIsLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        if (Character.isLowerCase(previous)
            || Character.isDigit(previous)
            || (Character.isUpperCase(previous) && nextIsLower)) {
          out.append('_');
        }
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }

  /** Whether {@code name} can be a builder method without reading as a keyword or an inherited method. */
  public static boolean isUsableMethodName(String name) {
    return SourceVersion.isIdentifier(name)
        && !SourceVersion.isKeyword(name, KEYWORDS_OF)
        && !RESERVED_METHOD_NAMES.contains(name);
  }

  /**
   * Fails fast on a model whose component name javac would reject or warn about (see {@link
   * JavaNames#isMemberName}).
   */
  public static void checkComponentName(String owner, String name) {
    if (!JavaNames.isMemberName(name)) {
      throw new IllegalArgumentException(
          "'" + name + "' cannot be a component of the record " + owner);
    }
  }
}
