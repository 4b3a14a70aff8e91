package io.flowkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest
  @CsvSource({"CreateOrder, createOrder", "URLCheck, urlCheck", "ABC, abc", "A, a", "already, already", "X2Y, x2Y"})
  void lowerCamelLowersTheLeadingWord(String javaName, String expected) {
    assertThat(Names.lowerCamel(javaName)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "assignedTo, ASSIGNED_TO", "id, ID", "class_, CLASS_", "urlValue2, URL_VALUE2", "pageURL, PAGE_URL",
    "httpURLConnection, HTTP_URL_CONNECTION", "line2Code, LINE2_CODE"
  })
  void upperSnakeSeparatesWords(String javaName, String expected) {
    assertThat(Names.upperSnake(javaName)).isEqualTo(expected);
  }

  @Test
  void keywordsAndInheritedNamesAreNotUsableAsBuilderMethods() {
    assertThat(Names.isUsableMethodName("createOrder")).isTrue();
    assertThat(Names.isUsableMethodName("new")).isFalse();
    assertThat(Names.isUsableMethodName("build")).isFalse();
    assertThat(Names.isUsableMethodName("hashCode")).isFalse();
  }
}
