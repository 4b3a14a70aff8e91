package io.flowkit.runtime.query;

import io.flowkit.runtime.wire.ContentType;

/**
 * A queryable property of a data-action type; generated as an enum per type (e.g.
 * {@code TicketField.STATUS}).
 *
 * @param <T> the record type
 */
public interface QueryField<T> {

  /** The binding's field name, as the platform sends it in {@code where.columnName}. */
  String fieldName();

  /** The property's Flow content type; decides how filter values are read and compared. */
  ContentType contentType();

  /** The property's value in a record: {@code String}, {@code Number}, {@code Boolean}, a {@code java.time} value, an enum, or {@code null}. */
  Object valueOf(T record);
}
