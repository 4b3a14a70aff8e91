package io.flowkit.runtime.query;

/**
 * A filter condition: one {@link Criterion} or a {@link Group} of conditions.
 *
 * @param <F> the field type
 */
public sealed interface Condition<F> permits Criterion, Group {}
