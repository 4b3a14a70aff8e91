package io.flowkit.runtime.wire;

/** One column of a multi-column sort. */
public record OrderBy(String columnName, OrderDirection direction) {}
