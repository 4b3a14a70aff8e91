package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The nine content types Flow knows on the wire; written as their text, read case-insensitively. */
public enum ContentType {
  STRING("ContentString"),
  NUMBER("ContentNumber"),
  BOOLEAN("ContentBoolean"),
  DATE_TIME("ContentDateTime"),
  CONTENT("ContentContent"),
  PASSWORD("ContentPassword"),
  ENCRYPTED("ContentEncrypted"),
  OBJECT("ContentObject"),
  LIST("ContentList");

  private final String wireName;

  ContentType(String wireName) {
    this.wireName = wireName;
  }

  /** The name Flow uses, such as {@code ContentString}. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** Whether values of this type travel in {@code objectData} rather than {@code contentValue}. */
  public boolean isStructured() {
    return this == OBJECT || this == LIST;
  }

  /**
   * Reads a wire name case-insensitively; {@code null} or blank gives {@code null} (configuration
   * values sometimes arrive without a content type).
   *
   * @throws IllegalArgumentException for a name Flow does not define
   */
  @JsonCreator
  public static ContentType fromWireName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    // Called for every value of every call, with a new string each time: the exact spelling is
    // matched by equals (a length check rejects most), which costs less than hashing the string
    // for a map; other cases and surrounding spaces take the slow path. No lower-casing: it showed
    // in profiles.
    for (ContentType type : VALUES) {
      if (type.wireName.equals(name)) {
        return type;
      }
    }
    String wanted = name.strip();
    for (ContentType type : VALUES) {
      if (type.wireName.equalsIgnoreCase(wanted)) {
        return type;
      }
    }
    throw new IllegalArgumentException("Unknown content type '" + name + "'");
  }

  private static final ContentType[] VALUES = values();

  @Override
  public String toString() {
    return wireName;
  }
}
