package io.flowkit.codegen.profile;

import io.flowkit.codegen.diagnostics.SourceLocation;

/** While reading: a value that can only be {@code null} (a sample's {@code null}, {@code "type": "null"}). */
public record NullShape(SourceLocation source) implements Shape {}
