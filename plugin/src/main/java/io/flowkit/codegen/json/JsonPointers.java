package io.flowkit.codegen.json;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** RFC 6901 JSON pointers as strings: {@code ""} is the root, {@code /a~1b/0} a nested value. */
public final class JsonPointers {

  private JsonPointers() {}

  /** {@code pointer} extended by one object key or array index. */
  public static String append(String pointer, String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  public static String append(String pointer, int index) {
    return pointer + "/" + index;
  }

  /**
   * The pointer in a URI fragment ({@code #/definitions/My%20Type}): percent-decoded, as RFC 6901
   * §6 prescribes. A {@code +} stays a plus.
   */
  public static String fromFragment(String fragment) {
    return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The last token of a pointer, unescaped; {@code ""} for the root. */
  public static String lastToken(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? "" : pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
  }
}
