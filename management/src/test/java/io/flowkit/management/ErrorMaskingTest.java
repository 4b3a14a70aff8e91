package io.flowkit.management;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorMaskingTest {

  @Test
  void tokensKeysAndEmailAddressesAreMasked() {
    String masked =
        ErrorMasking.mask("Refused eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0 for ada@example.com with key AKIA1234567890ABCDEF");

    assertThat(masked)
        .doesNotContain("eyJhbGciOiJFUzI1NiJ9").doesNotContain("eyJzdWIiOiIxMjM0NTY3ODkwIn0")
        .doesNotContain("ada@example.com").doesNotContain("AKIA1234567890ABCDEF")
        .startsWith("Refused [masked]");
  }

  @Test
  void pathsNamesAndShortNumbersStay() {
    String message = "No message action at 'actions/create-order-for-customer' in service 'Orders' (status 404, line 12)";

    assertThat(ErrorMasking.mask(message)).isEqualTo(message);
  }

  @Test
  void longMessagesAreCutAndControlCharactersBlanked() {
    assertThat(ErrorMasking.mask("a\nb\u0000c")).isEqualTo("a b c");
    assertThat(ErrorMasking.mask("x ".repeat(400))).hasSize(301).endsWith("…");
    assertThat(ErrorMasking.mask(null)).isEmpty();
  }
}
