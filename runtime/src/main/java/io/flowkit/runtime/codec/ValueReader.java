package io.flowkit.runtime.codec;

import io.flowkit.runtime.wire.ContentValueException;
import io.flowkit.runtime.wire.ContentValues;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.WireValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads typed values by exact {@code developerName} from the properties of an {@link MObject} or
 * from a list of engine values (action inputs, configuration values). An absent name and an empty
 * string read as {@code null}, and so does an object value without objects; a list value sent with
 * {@code null} object data reads as {@code null}, one sent empty as an empty list. A value that its
 * content type cannot encode fails with a {@link CodecException} naming it.
 */
public final class ValueReader {

  private final Map<String, WireValue> byName;

  private ValueReader(List<? extends WireValue> values) {
    Map<String, WireValue> map = new HashMap<>(Math.max(4, values.size() * 2));
    for (WireValue value : values) {
      if (value != null && value.developerName() != null) {
        map.putIfAbsent(value.developerName(), value);
      }
    }
    this.byName = map;
  }

  /** A reader over engine values or properties. */
  public static ValueReader of(List<? extends WireValue> values) {
    return new ValueReader(values == null ? List.of() : values);
  }

  /** A reader over an object's properties. */
  public static ValueReader of(MObject object) {
    return new ValueReader(object.properties());
  }

  /** Whether a value of that name is present at all. */
  public boolean has(String name) {
    return byName.containsKey(name);
  }

  /** A string-like value (String, Content, Password, Encrypted) as sent; {@code ""} reads as {@code null}. */
  public String string(String name) {
    String raw = raw(name);
    return ContentValues.isAbsent(raw) ? null : raw;
  }

  /** A number as a {@link BigDecimal}. */
  public BigDecimal decimal(String name) {
    return scalar(name, ContentValues::readNumber);
  }

  /** A whole number as a {@link Long}. */
  public Long integer(String name) {
    return scalar(name, ContentValues::readLong);
  }

  public Boolean bool(String name) {
    return scalar(name, ContentValues::readBoolean);
  }

  /** A date/time in UTC. */
  public OffsetDateTime dateTime(String name) {
    return scalar(name, ContentValues::readDateTime);
  }

  /** A date: the UTC calendar day of the date/time sent. */
  public LocalDate date(String name) {
    return scalar(name, ContentValues::readDate);
  }

  /**
   * A string value turned into an enum constant by {@code parser} (a generated {@code fromValue});
   * the parser's {@link IllegalArgumentException} becomes a {@link CodecException}.
   */
  public <E> E enumValue(String name, Function<String, E> parser) {
    String text = string(name);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new CodecException(name, e.getMessage(), null);
    }
  }

  /** The first object of an object value, decoded; {@code null} when none was sent. */
  public <T> T object(String name, FlowTypeCodec<T> codec) {
    WireValue value = byName.get(name);
    if (value == null || value.objectData() == null || value.objectData().isEmpty()) {
      refuseContentValue(name, value, "an object");
      return null;
    }
    MObject first = value.objectData().get(0);
    if (first == null) {
      return null;
    }
    try {
      return codec.decode(first);
    } catch (CodecException e) {
      throw e.within(name);
    }
  }

  /**
   * The objects of a list value, decoded in order; {@code null} when the value was not sent (or sent
   * with {@code null} object data), an empty list when it was sent empty.
   */
  public <T> List<T> list(String name, FlowTypeCodec<T> codec) {
    WireValue value = byName.get(name);
    if (value == null || value.objectData() == null) {
      refuseContentValue(name, value, "a list");
      return null;
    }
    List<T> items = new ArrayList<>(value.objectData().size());
    int index = 0;
    for (MObject object : value.objectData()) {
      if (object != null) {
        try {
          items.add(codec.decode(object));
        } catch (CodecException e) {
          throw e.within(name + "[" + index + "]");
        }
      }
      index++;
    }
    return Collections.unmodifiableList(items);
  }

  /** {@code value} itself, or a {@link MissingValueException} naming {@code name} when it is {@code null}. */
  public <V> V required(String name, V value) {
    if (value == null) {
      throw new MissingValueException(name);
    }
    return value;
  }

  /**
   * An object or list value sent without objects but with a content value (a string where objects
   * belong) cannot be read: it is refused rather than dropped, naming what was sent.
   */
  private static void refuseContentValue(String name, WireValue value, String expected) {
    if (value != null && !ContentValues.isAbsent(value.contentValue())) {
      String sent = value.contentType() == null ? "a content value" : "a " + value.contentType().wireName() + " content value";
      throw new CodecException(name, "is " + expected + ", sent as " + sent + " without objectData", null);
    }
  }

  private String raw(String name) {
    WireValue value = byName.get(name);
    return value == null ? null : value.contentValue();
  }

  private <V> V scalar(String name, Function<String, V> reader) {
    try {
      return reader.apply(raw(name));
    } catch (ContentValueException e) {
      throw new CodecException(name, e.getMessage(), null);
    }
  }
}
