package io.flowkit.codegen.model;

import io.flowkit.codegen.diagnostics.SourceLocation;

/**
 * A configuration value of the service: one component of the generated configuration record.
 *
 * @param kind one of STRING, DECIMAL (Flow "Number"), BOOLEAN, DATE_TIME, PASSWORD
 */
public record ConfigurationValueModel(
    String flowName, String javaName, ValueKind kind, boolean required, String summary, SourceLocation source) {}
