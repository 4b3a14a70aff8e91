package io.flowkit.codegen.model;

/** Where a type comes from, which decides its naming rule and whether it carries an identifier. */
public enum TypeRole {
  /** {@code <Action> REQUEST - <entry>} / {@code <Action> RESPONSE - <entry>}. */
  MESSAGE,
  /** A data action's {@code objectType}, with a binding and an identifier. */
  DATA,
  /** {@code $File RESPONSE - <name>}, with {@code externalId}. */
  FILE
}
