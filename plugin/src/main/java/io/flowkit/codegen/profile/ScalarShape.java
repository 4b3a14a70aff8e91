package io.flowkit.codegen.profile;

import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.model.ValueKind;

/**
 * A simple value: string, number, boolean or date/time.
 *
 * @param kind never {@link ValueKind#OBJECT}, {@link ValueKind#LIST} or {@link ValueKind#PASSWORD}
 * @param enumValues the allowed strings of an enumerated string, else {@code null}
 * @param description the schema's description, or {@code null}
 */
public record ScalarShape(ValueKind kind, EnumValues enumValues, String description, SourceLocation source)
    implements Shape {

  public static ScalarShape of(ValueKind kind, SourceLocation source) {
    return new ScalarShape(kind, null, null, source);
  }
}
