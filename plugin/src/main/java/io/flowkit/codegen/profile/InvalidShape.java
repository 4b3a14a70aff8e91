package io.flowkit.codegen.profile;

import io.flowkit.codegen.diagnostics.SourceLocation;

/** A part of a profile that was reported as an error; later stages skip it silently. */
public record InvalidShape(SourceLocation source) implements Shape {}
