package io.flowkit.codegen.profile;

import io.flowkit.codegen.diagnostics.SourceLocation;

/**
 * The shape of a value in a profile. Readers produce {@link ObjectShape}, {@link ListShape},
 * {@link ScalarShape} and, for parts already reported as errors, {@link InvalidShape}; {@link
 * NullShape} and {@link AnyShape} exist only while reading and are {@linkplain Shapes#settle
 * settled} into strings before a shape leaves its reader.
 */
public sealed interface Shape permits ObjectShape, ListShape, ScalarShape, InvalidShape, NullShape, AnyShape {

  /** Where the value is declared (schema) or first seen (sample). */
  SourceLocation source();
}
