package io.flowkit.runtime.wire;

/** A string content value that does not encode a value of its content type. */
public final class ContentValueException extends IllegalArgumentException {

  private final ContentType contentType;
  private final String value;

  public ContentValueException(ContentType contentType, String value, String reason) {
    super("'" + Abbreviations.abbreviate(value) + "' is not a valid " + contentType.wireName() + ": " + reason);
    this.contentType = contentType;
    this.value = value;
  }

  public ContentType contentType() {
    return contentType;
  }

  public String value() {
    return value;
  }
}
