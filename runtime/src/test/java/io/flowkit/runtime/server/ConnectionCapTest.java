package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.testing.ConnectionCapProbe;
import org.junit.jupiter.api.Test;

class ConnectionCapTest {

  @Test
  void pastItsCapTheServerTakesUpANewConnectionOnlyOnceAnotherCloses() throws Exception {
    try (FlowServer server = FlowServer.builder().port(0).maxConnections(2).build().start()) {
      ConnectionCapProbe.assertCappedAt(server.uri(), 2, "/health/live");
    }
  }

  @Test
  void aCapMustBePositive() {
    assertThatThrownBy(() -> FlowServer.builder().maxConnections(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxConnections");
  }
}
