package io.flowkit.codegen.emit;

/**
 * Makes free text from profiles and descriptors safe inside generated Javadoc. Text from the
 * outside could otherwise end the comment ({@code *}{@code /}), start a block tag ({@code @}),
 * inject markup, or smuggle in a unicode escape that javac would decode before parsing.
 */
final class JavadocText {

  private JavadocText() {}

  /** Free text (a description or summary) as Javadoc HTML; {@code null} reads as empty. */
  static String text(String text) {
    if (text == null) {
      return "";
    }
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    StringBuilder out = new StringBuilder(normalized.length() + 16);
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && normalized.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A Flow name, JSON name or path as inline code: {@code {@code …}} when that is safe, otherwise
   * escaped HTML in {@code <code>} (braces would unbalance the inline tag).
   */
  static String code(String name) {
    boolean plain =
        name.indexOf('{') < 0
            && name.indexOf('}') < 0
            && name.indexOf('\\') < 0
            && name.indexOf('\n') < 0
            && name.indexOf('\r') < 0
            && !name.contains("*/")
            && !name.startsWith("@")
            && !name.isBlank();
    return plain ? "{@code " + name + "}" : "<code>" + text(name) + "</code>";
  }

  /** Text for a {@code //} comment: javac decodes unicode escapes there too. */
  static String lineComment(String text) {
    return text.replace("\\", "\\\\").replace('\n', ' ').replace('\r', ' ');
  }

  /** {@code text} ending in a full stop, so it reads as a sentence in a summary line. */
  static String sentence(String text) {
    String escaped = text(text);
    if (escaped.isEmpty() || escaped.endsWith(".") || escaped.endsWith("!") || escaped.endsWith("?")) {
      return escaped;
    }
    return escaped + ".";
  }
}
