package io.flowkit.runtime.codec;

import io.flowkit.runtime.wire.MObject;

/**
 * Turns one generated record type into Flow's {@link MObject} form and back. Generated for every
 * Flow type; stateless and thread-safe.
 *
 * @param <T> the record type
 */
public interface FlowTypeCodec<T> {

  /** The Flow type's name ({@code developerName}), e.g. {@code Create Order REQUEST - customer}. */
  String typeName();

  /** The wire form of a record; never called with {@code null}. */
  MObject encode(T value);

  /**
   * The record of a wire object; never called with {@code null}.
   *
   * @throws CodecException when a property holds a value its content type cannot encode
   */
  T decode(MObject object);
}
