package io.flowkit.codegen.descriptor;

import io.flowkit.codegen.diagnostics.SourceLocation;

/** One {@code fileResources} entry. */
public record FileResourceDescriptor(
    String name, String path, String summary, ProfileReference response, SourceLocation source) {}
