package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.testing.KeptAliveConnection;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An endpoint that does not read the request body (a {@code GET} may carry one) still leaves a
 * kept-alive connection usable: the body is drained before the answer, not left for Jetty to close
 * the connection over after the answer went out saying nothing about it.
 */
class UnreadBodiesTest {

  @ParameterizedTest
  @ValueSource(strings = {"/fs/orders/metadata", "/health"})
  void aGetWithABodyLeavesTheConnectionUsable(String path) throws Exception {
    byte[] body = new byte[200_000];
    Arrays.fill(body, (byte) ' ');
    try (FlowServer server = FlowServer.builder().port(0).service(new ExampleImplementations().service(Duration.ofSeconds(30))).start();
        KeptAliveConnection connection = KeptAliveConnection.open(server.uri())) {
      KeptAliveConnection.Answer first = connection.send("GET", path, Map.of("Content-Type", "application/json"), body);

      assertThat(first.status()).isEqualTo(200);
      assertThat(first.keptAlive()).isTrue();
      assertThat(connection.send("GET", path, Map.of(), null).status()).as("the next request on the connection").isEqualTo(200);
    }
  }

  @Test
  void aGetWithoutABodyIsServedAsBefore() throws Exception {
    try (FlowServer server = FlowServer.builder().port(0).service(new ExampleImplementations().service(Duration.ofSeconds(30))).start();
        KeptAliveConnection connection = KeptAliveConnection.open(server.uri())) {
      for (int i = 0; i < 3; i++) {
        assertThat(connection.send("GET", "/fs/orders/metadata", Map.of(), null).body()).contains("\"actions\"");
      }
    }
  }
}
