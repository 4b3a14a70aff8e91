package io.flowkit.runtime.service;

import io.flowkit.runtime.codec.FlowTypeCodec;
import io.flowkit.runtime.query.QueryField;
import java.util.List;
import java.util.Objects;

/**
 * One data action in a service's dispatch table, found by its binding's table name.
 *
 * @param fields every queryable field of the type (the generated enum's values)
 * @param codec encodes records with their identifier as {@code externalId} and decodes the
 *     identifier from {@code externalId} when the property is absent
 */
public record DataActionBinding<C, T, F extends QueryField<T>>(
    String tableName,
    FlowTypeCodec<T> codec,
    List<F> fields,
    DataAction<C, T, F> implementation) {

  public DataActionBinding {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(codec, "codec");
    fields = List.copyOf(fields);
    Objects.requireNonNull(implementation, "implementation of " + tableName);
  }
}
