package io.flowkit.runtime.wire;

/**
 * How flowkit quotes a value it was given, in a problem message, a log line or a test failure: cut
 * to a bounded length, so that a long or hostile value cannot swamp the text it stands in.
 */
public final class Abbreviations {

  /** The longest quoted value, by default. */
  public static final int DEFAULT_MAX = 64;

  private Abbreviations() {}

  /** {@code text} when at most {@value #DEFAULT_MAX} characters, else its start and {@code ...}. */
  public static String abbreviate(String text) {
    return abbreviate(text, DEFAULT_MAX);
  }

  /**
   * {@code text} when at most {@code max} characters, else its first {@code max - 3} and {@code ...}
   * ({@code max} characters in all); {@code null} stays {@code null}.
   */
  public static String abbreviate(String text, int max) {
    if (max < 4) {
      throw new IllegalArgumentException("max must be at least 4, not " + max);
    }
    return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
