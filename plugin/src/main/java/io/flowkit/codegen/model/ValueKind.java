package io.flowkit.codegen.model;

/** How a property is typed in Flow and in Java. */
public enum ValueKind {
  /** {@code ContentString} / {@code String} (or an enum, see {@link PropertyModel#enumType()}). */
  STRING("ContentString"),
  /** {@code ContentNumber} / {@code Long}: JSON Schema {@code integer}, integral sample numbers. */
  INTEGER("ContentNumber"),
  /** {@code ContentNumber} / {@code BigDecimal}. */
  DECIMAL("ContentNumber"),
  /** {@code ContentBoolean} / {@code Boolean}. */
  BOOLEAN("ContentBoolean"),
  /** {@code ContentDateTime} / {@code OffsetDateTime}. */
  DATE_TIME("ContentDateTime"),
  /** {@code ContentDateTime} / {@code LocalDate}: JSON Schema {@code format: date}. */
  DATE("ContentDateTime"),
  /** {@code ContentPassword} / {@code String}: configuration values only. */
  PASSWORD("ContentPassword"),
  /** {@code ContentObject} / the referenced type's record. */
  OBJECT("ContentObject"),
  /** {@code ContentList} / {@code List} of the referenced type's record. */
  LIST("ContentList");

  private final String contentType;

  ValueKind(String contentType) {
    this.contentType = contentType;
  }

  /** The Flow wire name of the content type. */
  public String contentType() {
    return contentType;
  }

  public boolean isStructured() {
    return this == OBJECT || this == LIST;
  }
}
