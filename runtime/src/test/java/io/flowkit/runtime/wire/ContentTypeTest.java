package io.flowkit.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContentTypeTest {

  @ParameterizedTest
  @EnumSource(ContentType.class)
  void everyWireNameReadsBackInAnyCaseAndWithBlanksAround(ContentType type) {
    assertThat(ContentType.fromWireName(type.wireName())).isSameAs(type);
    assertThat(ContentType.fromWireName(type.wireName().toUpperCase(java.util.Locale.ROOT))).isSameAs(type);
    assertThat(ContentType.fromWireName(" " + type.wireName().toLowerCase(java.util.Locale.ROOT) + "\t")).isSameAs(type);
  }

  @Test
  void blankIsNoTypeAndAnUnknownNameIsRefusedByName() {
    assertThat(ContentType.fromWireName(null)).isNull();
    assertThat(ContentType.fromWireName("  ")).isNull();
    assertThatThrownBy(() -> ContentType.fromWireName("ContentDate"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ContentDate'");
  }
}
