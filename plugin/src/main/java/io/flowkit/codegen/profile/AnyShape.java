package io.flowkit.codegen.profile;

import io.flowkit.codegen.diagnostics.SourceLocation;
import java.util.Set;

/**
 * While reading: a schema without type information ({@code true}, {@code {}}, or only
 * constraints such as {@code required}).
 *
 * @param required the property names it requires, applied when it is combined with an object
 */
public record AnyShape(Set<String> required, SourceLocation source) implements Shape {

  public AnyShape {
    required = Set.copyOf(required);
  }
}
