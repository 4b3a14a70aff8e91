package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The definition of a configuration value, action input or action output in describe metadata.
 *
 * <p>The platform's model names the flags {@code isRequired} and {@code order}; the Java SDK wrote
 * {@code required} and {@code ordinal}. Both spellings are written and either is read.
 */
public record DescribeValue(
    String developerName,
    ContentType contentType,
    String contentValue,
    String typeElementDeveloperName,
    @JsonProperty("required") boolean required,
    @JsonProperty("order") int order) {

  /**
   * Reads either spelling (or both, as this class writes them): the flag is set when either says
   * so, the position is {@code order}, else {@code ordinal}.
   */
  @JsonCreator
  static DescribeValue fromJson(
      @JsonProperty("developerName") String developerName,
      @JsonProperty("contentType") ContentType contentType,
      @JsonProperty("contentValue") String contentValue,
      @JsonProperty("typeElementDeveloperName") String typeElementDeveloperName,
      @JsonProperty("required") Boolean required,
      @JsonProperty("isRequired") Boolean isRequired,
      @JsonProperty("order") Integer order,
      @JsonProperty("ordinal") Integer ordinal) {
    return new DescribeValue(
        developerName, contentType, contentValue, typeElementDeveloperName,
        Boolean.TRUE.equals(required) || Boolean.TRUE.equals(isRequired),
        order != null ? order : ordinal != null ? ordinal : 0);
  }

  /** A value definition without a default. */
  public static DescribeValue of(
      String name, ContentType type, String typeName, boolean required, int order) {
    return new DescribeValue(name, type, null, typeName, required, order);
  }

  @JsonProperty("isRequired")
  boolean isRequiredForPlatform() {
    return required;
  }

  @JsonProperty("ordinal")
  int ordinalForSdk() {
    return order;
  }
}
