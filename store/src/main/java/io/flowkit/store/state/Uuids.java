package io.flowkit.store.state;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads UUIDs only in their canonical 8-4-4-4-12 hexadecimal form ({@link UUID#fromString} also
 * takes forms like {@code 1-1-1-1-1}, which no platform sends).
 */
public final class Uuids {

  private static final Pattern CANONICAL =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Uuids() {}

  /** The UUID {@code text} spells, or {@code null} when it is not a canonical UUID. */
  public static UUID parseOrNull(String text) {
    if (text == null || text.length() != 36 || !CANONICAL.matcher(text).matches()) {
      return null;
    }
    return UUID.fromString(text);
  }
}
