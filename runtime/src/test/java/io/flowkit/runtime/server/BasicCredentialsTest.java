package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  final BasicCredentials credentials = new BasicCredentials("account", "t:k\u00e9n");

  @Test
  void acceptsOnlyTheExactUsernameAndToken() {
    assertThat(credentials.accepts(basic("account:t:k\u00e9n"))).isTrue();
    assertThat(credentials.accepts("basic " + Base64.getEncoder().encodeToString("account:t:k\u00e9n".getBytes(StandardCharsets.UTF_8)))).isTrue();
    assertThat(credentials.accepts(basic("account:t:ken"))).isFalse();
    assertThat(credentials.accepts(basic("Account:t:k\u00e9n"))).isFalse();
    assertThat(credentials.accepts(basic("account:t:k\u00e9n "))).isFalse();
    assertThat(credentials.accepts(basic("account"))).isFalse();
    assertThat(credentials.accepts("Basic %%%")).isFalse();
    assertThat(credentials.accepts("Bearer x")).isFalse();
    assertThat(credentials.accepts(null)).isFalse();
  }

  @Test
  void refusesUnusableCredentials() {
    assertThatThrownBy(() -> new BasicCredentials("a:b", "t")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BasicCredentials("a", "")).isInstanceOf(IllegalArgumentException.class);
  }
}
