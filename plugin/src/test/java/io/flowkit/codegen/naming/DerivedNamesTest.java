package io.flowkit.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivedNamesTest {

  @ParameterizedTest
  @CsvSource({"CreateOrder, createOrder", "URLCheck, urlCheck", "ABC, abc", "A, a", "already, already", "X2Y, x2Y"})
  void lowerCamelLowersTheLeadingWord(String javaName, String expected) {
    assertThat(DerivedNames.lowerCamel(javaName)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "assignedTo, ASSIGNED_TO", "id, ID", "class_, CLASS_", "urlValue2, URL_VALUE2", "pageURL, PAGE_URL",
    "httpURLConnection, HTTP_URL_CONNECTION", "line2Code, LINE2_CODE"
  })
  void upperSnakeSeparatesWords(String javaName, String expected) {
    assertThat(DerivedNames.upperSnake(javaName)).isEqualTo(expected);
  }

  @Test
  void keywordsAndInheritedNamesAreNotUsableAsBuilderMethods() {
    assertThat(DerivedNames.isUsableMethodName("createOrder")).isTrue();
    assertThat(DerivedNames.isUsableMethodName("new")).isFalse();
    assertThat(DerivedNames.isUsableMethodName("build")).isFalse();
    assertThat(DerivedNames.isUsableMethodName("hashCode")).isFalse();
  }

  @Test
  void componentNamesThatWouldNotCompileFailFast() {
    DerivedNames.checkComponentName("Order", "customer");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DerivedNames.checkComponentName("Order", "hashCode"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Order");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DerivedNames.checkComponentName("Order", "class"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
