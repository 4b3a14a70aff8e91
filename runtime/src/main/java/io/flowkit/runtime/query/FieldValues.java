package io.flowkit.runtime.query;

import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.ContentValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;

/**
 * Brings record values and filter values to one comparable form per content type, so that {@code 1},
 * {@code 1L} and {@code "1.0"} are the same number and an {@code OffsetDateTime} in any offset is
 * the same instant.
 */
final class FieldValues {

  private FieldValues() {}

  /**
   * The comparable form of {@code value} for a field of {@code type}: {@link BigDecimal} for
   * numbers, {@link Instant} for date/times, {@link Boolean}, or {@link String}; {@code null} for no
   * value (including {@code ""}).
   */
  static Comparable<?> normalize(ContentType type, Object value) {
    if (value == null) {
      return null;
    }
    ContentType effective = type == null ? ContentType.STRING : type;
    switch (effective) {
      case NUMBER:
        return number(value);
      case BOOLEAN:
        return value instanceof Boolean b ? b : ContentValues.readBoolean(value.toString());
      case DATE_TIME:
        return instant(value);
      case OBJECT:
      case LIST:
        throw new IllegalArgumentException("Object and list fields can only be tested for emptiness");
      default:
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
  }

  /** Whether a record value counts as empty for {@code IS_EMPTY}. */
  static boolean isEmpty(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof CharSequence text) {
      return text.length() == 0;
    }
    if (value instanceof Collection<?> items) {
      return items.isEmpty();
    }
    return false;
  }

  /** Orders normalized values of one type: strings ignoring case first, {@code null} lowest. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Comparable<?> left, Comparable<?> right) {
    if (left == null || right == null) {
      return left == null ? (right == null ? 0 : -1) : 1;
    }
    if (left instanceof String a && right instanceof String b) {
      int folded = a.compareToIgnoreCase(b);
      return folded != 0 ? folded : a.compareTo(b);
    }
    return ((Comparable) left).compareTo(right);
  }

  /** Equality of normalized values; strings ignore case. */
  static boolean same(Comparable<?> left, Comparable<?> right) {
    if (left == null || right == null) {
      return left == right;
    }
    if (left instanceof String a && right instanceof String b) {
      return a.equalsIgnoreCase(b);
    }
    return compare(left, right) == 0;
  }

  /** The text a {@code CONTAINS}/{@code STARTS_WITH}/{@code ENDS_WITH} test looks at, lower-cased. */
  static String text(ContentType type, Object value) {
    Comparable<?> normal = normalize(type, value);
    if (normal == null) {
      return null;
    }
    String text;
    if (normal instanceof BigDecimal number) {
      text = number.toPlainString();
    } else if (normal instanceof Instant instant) {
      text = ContentValues.writeInstant(instant);
    } else {
      text = normal.toString();
    }
    return text.toLowerCase(Locale.ROOT);
  }

  private static BigDecimal number(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue());
    }
    if (value instanceof Number number) {
      return BigDecimal.valueOf(number.longValue());
    }
    return ContentValues.readNumber(value.toString());
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof ZonedDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    OffsetDateTime parsed = ContentValues.readDateTime(value.toString());
    return parsed == null ? null : parsed.toInstant();
  }
}
