package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Requests Jetty itself refuses still get a {@code ServiceProblem}, never an HTML error page. */
class JettyErrorsTest {

  static String exchange(FlowServer server, String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void anAmbiguousPathIsAProblem() throws Exception {
    try (FlowServer server = FlowServer.builder().port(0).start()) {
      String answer = exchange(server, "GET /fs/%2e%2e/x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

      assertThat(answer).startsWith("HTTP/1.1 400");
      assertThat(answer).containsIgnoringCase("X-ManyWho-Service-Problem-Kind: service");
      assertThat(answer).contains("\"statusCode\":400").doesNotContain("<html");
    }
  }

  @Test
  void aClientThatStopsSendingItsBodyTimesOut() throws Exception {
    try (FlowServer server =
        FlowServer.builder()
            .port(0)
            .service(new io.flowkit.runtime.example.ExampleImplementations().service(java.time.Duration.ofSeconds(30)))
            .limits(ServerLimits.DEFAULT.withIdleTimeout(java.time.Duration.ofMillis(300)))
            .start()) {
      String answer =
          exchange(server, "POST /fs/orders/metadata HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
              + "Content-Length: 100\r\n\r\n{\"uri\":");

      assertThat(answer).startsWith("HTTP/1.1 408");
      assertThat(answer).contains("too slowly");
    }
  }
}
