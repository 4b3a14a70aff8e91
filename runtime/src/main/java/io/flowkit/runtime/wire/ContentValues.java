package io.flowkit.runtime.wire;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The string encoding of scalar content values, both ways.
 *
 * <p>Reading is lenient, as the platform is: {@code ""} and {@code null} mean "no value", booleans
 * ignore case, numbers may carry an exponent, date/times may lack fractions, seconds or an offset
 * (then UTC is meant) or be a bare date. Writing is strict: numbers in plain notation, booleans in
 * lower case, date/times in UTC with milliseconds and {@code Z}, the one mask Boomi's Flow Services
 * Server accepts ({@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}).
 */
public final class ContentValues {

  private static final DateTimeFormatter WRITE_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);

  private static final DateTimeFormatter READ_DATE_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHmm", "Z")
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private ContentValues() {}

  /** Whether a content value carries nothing: {@code null} or empty. */
  public static boolean isAbsent(String value) {
    return value == null || value.isEmpty();
  }

  /** Reads a {@code ContentNumber}; {@code null} when absent. */
  public static BigDecimal readNumber(String value) {
    if (isAbsent(value)) {
      return null;
    }
    String text = value.trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new ContentValueException(ContentType.NUMBER, value, "not a decimal number");
    }
  }

  /** Reads a {@code ContentNumber} that must be a whole number fitting a {@code long}. */
  public static Long readLong(String value) {
    BigDecimal number = readNumber(value);
    if (number == null) {
      return null;
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw new ContentValueException(ContentType.NUMBER, value, "not a whole number in range");
    }
  }

  /** Reads a {@code ContentNumber} that must be a whole number fitting an {@code int}. */
  public static Integer readInteger(String value) {
    BigDecimal number = readNumber(value);
    if (number == null) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw new ContentValueException(ContentType.NUMBER, value, "not a whole number in range");
    }
  }

  /** Writes a number in plain notation (never with an exponent); {@code null} stays {@code null}. */
  public static String writeNumber(Number value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("Flow numbers cannot be NaN or infinite");
      }
      return BigDecimal.valueOf(d).toPlainString();
    }
    return new BigDecimal(value.toString()).toPlainString();
  }

  /** Reads a {@code ContentBoolean}, ignoring case; {@code null} when absent. */
  public static Boolean readBoolean(String value) {
    if (isAbsent(value)) {
      return null;
    }
    String text = value.trim();
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    if (text.isEmpty()) {
      return null;
    }
    throw new ContentValueException(ContentType.BOOLEAN, value, "expected true or false");
  }

  /** Writes {@code true} or {@code false}; {@code null} stays {@code null}. */
  public static String writeBoolean(Boolean value) {
    return value == null ? null : value.toString();
  }

  /** Reads a {@code ContentDateTime} leniently and returns it in UTC; {@code null} when absent. */
  public static OffsetDateTime readDateTime(String value) {
    if (isAbsent(value) || value.isBlank()) {
      return null;
    }
    try {
      OffsetDateTime canonical = readCanonicalDateTime(value);
      if (canonical != null) {
        return canonical;
      }
      TemporalAccessor parsed = READ_DATE_TIME.parse(value.trim());
      LocalDate date = LocalDate.from(parsed);
      LocalDateTime local =
          parsed.isSupported(ChronoField.HOUR_OF_DAY)
              ? LocalDateTime.of(
                  date,
                  java.time.LocalTime.of(
                      parsed.get(ChronoField.HOUR_OF_DAY),
                      parsed.get(ChronoField.MINUTE_OF_HOUR),
                      parsed.isSupported(ChronoField.SECOND_OF_MINUTE)
                          ? parsed.get(ChronoField.SECOND_OF_MINUTE)
                          : 0,
                      parsed.isSupported(ChronoField.NANO_OF_SECOND)
                          ? parsed.get(ChronoField.NANO_OF_SECOND)
                          : 0))
              : date.atStartOfDay();
      ZoneOffset offset =
          parsed.isSupported(ChronoField.OFFSET_SECONDS)
              ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
              : ZoneOffset.UTC;
      return OffsetDateTime.of(local, offset).withOffsetSameInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new ContentValueException(ContentType.DATE_TIME, value, "not an ISO-8601 date/time");
    }
  }

  /**
   * The fast path of {@link #readDateTime} for what Flow sends nearly always,
   * {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} or with a {@code ±HH:MM} offset, read without the lenient
   * formatter (which cost more than the rest of a call's inputs together in a profile);
   * {@code null} for any other shape, which the formatter then reads.
   *
   * @throws DateTimeException for a field out of range, as the formatter would
   */
  private static OffsetDateTime readCanonicalDateTime(String value) {
    int length = value.length();
    if (length < 20
        || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
        || value.charAt(13) != ':' || value.charAt(16) != ':') {
      return null;
    }
    int year = digits(value, 0, 4);
    int month = digits(value, 5, 7);
    int day = digits(value, 8, 10);
    int hour = digits(value, 11, 13);
    int minute = digits(value, 14, 16);
    int second = digits(value, 17, 19);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || second < 0) {
      return null;
    }
    int at = 19;
    int nanos = 0;
    if (value.charAt(at) == '.') {
      int start = ++at;
      while (at < length && at - start < 9 && isDigit(value.charAt(at))) {
        nanos = nanos * 10 + (value.charAt(at++) - '0');
      }
      if (at == start) {
        return null;
      }
      for (int scale = at - start; scale < 9; scale++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset;
    if (at == length - 1 && value.charAt(at) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (at == length - 6 && (value.charAt(at) == '+' || value.charAt(at) == '-') && value.charAt(at + 3) == ':') {
      int hours = digits(value, at + 1, at + 3);
      int minutes = digits(value, at + 4, at + 6);
      if (hours < 0 || minutes < 0) {
        return null;
      }
      int sign = value.charAt(at) == '-' ? -1 : 1;
      offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } else {
      return null;
    }
    return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset)
        .withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** The decimal number in {@code value[from, to)}, or -1 when a character is not a digit. */
  private static int digits(String value, int from, int to) {
    int number = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Writes a date/time in UTC with milliseconds and {@code Z}; {@code null} stays {@code null}. */
  public static String writeDateTime(OffsetDateTime value) {
    return value == null
        ? null
        : WRITE_DATE_TIME.format(value.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** Writes an instant in UTC with milliseconds and {@code Z}; {@code null} stays {@code null}. */
  public static String writeInstant(Instant value) {
    return value == null ? null : writeDateTime(value.atOffset(ZoneOffset.UTC));
  }

  /** Reads a {@code ContentDateTime} as a date: the UTC calendar day of the instant. */
  public static LocalDate readDate(String value) {
    OffsetDateTime dateTime = readDateTime(value);
    return dateTime == null ? null : dateTime.toLocalDate();
  }

  /** Writes a date as midnight UTC on that day; {@code null} stays {@code null}. */
  public static String writeDate(LocalDate value) {
    return value == null ? null : writeDateTime(value.atStartOfDay().atOffset(ZoneOffset.UTC));
  }
}
