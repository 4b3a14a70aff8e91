package io.flowkit.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentValuesTest {

  @ParameterizedTest
  @CsvSource({
    "2016-06-27T09:23:01Z, 2016-06-27T09:23:01Z",
    "2016-06-27T09:23:01+00:00, 2016-06-27T09:23:01Z",
    "2016-06-27T11:23:01+02:00, 2016-06-27T09:23:01Z",
    "2016-06-27T09:23:01.5Z, 2016-06-27T09:23:01.500Z",
    "2016-06-27T09:23:01.123456789Z, 2016-06-27T09:23:01.123456789Z",
    "2016-06-27T09:23, 2016-06-27T09:23:00Z",
    "2016-06-27T09:23:01, 2016-06-27T09:23:01Z",
    "2016-06-27, 2016-06-27T00:00:00Z",
    "2016-06-27t09:23:01z, 2016-06-27T09:23:01Z",
    "2016-06-27T09:23:01-0500, 2016-06-27T14:23:01Z",
    "2016-06-27T11:23:01.250+02:00, 2016-06-27T09:23:01.250Z",
    "2016-06-27T04:23:01-05:00, 2016-06-27T09:23:01Z",
    "2016-02-29T23:59:59.999Z, 2016-02-29T23:59:59.999Z",
    "2016-06-27T09:23:01.000000001Z, 2016-06-27T09:23:01.000000001Z",
    "' 2016-06-27T09:23:01.000Z ', 2016-06-27T09:23:01Z",
    "2016-06-27T09:23:01.000+00:00, 2016-06-27T09:23:01Z"
  })
  void dateTimesAreReadLenientlyIntoUtc(String wire, String expected) {
    OffsetDateTime read = ContentValues.readDateTime(wire);

    assertThat(read.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(read.toInstant()).isEqualTo(OffsetDateTime.parse(expected).toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2016-13-01T00:00:00.000Z", "2016-02-30T00:00:00.000Z", "2016-06-27T09:60:00.000Z",
    "2016-06-27T09:23:60.000Z", "2016-06-27T09:23:01.1234567891Z", "2016-06-27T09:23:01.000+19:00",
    "2016-06-27T09:23:01.000Q", "2016-06-27T09:2x:01.000Z"
  })
  void impossibleDateTimesAreRefusedInTheCanonicalShapeToo(String wire) {
    assertThatThrownBy(() -> ContentValues.readDateTime(wire))
        .isInstanceOf(ContentValueException.class)
        .hasMessageContaining("ContentDateTime");
  }

  @Test
  void dateTimesAreWrittenInUtcWithMillisAndZ() {
    assertThat(ContentValues.writeDateTime(OffsetDateTime.parse("2024-05-01T12:15:30+02:00"))).isEqualTo("2024-05-01T10:15:30.000Z");
    assertThat(ContentValues.writeDateTime(OffsetDateTime.parse("2024-05-01T10:15:30.123456Z"))).isEqualTo("2024-05-01T10:15:30.123Z");
    assertThat(ContentValues.writeDate(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29T00:00:00.000Z");
    assertThat(ContentValues.writeDateTime(null)).isNull();
  }

  @Test
  void aDateIsTheUtcDayOfTheInstant() {
    assertThat(ContentValues.readDate("2024-03-01T01:00:00+02:00")).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void numbersAreReadAsBigDecimalAndWrittenPlain() {
    assertThat(ContentValues.readNumber("123456789012345678.99")).isEqualByComparingTo(new BigDecimal("123456789012345678.99"));
    assertThat(ContentValues.readNumber(" 1e3 ")).isEqualByComparingTo("1000");
    assertThat(ContentValues.writeNumber(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(ContentValues.writeNumber(1.0E-7)).isEqualTo("0.00000010");
    assertThat(ContentValues.writeNumber(42L)).isEqualTo("42");
    assertThat(ContentValues.readLong("7.0")).isEqualTo(7L);
    assertThatThrownBy(() -> ContentValues.readLong("7.5")).isInstanceOf(ContentValueException.class);
    assertThatThrownBy(() -> ContentValues.writeNumber(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "TRUE", "True", " true "})
  void booleansIgnoreCase(String wire) {
    assertThat(ContentValues.readBoolean(wire)).isTrue();
  }

  @Test
  void booleansAreWrittenInLowerCase() {
    assertThat(ContentValues.writeBoolean(Boolean.TRUE)).isEqualTo("true");
    assertThat(ContentValues.writeBoolean(Boolean.FALSE)).isEqualTo("false");
    assertThatThrownBy(() -> ContentValues.readBoolean("yes")).isInstanceOf(ContentValueException.class);
  }

  @Test
  void emptyMeansNoValue() {
    assertThat(ContentValues.readNumber("")).isNull();
    assertThat(ContentValues.readBoolean("")).isNull();
    assertThat(ContentValues.readDateTime("")).isNull();
    assertThat(ContentValues.readNumber(null)).isNull();
    assertThat(ContentValues.isAbsent("")).isTrue();
  }

  @Test
  void badValuesNameTheirTypeAndAreAbbreviated() {
    assertThatThrownBy(() -> ContentValues.readDateTime("yesterday")).hasMessageContaining("ContentDateTime");
    assertThatThrownBy(() -> ContentValues.readNumber("x".repeat(1000)))
        .isInstanceOfSatisfying(ContentValueException.class, e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }
}
