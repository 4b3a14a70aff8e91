package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonAlias;
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
    @JsonProperty("required") @JsonAlias("isRequired") boolean required,
    @JsonProperty("order") @JsonAlias("ordinal") int order) {

  /** A value definition without a default. */
  public static DescribeValue of(
      String name, ContentType type, String typeName, boolean required, int order) {
    return new DescribeValue(name, type, null, typeName, required, order);
  }

  @JsonProperty(value = "isRequired", access = JsonProperty.Access.READ_ONLY)
  boolean isRequiredForPlatform() {
    return required;
  }

  @JsonProperty(value = "ordinal", access = JsonProperty.Access.READ_ONLY)
  int ordinalForSdk() {
    return order;
  }
}
