package io.flowkit.store.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RawHttpConnectionTest {

  /**
   * A server that answers {@code perConnection} requests on each connection it accepts, then closes
   * it without saying so; {@code connections} counts what it accepted.
   */
  private static ServerSocket server(int perConnection, AtomicInteger connections) throws IOException {
    ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accepter = new Thread(() -> {
      while (!listener.isClosed()) {
        try (Socket socket = listener.accept()) {
          int n = connections.incrementAndGet();
          BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
          for (int answered = 0; answered < perConnection; answered++) {
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
              // the head; the test's requests have no body
            }
            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n" + n).getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
          }
        } catch (IOException e) {
          // closed
        }
      }
    });
    accepter.setDaemon(true);
    accepter.start();
    return listener;
  }

  @Test
  void aKeptAliveConnectionTheServerClosedIsSentAgainOnANewOne() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket listener = server(1, connections);
        RawHttpConnection http = new RawHttpConnection(URI.create("http://127.0.0.1:" + listener.getLocalPort()))) {
      assertThat(http.send("GET / HTTP/1.1\r\nHost: x", null, false).text()).isEqualTo("1");
      // The server has closed the first connection after its answer, without a Connection header.
      Thread.sleep(100);

      RawHttpConnection.Answer second = http.send("GET / HTTP/1.1\r\nHost: x", null, false);

      assertThat(second.text()).isEqualTo("2");
      assertThat(http.closedBeforeAnswering()).isEqualTo(1);
    }
  }

  @Test
  void aNewConnectionClosedBeforeAnsweringIsAFailure() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket listener = server(0, connections);
        RawHttpConnection http = new RawHttpConnection(URI.create("http://127.0.0.1:" + listener.getLocalPort()))) {
      assertThatThrownBy(() -> http.send("GET / HTTP/1.1\r\nHost: x", null, false))
          .isInstanceOf(UncheckedIOException.class).hasMessageContaining("without answering");
      assertThat(http.closedBeforeAnswering()).isZero();
    }
  }
}
