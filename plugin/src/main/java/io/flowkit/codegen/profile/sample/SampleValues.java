package io.flowkit.codegen.profile.sample;

import io.flowkit.codegen.model.ValueKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * What a sample string means: an ISO-8601 date-time ({@code 2025-03-14T09:30:00.000Z}, with or
 * without fraction, seconds or offset) is a date-time, an ISO date ({@code 2025-03-14}) a date, and
 * anything else a string. The text must also be a real date ({@code 2025-02-30} is a string).
 */
final class SampleValues {

  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private SampleValues() {}

  static ValueKind kindOf(String text) {
    if (DATE_TIME.matcher(text).matches() && parsesAsDateTime(text)) {
      return ValueKind.DATE_TIME;
    }
    if (DATE.matcher(text).matches() && parsesAsDate(text)) {
      return ValueKind.DATE;
    }
    return ValueKind.STRING;
  }

  private static boolean parsesAsDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException withoutOffset) {
      try {
        LocalDateTime.parse(text);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
  }

  private static boolean parsesAsDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
