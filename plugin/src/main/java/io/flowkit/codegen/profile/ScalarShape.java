package io.flowkit.codegen.profile;

import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.model.ValueKind;

/**
 * A simple value: string, number, boolean or date/time.
 *
 * @param kind never {@link ValueKind#OBJECT}, {@link ValueKind#LIST} or {@link ValueKind#PASSWORD}
 * @param enumValues the allowed strings of an enumerated string, else {@code null}
 * @param description the schema's description, or {@code null}
 * @param jsonText for a string that carries the JSON text of something no Flow type can hold,
 *     what that is ({@code "a free-form object"}); else {@code null}
 */
public record ScalarShape(ValueKind kind, EnumValues enumValues, String description, SourceLocation source,
    String jsonText) implements Shape {

  public ScalarShape(ValueKind kind, EnumValues enumValues, String description, SourceLocation source) {
    this(kind, enumValues, description, source, null);
  }

  public static ScalarShape of(ValueKind kind, SourceLocation source) {
    return new ScalarShape(kind, null, null, source);
  }

  /** Whether this is the JSON-text fallback for a schema no Flow type can hold. */
  public boolean isJsonText() {
    return jsonText != null;
  }
}
