package io.flowkit.runtime.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 answer off a connection by hand, for the tests that write their requests by
 * hand too: the status line, the headers (names in lower case) and a body framed by {@code
 * Content-Length}, by chunks, or by the end of the connection.
 */
public final class HttpAnswerReader {

  /**
   * An answer as read.
   *
   * @param endedByClose whether its body ran to the end of the connection, which is then unusable
   */
  public record RawAnswer(int status, Map<String, String> headers, byte[] body, boolean endedByClose) {}

  private HttpAnswerReader() {}

  /**
   * Reads the next answer from {@code in}. With {@code noBody} (the answer to a HEAD) no body is
   * read whatever the headers say; a {@code 204} or {@code 304} never has one.
   */
  public static RawAnswer read(InputStream in, boolean noBody) throws IOException {
    String statusLine = line(in);
    if (!statusLine.startsWith("HTTP/1.1 ")) {
      throw new IOException("Not an HTTP/1.1 status line: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    if (noBody || status == 204 || status == 304) {
      return new RawAnswer(status, headers, new byte[0], false);
    }
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      ByteArrayOutputStream chunks = new ByteArrayOutputStream();
      for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
        chunks.write(bytes(in, size));
        line(in);
      }
      line(in);
      return new RawAnswer(status, headers, chunks.toByteArray(), false);
    }
    String length = headers.get("content-length");
    if (length != null) {
      return new RawAnswer(status, headers, bytes(in, Integer.parseInt(length)), false);
    }
    // Neither framing: an interim answer has no body; any other ends with the connection.
    if (status < 200) {
      return new RawAnswer(status, headers, new byte[0], false);
    }
    return new RawAnswer(status, headers, in.readAllBytes(), true);
  }

  private static int chunkSize(InputStream in) throws IOException {
    return Integer.parseInt(line(in).trim(), 16);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new EOFException("The server closed the connection");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(InputStream in, int count) throws IOException {
    byte[] bytes = in.readNBytes(count);
    if (bytes.length < count) {
      throw new EOFException("The server closed the connection within a body");
    }
    return bytes;
  }
}
