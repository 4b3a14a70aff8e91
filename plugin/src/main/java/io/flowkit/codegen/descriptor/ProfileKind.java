package io.flowkit.codegen.descriptor;

/** How a profile is written. */
public enum ProfileKind {
  /** A JSON Schema document (draft-04 to 2020-12). */
  SCHEMA,
  /** An example document whose types are inferred. */
  SAMPLE
}
