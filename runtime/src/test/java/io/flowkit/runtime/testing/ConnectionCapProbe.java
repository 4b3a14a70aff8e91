package io.flowkit.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a server's connection cap from outside: with as many kept-alive connections open as the
 * cap allows, one more is not served; once one of them closes, it is.
 */
public final class ConnectionCapProbe {

  private ConnectionCapProbe() {}

  /** Asserts that the server at {@code server} serves at most {@code cap} connections, asking {@code path}. */
  public static void assertCappedAt(URI server, int cap, String path) throws Exception {
    List<KeptAliveConnection> open = new ArrayList<>();
    try {
      for (int i = 0; i < cap; i++) {
        KeptAliveConnection connection = KeptAliveConnection.open(server);
        open.add(connection);
        KeptAliveConnection.Answer answer = connection.send("GET", path, Map.of(), null);
        assertThat(answer.status()).as("connection %d of the cap", i + 1).isEqualTo(200);
        assertThat(answer.keptAlive()).isTrue();
      }
      try (Socket extra = new Socket(server.getHost(), server.getPort())) {
        // The operating system completes the connect; the server does not take it up.
        extra.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + open.get(0).host() + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = new BufferedInputStream(extra.getInputStream());
        extra.setSoTimeout(1_000);
        assertThatThrownBy(in::read).as("an answer past the cap").isInstanceOf(SocketTimeoutException.class);

        open.remove(0).close();
        extra.setSoTimeout(30_000);
        assertThat(HttpAnswerReader.read(in, false).status()).as("the answer once a connection closed").isEqualTo(200);
      }
    } finally {
      open.forEach(KeptAliveConnection::close);
    }
  }
}
