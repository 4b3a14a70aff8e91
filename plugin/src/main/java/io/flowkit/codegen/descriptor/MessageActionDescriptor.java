package io.flowkit.codegen.descriptor;

import io.flowkit.codegen.diagnostics.SourceLocation;

/**
 * One {@code messageActions} entry.
 *
 * @param uriPart as written, or {@code null} for the default {@code actions/<kebab-case name>}
 * @param syncTimeoutSeconds as written, or 0 for the server's default
 * @param request the request profile, or {@code null}
 * @param response the response profile, or {@code null}
 */
public record MessageActionDescriptor(
    String name,
    String summary,
    String uriPart,
    int syncTimeoutSeconds,
    ProfileReference request,
    ProfileReference response,
    SourceLocation source) {}
