package io.flowkit.codegen.descriptor;

import io.flowkit.codegen.diagnostics.SourceLocation;
import java.nio.file.Path;

/**
 * A descriptor's {@code {"schema": …}} or {@code {"sample": …}}.
 *
 * @param written the reference as written, e.g. {@code common.json#/definitions/Order}
 * @param file the file, resolved against the descriptor's directory (absolute, normalized)
 * @param pointer the JSON pointer of the root within the file ({@code ""} for the whole document)
 * @param fragment the fragment as written after {@code #}, or {@code null}; for a schema it may
 *     also be an anchor name
 * @param source where the reference is written in the descriptor
 */
public record ProfileReference(
    ProfileKind kind, String written, Path file, String fragment, SourceLocation source) {}
