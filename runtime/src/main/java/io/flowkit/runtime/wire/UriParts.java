package io.flowkit.runtime.wire;

/**
 * The one spelling of a message action's {@code uriPart}: the platform joins it to the service URL
 * with slashes of its own, so {@code "/create-order/"} and {@code "create-order"} name the same
 * action, and every table, route and metric keys it without leading or trailing slashes.
 */
public final class UriParts {

  private UriParts() {}

  /** {@code uriPart} without leading and trailing slashes; {@code null} becomes {@code ""}. */
  public static String normalize(String uriPart) {
    if (uriPart == null) {
      return "";
    }
    int start = 0;
    int end = uriPart.length();
    while (start < end && uriPart.charAt(start) == '/') {
      start++;
    }
    while (end > start && uriPart.charAt(end - 1) == '/') {
      end--;
    }
    return uriPart.substring(start, end);
  }
}
