package io.flowkit.store.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * One generated request and what the store must do with it.
 *
 * @param name the generator and mutation that made it, for the failure message
 * @param method the HTTP method
 * @param path the path, from the server root
 * @param headers the headers, in order, repeated names allowed
 * @param body the body, or {@code null}
 * @param framing how the body is delimited
 * @param expect what answers are allowed
 * @param carried the states the body carries: stored after a 2xx, never after a refusal
 * @param kept states that must still be stored afterwards whatever the answer (a refused delete
 *     must not delete them)
 */
record FuzzCase(
    String name,
    String method,
    String path,
    List<String[]> headers,
    byte[] body,
    Framing framing,
    Expect expect,
    List<StateKey> carried,
    List<StateKey> kept) {

  /** How the body is delimited on the wire. */
  enum Framing {
    /** {@code Content-Length} with the body's true length (none when there is no body). */
    LENGTH,
    /** {@code Transfer-Encoding: chunked}, correctly chunked. */
    CHUNKED,
    /** A {@code Content-Length} shorter than the body: the rest is garbage on the connection. */
    SHORT_LENGTH,
    /** A {@code Content-Length} longer than the body, then the client's side shut. */
    LONG_LENGTH,
    /** The headers as given, nothing added. */
    AS_GIVEN,
    /** The headers as given, then the client's side shut after the body. */
    CUT_OFF
  }

  /** What the store may answer. */
  enum Expect {
    /** A 4xx with the problem body. */
    REFUSE,
    /** A 400 with the problem body: the body is not exactly one well-formed JSON document of states. */
    MALFORMED,
    /** A 2xx: the request is valid. */
    ACCEPT,
    /** Either: the mutation may or may not matter; the store must be consistent with its answer. */
    EITHER
  }

  /** A state by tenant and id. */
  record StateKey(UUID tenant, UUID id) {}

  static FuzzCase of(String name, String method, String path, List<String[]> headers, String body,
      Expect expect, List<StateKey> carried) {
    return new FuzzCase(name, method, path, headers,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8), Framing.LENGTH, expect, carried, List.of());
  }

  FuzzCase withFraming(Framing other) {
    return new FuzzCase(name, method, path, headers, body, other, expect, carried, kept);
  }

  FuzzCase withBody(byte[] other) {
    return new FuzzCase(name, method, path, headers, other, framing, expect, carried, kept);
  }

  FuzzCase withKept(List<StateKey> other) {
    return new FuzzCase(name, method, path, headers, body, framing, expect, carried, other);
  }

  FuzzCase named(String other) {
    return new FuzzCase(other, method, path, headers, body, framing, expect, carried, kept);
  }

  /** The request head as sent, without the blank line. */
  String head() {
    StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: localhost");
    for (String[] header : headers) {
      head.append("\r\n").append(header[0]).append(": ").append(header[1]);
    }
    int length = body == null ? 0 : body.length;
    switch (framing) {
      case LENGTH -> {
        if (body != null) {
          head.append("\r\nContent-Length: ").append(length);
        }
      }
      case CHUNKED -> head.append("\r\nTransfer-Encoding: chunked");
      case SHORT_LENGTH -> head.append("\r\nContent-Length: ").append(Math.max(0, length / 2));
      case LONG_LENGTH -> head.append("\r\nContent-Length: ").append(length + 1 + length / 3);
      case AS_GIVEN, CUT_OFF -> { }
    }
    return head.toString();
  }

  /** Whether the client shuts its side after sending (the server sees the body end early). */
  boolean endsAfterSending() {
    return framing == Framing.LONG_LENGTH || framing == Framing.CUT_OFF;
  }

  /** Whether the connection is of no use after this case (garbage may follow on it). */
  boolean spoilsConnection() {
    return framing != Framing.LENGTH && framing != Framing.CHUNKED;
  }

  /** The body bytes as sent (chunked when so framed). */
  byte[] wireBody() {
    if (framing != Framing.CHUNKED || body == null) {
      return body;
    }
    int at = 0;
    int size = 1;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    while (at < body.length) {
      int n = Math.min(size, body.length - at);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, at, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      at += n;
      size = size * 7 + 3;
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  @Override
  public String toString() {
    String shown = body == null ? "(no body)"
        : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8).replace("\n", "\\n")
            + (body.length > 300 ? "... (" + body.length + " bytes)" : "");
    return name + " [" + expect + ", " + framing + "] " + method + " " + path + " body " + shown;
  }
}
