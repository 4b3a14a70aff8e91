package io.flowkit.store.fuzz;

import io.flowkit.runtime.testing.HttpAnswerReader;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written and read by hand over one kept-alive socket, reconnecting when the server closed
 * it: a request's head is sent exactly as given (any header, any or no {@code Content-Length}), so
 * that the generators can send what no HTTP client library would.
 */
final class RawHttpConnection implements AutoCloseable {

  /** An answer; header names in lower case. */
  record Answer(int status, Map<String, String> headers, byte[] body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final URI server;
  private int closedBeforeAnswering;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  RawHttpConnection(URI server) {
    this.server = server;
  }

  /**
   * Sends {@code head} (request line and headers, without the blank line that ends them) and {@code
   * body}, and reads the answer. With {@code endAfterSending} the connection's output is shut after
   * the body (the server then sees the body end early) and the connection is not reused.
   */
  Answer send(String head, byte[] body, boolean endAfterSending) {
    boolean reused = socket != null;
    try {
      Answer answer = attempt(head, body, endAfterSending);
      if (answer == null && reused) {
        // The server closed the kept-alive connection before answering on it: RFC 9112 9.3.1 lets
        // a client send again on a new connection, and every store request is idempotent.
        closedBeforeAnswering++;
        answer = attempt(head, body, endAfterSending);
      }
      if (answer == null) {
        throw new EOFException("The server closed the connection without answering");
      }
      return answer;
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("the connection broke: " + e.getMessage(), e);
    }
  }

  /** How many times a kept-alive connection was found closed before an answer, and the request sent again. */
  int closedBeforeAnswering() {
    return closedBeforeAnswering;
  }

  /** Sends once; {@code null} when the server closed the connection before a byte of answer. */
  private Answer attempt(String head, byte[] body, boolean endAfterSending) throws IOException {
    connectIfNeeded();
    try {
      out.write((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      if (endAfterSending) {
        socket.shutdownOutput();
      }
    } catch (IOException writeFailed) {
      // The server may have answered and closed before taking the whole request (a head too
      // large, a body refused by its declared length): its answer is still to be read.
      endAfterSending = true;
    }
    if (closedBeforeAnyByte()) {
      close();
      return null;
    }
    Answer answer = read(head.startsWith("HEAD "));
    if (endAfterSending || "close".equalsIgnoreCase(answer.header("connection"))) {
      close();
    }
    return answer;
  }

  private boolean closedBeforeAnyByte() throws IOException {
    in.mark(1);
    try {
      if (in.read() < 0) {
        return true;
      }
    } catch (SocketException reset) {
      // A request written into a connection the server had closed is answered with a reset.
      return true;
    }
    in.reset();
    return false;
  }

  /** Whether a socket is open: the next request goes on the same connection. */
  boolean isOpen() {
    return socket != null;
  }

  /** Closes the socket; the next request opens a new one. */
  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // nothing to do
      }
      socket = null;
    }
  }

  private void connectIfNeeded() throws IOException {
    if (socket == null) {
      socket = new Socket(server.getHost(), server.getPort());
      socket.setSoTimeout(30_000);
      socket.setTcpNoDelay(true);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
    }
  }

  private Answer read(boolean noBody) throws IOException {
    HttpAnswerReader.RawAnswer answer = HttpAnswerReader.read(in, noBody);
    if (answer.endedByClose()) {
      close();
    }
    return new Answer(answer.status(), answer.headers(), answer.body());
  }
}
