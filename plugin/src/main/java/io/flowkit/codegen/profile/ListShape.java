package io.flowkit.codegen.profile;

import io.flowkit.codegen.diagnostics.SourceLocation;

/** A list; after the Flow limits are applied its item is always an {@link ObjectShape}. */
public record ListShape(ObjectShape item, SourceLocation source) implements Shape {}
