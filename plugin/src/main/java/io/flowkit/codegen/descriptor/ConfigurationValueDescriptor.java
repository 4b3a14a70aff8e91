package io.flowkit.codegen.descriptor;

import io.flowkit.codegen.diagnostics.SourceLocation;

/** One {@code configurationValues} entry. */
public record ConfigurationValueDescriptor(
    String name, ConfigurationValueType type, boolean required, String summary, SourceLocation source) {}
