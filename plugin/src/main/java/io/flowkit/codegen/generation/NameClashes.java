package io.flowkit.codegen.generation;

/**
 * What to do when entries of the same name but different shapes occur at different depths of one
 * action's profile (Flow names types per action and direction only, so they would collide).
 */
public enum NameClashes {
  /** Report an error naming both places (the default). */
  ERROR,
  /** Qualify the later type names with the parent entry's path, e.g. {@code … REQUEST - customer address}. */
  PATH
}
