package io.flowkit.codegen.profile;

import io.flowkit.codegen.diagnostics.SourceLocation;
import java.util.List;

/**
 * The values of a schema {@code enum} of strings.
 *
 * @param values distinct, in schema order
 * @param identity the schema's location ({@code file#pointer}): uses of the same schema share one
 *     Java enum
 * @param definitionName the key under {@code definitions}/{@code $defs} when the enum is a named
 *     definition (its Java name then comes from it), else {@code null}
 */
public record EnumValues(
    List<String> values, String description, String identity, String definitionName, SourceLocation source) {

  public EnumValues {
    values = List.copyOf(values);
  }
}
