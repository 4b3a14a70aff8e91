package io.flowkit.codegen.generation;

/** What to do with an array of scalars, which Boomi's Flow Services Server rejects. */
public enum ScalarArrays {
  /** Report an error naming the array (the default, as the Flow Services Server). */
  ERROR,
  /**
   * Generate an item type with one {@code Value} property and a list of it (the precedent of Flow's
   * OpenAPI connector).
   */
  WRAP
}
