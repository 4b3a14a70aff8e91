package io.flowkit.codegen.naming;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The casing rules that turn {@link Words} into Java identifiers and URI parts.
 *
 * <ul>
 *   <li>Class names ({@link #typeName}) are UpperCamelCase: every word starts upper-case; a word
 *       that is entirely upper-case is treated as one word ({@code REQUEST} → {@code Request},
 *       {@code ID} → {@code Id}).
 *   <li>Members ({@link #memberName}) are lowerCamelCase, the first word entirely lower-case.
 *   <li>A name that would start with a digit gets a leading {@code _} ({@code 1st} → {@code _1st}).
 *   <li>A member that is a Java keyword or literal, {@code _}, or a name a record component may not
 *       have ({@code hashCode}, {@code toString}, …, and {@code java}) gets a trailing {@code _}
 *       ({@code class_}).
 *   <li>A name without any letter or digit uses its {@linkplain Words#spelled spelled} words
 *       ({@code %} → {@code percent}).
 *   <li>Enum constants ({@link #constantName}) are UPPER_SNAKE_CASE of the words; a leading digit
 *       gets the prefix {@code VALUE_}; the empty string is {@code EMPTY}.
 * </ul>
 */
public final class JavaNames {

  /** Java keywords, reserved literals and {@code _}: never a usable identifier. */
  static final Set<String> KEYWORDS =
      Set.of(
          "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
          "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
          "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
          "interface", "long", "native", "new", "package", "private", "protected", "public",
          "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
          "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
          "null", "_", "var", "yield", "record", "sealed", "permits", "non-sealed");

  /**
   * Names a record component may not have, besides keywords: the methods of {@code Object} its
   * accessor would clash with or override (JLS §8.10.1), and {@code java}, which as a variable would
   * obscure the package in the qualified names generated code writes when a generated class shadows
   * a JDK one ({@code java.util.List.copyOf(java)}, JLS §6.4.2).
   */
  static final Set<String> ILLEGAL_COMPONENTS =
      Set.of(
          "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait", "java");

  private JavaNames() {}

  /** UpperCamelCase class name for {@code name}. */
  public static String typeName(String name) {
    return typeName(wordsOrSpelled(name));
  }

  /** UpperCamelCase of the given words. */
  public static String typeName(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      out.append(capitalize(word));
    }
    return leadingDigit(out.toString());
  }

  /** lowerCamelCase member name for {@code name}, never a keyword. */
  public static String memberName(String name) {
    return memberName(wordsOrSpelled(name));
  }

  /** lowerCamelCase of the given words, never a keyword. */
  public static String memberName(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      out.append(i == 0 ? word.toLowerCase(Locale.ROOT) : capitalize(word));
    }
    return safeMember(leadingDigit(out.toString()));
  }

  /** UPPER_SNAKE_CASE enum constant for a value. */
  public static String constantName(String value) {
    if (value.isEmpty()) {
      return "EMPTY";
    }
    return constantName(wordsOrSpelled(value));
  }

  /** UPPER_SNAKE_CASE of the given words. */
  public static String constantName(List<String> words) {
    StringJoiner joined = new StringJoiner("_");
    for (String word : words) {
      joined.add(word.toUpperCase(Locale.ROOT));
    }
    String name = joined.toString();
    if (name.isEmpty()) {
      return "EMPTY";
    }
    return Character.isDigit(name.charAt(0)) ? "VALUE_" + name : name;
  }

  /**
   * The kebab-case form used in URI parts: ASCII letters and digits of the words, lower-cased,
   * joined by {@code -}; empty when the name has no ASCII letter or digit.
   */
  public static String kebabCase(String name) {
    StringJoiner joined = new StringJoiner("-");
    for (String word : Words.of(name)) {
      StringBuilder ascii = new StringBuilder();
      for (char c : word.toCharArray()) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
          ascii.append(Character.toLowerCase(c));
        }
      }
      if (ascii.length() > 0) {
        joined.add(ascii);
      }
    }
    return joined.toString();
  }

  /** Whether {@code name} is a valid Java identifier that is not a keyword or literal. */
  public static boolean isIdentifier(String name) {
    if (name.isEmpty() || KEYWORDS.contains(name)) {
      return false;
    }
    if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints().allMatch(Character::isJavaIdentifierPart)
        && name.codePoints().noneMatch(Character::isIdentifierIgnorable);
  }

  /** Whether {@code name} may be a record component name. */
  public static boolean isMemberName(String name) {
    return isIdentifier(name) && !ILLEGAL_COMPONENTS.contains(name);
  }

  /** Whether {@code name} is a valid, keyword-free, dot-separated Java package name. */
  public static boolean isPackageName(String name) {
    if (name.isEmpty() || name.startsWith(".") || name.endsWith(".")) {
      return false;
    }
    for (String part : name.split("\\.", -1)) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }

  static List<String> wordsOrSpelled(String name) {
    List<String> words = Words.of(name);
    return words.isEmpty() ? Words.spelled(name) : words;
  }

  static String capitalize(String word) {
    if (word.isEmpty()) {
      return word;
    }
    boolean allUpper = word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    String rest = word.substring(word.offsetByCodePoints(0, 1));
    if (allUpper && word.codePoints().filter(Character::isLetter).count() > 1) {
      rest = rest.toLowerCase(Locale.ROOT);
    }
    int first = Character.toUpperCase(word.codePointAt(0));
    return new StringBuilder().appendCodePoint(first).append(rest).toString();
  }

  private static String leadingDigit(String name) {
    return !name.isEmpty() && Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }

  private static String safeMember(String name) {
    if (name.isEmpty()) {
      return "value";
    }
    return KEYWORDS.contains(name) || ILLEGAL_COMPONENTS.contains(name) ? name + "_" : name;
  }
}
