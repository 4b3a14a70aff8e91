package io.flowkit.codegen.model;

import java.util.List;

/**
 * A Java enum generated for a string property with {@code enum} values (Flow sees a plain
 * {@code ContentString}).
 *
 * @param javaName simple class name, unique in the package
 * @param constants in the order the schema lists the values
 */
public record EnumModel(String javaName, String description, List<Constant> constants) {

  public EnumModel {
    constants = List.copyOf(constants);
  }

  /** One value: its Java constant name ({@code UPPER_SNAKE}, unique) and the exact string Flow sends. */
  public record Constant(String javaName, String value) {}
}
