package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.testing.KeptAliveConnection;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A message Jetty cannot parse is answered with a problem body and {@code Connection: close}, and
 * the connection is then closed: the client is told, not left to find a reset on its next request.
 */
class MalformedMessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      // a request line that is not one
      "GET /health HTTP/1.1 extra\r\nHost: h\r\n\r\n",
      // two framings at once
      "POST /health HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
      // an unknown transfer coding
      "POST /health HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: rot13\r\n\r\n{}",
      // a header line without a colon
      "GET /health HTTP/1.1\r\nHost: h\r\nno colon here\r\n\r\n"})
  void isAnswered400WithConnectionCloseAndTheConnectionEnds(String message) throws Exception {
    try (FlowServer server = FlowServer.builder().port(0).build().start();
        KeptAliveConnection connection = KeptAliveConnection.open(server.uri())) {
      KeptAliveConnection.Answer answer = connection.sendRaw(message.getBytes(StandardCharsets.ISO_8859_1), false);
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
      assertThat(answer.header("Content-Type")).startsWith("application/json");
      assertThat(answer.body()).contains("\"statusCode\":400");
      assertThat(connection.atEnd()).as("the connection is closed after the answer").isTrue();
    }
  }

  @Test
  void aRequestJettyParsedButNoHandlerTookKeepsItsConnection() throws Exception {
    try (FlowServer server = FlowServer.builder().port(0).build().start();
        KeptAliveConnection connection = KeptAliveConnection.open(server.uri())) {
      KeptAliveConnection.Answer answer = connection.send("GET", "/nothing/here", Map.of(), null);
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.keptAlive()).isTrue();
      assertThat(connection.send("GET", "/health", Map.of(), null).status()).isEqualTo(200);
    }
  }
}
