package io.flowkit.codegen.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a Flow name into the words Java names are built from.
 *
 * <p>The algorithm, in order:
 *
 * <ol>
 *   <li>accents are removed (Unicode NFD, combining marks dropped), so {@code Größe} reads {@code
 *       Grosse} and {@code café} reads {@code cafe}; other letters and digits of any script are
 *       kept, as Java allows them;
 *   <li>a leading {@code +} or {@code -} directly before a digit becomes the word {@code plus} or
 *       {@code minus}, so {@code +1} and {@code -1} stay distinct;
 *   <li>every other character that is not a letter or digit separates words;
 *   <li>inside a run of letters and digits, a word also ends before an upper-case letter that
 *       follows a lower-case letter or digit ({@code postCode} → {@code post Code}) and before the
 *       last upper-case letter of an upper-case run followed by a lower-case one ({@code XMLHttp} →
 *       {@code XML Http}).
 * </ol>
 *
 * <p>The <em>spelled</em> variant keeps every separator as a word of its own ({@code first_name} →
 * {@code first underscore name}); it is the tie-breaker when two names give the same plain words.
 */
public final class Words {

  private static final Map<Character, String> SYMBOLS =
      Map.ofEntries(
          Map.entry(' ', "space"),
          Map.entry('_', "underscore"),
          Map.entry('-', "dash"),
          Map.entry('.', "dot"),
          Map.entry('$', "dollar"),
          Map.entry('+', "plus"),
          Map.entry('@', "at"),
          Map.entry('#', "hash"),
          Map.entry('%', "percent"),
          Map.entry('&', "and"),
          Map.entry('*', "star"),
          Map.entry('/', "slash"),
          Map.entry('\\', "backslash"),
          Map.entry(':', "colon"),
          Map.entry(';', "semicolon"),
          Map.entry(',', "comma"),
          Map.entry('!', "bang"),
          Map.entry('?', "question"),
          Map.entry('\'', "quote"),
          Map.entry('"', "double quote"),
          Map.entry('(', "open paren"),
          Map.entry(')', "close paren"),
          Map.entry('[', "open bracket"),
          Map.entry(']', "close bracket"),
          Map.entry('{', "open brace"),
          Map.entry('}', "close brace"),
          Map.entry('<', "less"),
          Map.entry('>', "greater"),
          Map.entry('=', "equals"),
          Map.entry('~', "tilde"),
          Map.entry('`', "backtick"),
          Map.entry('^', "caret"),
          Map.entry('|', "pipe"),
          Map.entry('\t', "tab"));

  private Words() {}

  /** The plain words of a name: separators dropped. */
  public static List<String> of(String name) {
    return split(name, false);
  }

  /** The words of a name with every separator spelled out as a word. */
  public static List<String> spelled(String name) {
    return split(name, true);
  }

  /** {@code name} without accents: NFD-decomposed, combining marks removed, {@code ß} → {@code ss}. */
  public static String stripAccents(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (cp == 'ß') {
        out.append("ss");
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static List<String> split(String name, boolean spellSeparators) {
    String text = stripAccents(name);
    List<String> words = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int i = 0;
    if (!spellSeparators && text.length() > 1 && (text.charAt(0) == '+' || text.charAt(0) == '-')
        && Character.isDigit(text.charAt(1))) {
      words.add(text.charAt(0) == '+' ? "plus" : "minus");
      i = 1;
    }
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) && Character.isJavaIdentifierPart(cp)) {
        run.appendCodePoint(cp);
        continue;
      }
      splitRun(run, words);
      run.setLength(0);
      if (spellSeparators) {
        String spelled = cp < 0x10000 ? SYMBOLS.get((char) cp) : null;
        if (spelled == null) {
          spelled = "u" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        }
        words.addAll(List.of(spelled.split(" ")));
      }
    }
    splitRun(run, words);
    return words;
  }

  /** Splits a run of letters and digits at case humps. */
  private static void splitRun(CharSequence run, List<String> words) {
    int start = 0;
    int n = run.length();
    for (int i = 1; i < n; i++) {
      char previous = run.charAt(i - 1);
      char current = run.charAt(i);
      boolean hump = Character.isUpperCase(current)
          && (Character.isLowerCase(previous) || Character.isDigit(previous));
      boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(current)
          && i + 1 < n && Character.isLowerCase(run.charAt(i + 1));
      if (hump || acronymEnd) {
        words.add(run.subSequence(start, i).toString());
        start = i;
      }
    }
    if (start < n) {
      words.add(run.subSequence(start, n).toString());
    }
  }
}
