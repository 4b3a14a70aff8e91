package io.flowkit.runtime.wire;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the wire names of the protocol's enumerations. A name that is not one of them is refused
 * with a message for Flow builders — the value as sent and the supported names — rather than
 * {@link Enum#valueOf}'s, which names the Java class.
 */
final class WireEnums {

  private WireEnums() {}

  /**
   * The constant named {@code name}, case-insensitively and ignoring surrounding blanks; {@code null}
   * for a {@code null} or blank name.
   *
   * @param what what the value is, for the message, e.g. {@code "criteria type"}
   * @throws IllegalArgumentException naming the value and the supported ones
   */
  static <E extends Enum<E>> E read(Class<E> type, String name, String what) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String wanted = name.trim().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "the " + what + " '" + Abbreviations.abbreviate(name.trim()) + "' is not supported; supported: "
            + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }
}
