package io.flowkit.runtime.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection kept alive across requests, written and read by hand: each request is sent
 * whole (head and body) before its answer is read, as a pooling client does, so a test can tell
 * whether the server kept the connection usable after each answer. Plain HTTP only.
 */
public final class KeptAliveConnection implements AutoCloseable {

  /** An answer as read off the connection; header names in lower case. */
  public record Answer(int status, Map<String, String> headers, String body) {

    /** A header's value, or {@code null}. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether the server means to keep the connection open after this answer. */
    public boolean keptAlive() {
      return !"close".equalsIgnoreCase(header("Connection"));
    }
  }

  private final Socket socket;
  private final String host;
  private final InputStream in;
  private final OutputStream out;

  private KeptAliveConnection(Socket socket, String host) throws IOException {
    this.socket = socket;
    this.host = host;
    this.in = new BufferedInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  /** Connects to the host and port of {@code server}; a read waiting longer than 30 s fails. */
  public static KeptAliveConnection open(URI server) {
    try {
      Socket socket = new Socket(server.getHost(), server.getPort());
      socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
      return new KeptAliveConnection(socket, server.getHost() + ":" + server.getPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends a request with {@code body} (none when {@code null}) and reads its answer. Fails when the
   * server has closed the connection before or while answering.
   */
  public Answer send(String method, String path, Map<String, String> headers, byte[] body) {
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    try {
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return read();
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + ": the connection broke", e);
    }
  }

  /**
   * Sends {@code request} exactly as given (head and body, see {@code HttpMutations.RawRequest}) and
   * reads the final answer, skipping interim {@code 1xx} ones. With {@code endOutput} the client then
   * stops sending (a TCP half-close), so the server sees the request end wherever the bytes do.
   * Fails when the server closes the connection without answering.
   */
  public Answer sendRaw(byte[] request, boolean endOutput) {
    try {
      out.write(request);
      out.flush();
      if (endOutput) {
        socket.shutdownOutput();
      }
      Answer answer = read();
      while (answer.status() >= 100 && answer.status() < 200) {
        answer = read();
      }
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException("the connection broke", e);
    }
  }

  /**
   * Whether the server has closed the connection: the next read, within 5 s, finds its end (or a
   * reset) rather than more bytes or nothing yet.
   */
  public boolean atEnd() {
    try {
      socket.setSoTimeout(5_000);
      return in.read() < 0;
    } catch (SocketException reset) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The {@code host:port} this connection is to, as a {@code Host} header names it. */
  public String host() {
    return host;
  }

  private Answer read() throws IOException {
    HttpAnswerReader.RawAnswer answer = HttpAnswerReader.read(in, false);
    return new Answer(answer.status(), answer.headers(), new String(answer.body(), StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // nothing to do
    }
  }
}
