package io.flowkit.management;

import java.util.regex.Pattern;

/**
 * Makes a refusal's message fit to show on a management page. The runtime has already taken the
 * call's secret configuration values out of it; this also hides what looks like a credential the
 * caller may have echoed (long runs of token characters, e-mail addresses) and bounds its length.
 */
final class ErrorMasking {

  /**
   * Tokens, keys, JWT parts and ids: 20 or more characters of the Base64 / hex alphabets in a row,
   * with both letters and digits (so that paths and words such as {@code create-order} stay).
   */
  private static final Pattern TOKEN_LIKE =
      Pattern.compile("(?<![A-Za-z0-9+/_=-])(?=[A-Za-z0-9+/_=-]*\\d)(?=[A-Za-z0-9+/_=-]*[A-Za-z])[A-Za-z0-9+/_=-]{20,}");

  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  static final String MASK = "[masked]";

  private static final int MAX_LENGTH = 300;

  private ErrorMasking() {}

  static String mask(String message) {
    if (message == null) {
      return "";
    }
    String masked = EMAIL.matcher(message).replaceAll(MASK);
    masked = TOKEN_LIKE.matcher(masked).replaceAll(MASK);
    masked = masked.replaceAll("\\p{Cntrl}", " ");
    return masked.length() > MAX_LENGTH ? masked.substring(0, MAX_LENGTH) + "…" : masked;
  }
}
