package io.flowkit.codegen.profile;

import io.flowkit.codegen.diagnostics.SourceLocation;

/**
 * An entry of an object.
 *
 * @param name the JSON key, verbatim
 * @param required whether the schema lists it in {@code required} (samples: never)
 * @param description the entry's own description, else its target's, else {@code null}
 * @param source where the entry is declared
 */
public record Member(String name, Shape shape, boolean required, String description, SourceLocation source) {

  public Member withRequired(boolean value) {
    return new Member(name, shape, value, description, source);
  }
}
