package io.flowkit.codegen.model;

import io.flowkit.codegen.diagnostics.SourceLocation;

/**
 * A property of a type, an action input or output, or a configuration value.
 *
 * @param flowName the name Flow and the profile's JSON use, verbatim
 * @param javaName the record component (lowerCamelCase, never a keyword, unique in its record)
 * @param typeRef for {@link ValueKind#OBJECT}/{@link ValueKind#LIST}: the Flow name of the
 *     referenced {@link FlowTypeModel}; otherwise {@code null}
 * @param enumType for an enumerated string: its enum; otherwise {@code null}
 * @param required whether the profile marks it required (described as {@code isRequired})
 * @param description from the profile, for Javadoc and {@code developerSummary}; may be {@code null}
 * @param source where it was declared, for messages
 */
public record PropertyModel(
    String flowName,
    String javaName,
    ValueKind kind,
    String typeRef,
    EnumModel enumType,
    boolean required,
    String description,
    SourceLocation source) {}
