package io.flowkit.runtime.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallbackRetryTest {

  @Test
  void backoffDoublesUpToTheMaximum() {
    CallbackRetry retry = new CallbackRetry(10, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(1));

    assertThat(retry.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(retry.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(retry.backoffAfter(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(retry.backoffAfter(4)).isEqualTo(Duration.ofSeconds(5));
    assertThat(retry.backoffAfter(60)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void atLeastOneAttempt() {
    assertThatThrownBy(() -> new CallbackRetry(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
