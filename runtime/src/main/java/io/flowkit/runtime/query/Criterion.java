package io.flowkit.runtime.query;

import io.flowkit.runtime.wire.CriteriaType;

/**
 * One comparison of a field with a value.
 *
 * @param value already typed by the field's content type: {@code String}, {@code BigDecimal},
 *     {@code Boolean}, {@code OffsetDateTime}; for {@link CriteriaType#IS_EMPTY} a {@code Boolean}
 *     (true: the field is empty); {@code null} compares with "no value"
 */
public record Criterion<F>(F field, CriteriaType criteria, Object value) implements Condition<F> {}
