package io.flowkit.runtime.codec;

import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.ContentValues;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.Property;
import io.flowkit.runtime.wire.WireValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the properties of an {@link MObject} or a list of engine values (action outputs, or
 * action inputs as the platform sends them), one typed value at a time, in the order written.
 * Scalars are encoded with {@link ContentValues}; {@code null} scalars are written with a {@code
 * null} content value, {@code null} objects and lists as empty object data (as not provided,
 * {@code null} object data, by {@link #inputs()}), and passwords never carry their value.
 *
 * @param <V> {@link Property} or {@link EngineValue}
 */
public final class ValueWriter<V extends WireValue> {

  /** Makes the value records a writer collects. */
  private interface Factory<V> {
    V scalar(String name, ContentType type, String value);

    V structured(String name, ContentType type, String typeName, List<MObject> objects);
  }

  private static final Factory<Property> PROPERTIES =
      new Factory<>() {
        @Override
        public Property scalar(String name, ContentType type, String value) {
          return Property.scalar(name, type, value);
        }

        @Override
        public Property structured(String name, ContentType type, String typeName, List<MObject> objects) {
          return Property.structured(name, type, objects);
        }
      };

  private static final Factory<EngineValue> ENGINE_VALUES =
      new Factory<>() {
        @Override
        public EngineValue scalar(String name, ContentType type, String value) {
          return EngineValue.scalar(name, type, value);
        }

        @Override
        public EngineValue structured(String name, ContentType type, String typeName, List<MObject> objects) {
          return EngineValue.structured(name, type, typeName, objects);
        }
      };

  private final Factory<V> factory;
  private final boolean nullNotProvided;
  private final List<V> values = new ArrayList<>();

  private ValueWriter(Factory<V> factory, boolean nullNotProvided) {
    this.factory = factory;
    this.nullNotProvided = nullNotProvided;
  }

  /** A writer of object properties. */
  public static ValueWriter<Property> properties() {
    return new ValueWriter<>(PROPERTIES, false);
  }

  /** A writer of engine values (action outputs). */
  public static ValueWriter<EngineValue> engineValues() {
    return new ValueWriter<>(ENGINE_VALUES, false);
  }

  /**
   * A writer of message action inputs as the platform sends them: like {@link #engineValues()},
   * except that a {@code null} object or list is not provided ({@code null} object data) rather
   * than empty. A service reads a list not provided as {@code null} and an empty one as empty, so a
   * required list input left {@code null} is missing, not empty.
   */
  public static ValueWriter<EngineValue> inputs() {
    return new ValueWriter<>(ENGINE_VALUES, true);
  }

  public ValueWriter<V> string(String name, String value) {
    return add(name, ContentType.STRING, value);
  }

  /** Rich text ({@code ContentContent}). */
  public ValueWriter<V> content(String name, String value) {
    return add(name, ContentType.CONTENT, value);
  }

  /** A password property: described, but its value is never sent back to the platform. */
  public ValueWriter<V> password(String name, String ignoredValue) {
    return add(name, ContentType.PASSWORD, null);
  }

  public ValueWriter<V> encrypted(String name, String value) {
    return add(name, ContentType.ENCRYPTED, value);
  }

  public ValueWriter<V> number(String name, Number value) {
    return add(name, ContentType.NUMBER, ContentValues.writeNumber(value));
  }

  public ValueWriter<V> bool(String name, Boolean value) {
    return add(name, ContentType.BOOLEAN, ContentValues.writeBoolean(value));
  }

  public ValueWriter<V> dateTime(String name, OffsetDateTime value) {
    return add(name, ContentType.DATE_TIME, ContentValues.writeDateTime(value));
  }

  public ValueWriter<V> date(String name, LocalDate value) {
    return add(name, ContentType.DATE_TIME, ContentValues.writeDate(value));
  }

  /** An enum written as its Flow string through {@code toValue} (a generated {@code value()}). */
  public <E> ValueWriter<V> enumValue(String name, E value, Function<E, String> toValue) {
    return add(name, ContentType.STRING, value == null ? null : toValue.apply(value));
  }

  public <T> ValueWriter<V> object(String name, T value, FlowTypeCodec<T> codec) {
    List<MObject> objects = value == null ? absent() : List.of(codec.encode(value));
    values.add(factory.structured(name, ContentType.OBJECT, codec.typeName(), objects));
    return this;
  }

  public <T> ValueWriter<V> list(String name, List<T> value, FlowTypeCodec<T> codec) {
    if (value == null) {
      values.add(factory.structured(name, ContentType.LIST, codec.typeName(), absent()));
      return this;
    }
    List<MObject> objects = new ArrayList<>(value.size());
    int order = 0;
    for (T item : value) {
      if (item != null) {
        MObject encoded = codec.encode(item);
        objects.add(
            new MObject(
                encoded.externalId(), encoded.internalId(), encoded.developerName(),
                encoded.typeElementId(), encoded.typeElementBindingDeveloperName(), order++,
                encoded.selected(), encoded.properties()));
      }
    }
    values.add(factory.structured(name, ContentType.LIST, codec.typeName(), objects));
    return this;
  }

  /** The values written so far, in order. */
  public List<V> build() {
    return List.copyOf(values);
  }

  /** The object data of a {@code null} object or list. */
  private List<MObject> absent() {
    return nullNotProvided ? null : List.of();
  }

  private ValueWriter<V> add(String name, ContentType type, String value) {
    values.add(factory.scalar(name, type, value));
    return this;
  }
}
