package io.flowkit.runtime.wire;

/** A per-column search of the platform's newer list filter. */
public record SearchCriterion(String columnName, String query) {}
