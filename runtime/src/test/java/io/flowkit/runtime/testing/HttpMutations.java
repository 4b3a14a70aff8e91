package io.flowkit.runtime.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded mutations of an HTTP/1.1 request's head and framing, written as raw bytes so that what no
 * well-behaved client would send can be sent: odd or malformed content types and charsets, content
 * codings the server does not apply, content lengths that disagree with the body, chunked bodies
 * (valid and broken), both framings at once, and broken or foreign {@code Authorization} headers.
 * Pair with {@link KeptAliveConnection#sendRaw}; a mutation that leaves the connection unusable says
 * so ({@link RawRequest#closesConnection()}).
 */
public final class HttpMutations {

  /** How the body is framed on the wire. */
  public enum Framing {
    /** {@code Content-Length} of the body's true length. */
    EXACT,
    /** {@code Content-Length} shorter than the body: the rest reads as the next request. */
    LENGTH_SHORT,
    /** {@code Content-Length} longer than the body, then the client stops sending (half-close). */
    LENGTH_LONG,
    /** {@code Transfer-Encoding: chunked}, correctly chunked. */
    CHUNKED,
    /** Chunked with a chunk size that is not hex or disagrees with the data. */
    CHUNKED_BROKEN,
    /** Both {@code Transfer-Encoding: chunked} and {@code Content-Length}. */
    CHUNKED_AND_LENGTH,
    /** A transfer coding other than chunked. */
    OTHER_TRANSFER_CODING,
    /** Neither header: a request with no body as far as HTTP/1.1 is concerned. */
    NONE
  }

  /** A request to send as raw bytes: request line, headers in order (repeats allowed), body, framing. */
  public record RawRequest(String method, String target, List<String[]> headers, byte[] body, Framing framing) {

    public RawRequest {
      headers = List.copyOf(headers);
    }

    /** An ordinary request with a {@code Content-Type} (none when {@code null}) and an exact length. */
    public static RawRequest of(String method, String target, String contentType, byte[] body) {
      List<String[]> headers = new ArrayList<>();
      if (contentType != null) {
        headers.add(new String[] {"Content-Type", contentType});
      }
      return new RawRequest(method, target, headers, body, body == null ? Framing.NONE : Framing.EXACT);
    }

    public RawRequest withHeader(String name, String value) {
      List<String[]> copy = new ArrayList<>(headers);
      copy.add(new String[] {name, value});
      return new RawRequest(method, target, copy, body, framing);
    }

    public RawRequest withoutHeader(String name) {
      List<String[]> copy = new ArrayList<>(headers);
      copy.removeIf(h -> h[0].equalsIgnoreCase(name));
      return new RawRequest(method, target, copy, body, framing);
    }

    /** Replaces every header of that name by one with this value. */
    public RawRequest replacingHeader(String name, String value) {
      return withoutHeader(name).withHeader(name, value);
    }

    public RawRequest withFraming(Framing value) {
      return new RawRequest(method, target, headers, body, value);
    }

    public RawRequest withBody(byte[] value) {
      return new RawRequest(method, target, headers, value, framing == Framing.NONE ? Framing.EXACT : framing);
    }

    /** Whether the server cannot tell where this request ends, so the connection is not reusable after it. */
    public boolean closesConnection() {
      return framing != Framing.EXACT && framing != Framing.CHUNKED && framing != Framing.NONE;
    }

    /**
     * Whether the server must treat this as a malformed message and close the connection without
     * reading on: the end of the body cannot be found (broken chunking, two framings, an unknown
     * transfer coding), bytes follow the declared body that are no request, or an {@code Expect}
     * the server does not know (Jetty refuses it as a bad message, 417).
     */
    public boolean malformedMessage() {
      boolean unknownExpectation =
          headers.stream().anyMatch(h -> h[0].equalsIgnoreCase("Expect") && !h[1].trim().equalsIgnoreCase("100-continue"));
      return unknownExpectation || framing == Framing.CHUNKED_BROKEN || framing == Framing.CHUNKED_AND_LENGTH
          || framing == Framing.OTHER_TRANSFER_CODING || framing == Framing.LENGTH_SHORT;
    }

    /** Whether the client stops sending after this request, so that the server sees the body end early. */
    public boolean halfCloses() {
      return framing == Framing.LENGTH_LONG;
    }

    /** The request as bytes on the wire, with {@code Host} first. */
    public byte[] toBytes(String host) {
      byte[] content = body == null ? new byte[0] : body;
      StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n");
      for (String[] header : headers) {
        head.append(header[0]).append(": ").append(header[1]).append("\r\n");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 256);
      byte[] payload = content;
      switch (framing) {
        case EXACT -> head.append("Content-Length: ").append(content.length).append("\r\n");
        case LENGTH_SHORT -> head.append("Content-Length: ").append(Math.max(0, content.length / 2)).append("\r\n");
        case LENGTH_LONG -> head.append("Content-Length: ").append(content.length + 1 + content.length / 3).append("\r\n");
        case CHUNKED -> {
          head.append("Transfer-Encoding: chunked\r\n");
          payload = chunked(content, false);
        }
        case CHUNKED_BROKEN -> {
          head.append("Transfer-Encoding: chunked\r\n");
          payload = chunked(content, true);
        }
        case CHUNKED_AND_LENGTH -> {
          head.append("Transfer-Encoding: chunked\r\nContent-Length: ").append(content.length).append("\r\n");
          payload = chunked(content, false);
        }
        case OTHER_TRANSFER_CODING -> head.append("Transfer-Encoding: gzip\r\n");
        case NONE -> payload = new byte[0];
      }
      head.append("\r\n");
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(payload);
      return out.toByteArray();
    }

    private static byte[] chunked(byte[] content, boolean broken) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 64);
      int half = content.length / 2;
      writeChunk(out, content, 0, half, broken ? "zz" : null);
      writeChunk(out, content, half, content.length - half, null);
      out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      return out.toByteArray();
    }

    private static void writeChunk(ByteArrayOutputStream out, byte[] content, int from, int length, String size) {
      if (length == 0) {
        return;
      }
      out.writeBytes(((size != null ? size : Integer.toHexString(length)) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(content, from, length);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(method + " " + target + " [" + framing + "]");
      for (String[] header : headers) {
        String value = header[1].length() > 60 ? header[1].substring(0, 60) + "…" : header[1];
        text.append(" ").append(header[0]).append(": ").append(value.replaceAll("[^\\x20-\\x7e]", "?")).append(";");
      }
      return text.toString();
    }
  }

  /** Content types a JSON endpoint may be sent, valid ones included. */
  public static final List<String> CONTENT_TYPES =
      List.of(
          "application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
          "Application/JSON", "application/vnd.api+json", "application/json; charset=iso-8859-1",
          "application/json; charset=utf-16", "application/json; charset=nonsense", "application/json; charset=",
          "application/json; charset=\"utf-8\"", "application/json;;", "application/json; =", "application/json; a",
          "text/plain", "text/json", "application/xml", "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x", "multipart/form-data", "*/*", "application/*", "", " ", ";", ";;;",
          "=", "/", "application/", "/json", "application json", "application/json\tx", "\u00e9/\u00e9",
          "application/json; boundary=\"unterminated", "x".repeat(3000));

  /** Values for {@code Content-Encoding}, none of which the server applies for JSON. */
  public static final List<String> CONTENT_ENCODINGS = List.of("identity", "gzip", "deflate", "br", "compress", "x-bogus", "gzip, gzip", "");

  /** What a client may put in {@code Authorization} instead of valid credentials. */
  public static List<String> authorizations(SplittableRandom random) {
    String b64 = Base64.getEncoder().encodeToString(JsonMutations.randomText(random, random.nextInt(0, 40)).getBytes(StandardCharsets.UTF_8));
    String jwtPart = Base64.getUrlEncoder().withoutPadding().encodeToString(
        ("{\"sub\":\"" + JsonMutations.randomText(random, 6) + "\",\"exp\":" + random.nextLong() + "}").getBytes(StandardCharsets.UTF_8));
    return List.of(
        "", "Basic", "Basic ", "Basic " + b64, "Basic !!!notbase64!!!", "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, ':', (byte) 0xfe}),
        "basic " + b64, "Bearer", "Bearer " + JsonMutations.randomText(random, 30), "Bearer a.b.c", "Bearer " + jwtPart + "." + jwtPart + ".x",
        jwtPart + "." + jwtPart + "." + jwtPart, "Digest username=\"x\"", "Basic " + "QUFB".repeat(2000), "..", "Bearer ..",
        "Basic " + Base64.getEncoder().encodeToString("\u00e9:\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
  }

  private HttpMutations() {}

  /** One mutation of a JSON request's head or framing, described in the request's {@code toString}. */
  public static RawRequest mutateHead(RawRequest request, SplittableRandom random) {
    switch (random.nextInt(7)) {
      case 0:
        return request.replacingHeader("Content-Type", pick(CONTENT_TYPES, random));
      case 1:
        return request.withoutHeader("Content-Type");
      case 2:
        return request.withHeader("Content-Encoding", pick(CONTENT_ENCODINGS, random));
      case 3:
        return request.withFraming(pick(List.of(Framing.values()), random));
      case 4:
        return request.withHeader("Authorization", pick(authorizations(random), random));
      case 5:
        // A header repeated with a different value: which one counts is the server's business, not a 5xx.
        return request.withHeader("Content-Type", pick(CONTENT_TYPES, random));
      default:
        return request.withHeader(
            pick(List.of("Accept", "Accept-Charset", "Expect", "ManyWhoTenant", "X-Request-Id", "Content-Language", "Range", "If-Match"), random),
            pick(List.of("", "*/*", "text/html", "100-continue", "none", "x".repeat(500), "\u00e9", "bytes=0-1", "\"etag\""), random));
    }
  }

  /** The body as a well-formed {@code multipart/form-data}, parts in order, CRLF line ends. */
  public static byte[] multipart(String boundary, List<Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part part : parts) {
      out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(part.head().getBytes(StandardCharsets.UTF_8));
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      out.writeBytes(part.content());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A multipart part: its header lines (each ending in CRLF) and content. */
  public record Part(String head, byte[] content) {

    public static Part json(String name, String json) {
      return new Part("Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: application/json\r\n",
          json.getBytes(StandardCharsets.UTF_8));
    }

    public static Part file(String name, String fileName, String contentType, byte[] content) {
      return new Part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
          + "Content-Type: " + contentType + "\r\n", content);
    }
  }

  /**
   * A damaged multipart request: the body of {@code parts} under {@code boundary}, with one of
   * missing, reordered, repeated or headless parts, a boundary that the body does not use or that
   * breaks the rules, LF line ends, truncation, preamble and epilogue, or an endless part head.
   * Returns the content type to send and the body, with what was done.
   */
  public static MultipartMutation mutateMultipart(String boundary, List<Part> parts, SplittableRandom random) {
    String type = "multipart/form-data; boundary=" + boundary;
    byte[] valid = multipart(boundary, parts);
    List<Part> list = new ArrayList<>(parts);
    switch (random.nextInt(15)) {
      case 0:
        list.remove(random.nextInt(list.size()));
        return new MultipartMutation("a part missing", type, multipart(boundary, list));
      case 1:
        Collections.reverse(list);
        return new MultipartMutation("parts reversed", type, multipart(boundary, list));
      case 2:
        list.add(list.get(random.nextInt(list.size())));
        return new MultipartMutation("a part repeated", type, multipart(boundary, list));
      case 3:
        list.set(random.nextInt(list.size()), new Part("", "headless".getBytes(StandardCharsets.UTF_8)));
        return new MultipartMutation("a part without headers", type, multipart(boundary, list));
      case 4:
        return new MultipartMutation("other boundary in the header", "multipart/form-data; boundary=other" + boundary, valid);
      case 5:
        return new MultipartMutation("quoted boundary", "multipart/form-data; boundary=\"" + boundary + "\"", valid);
      case 6:
        String longBoundary = "b".repeat(random.nextInt(71, 5_000));
        return new MultipartMutation("boundary of " + longBoundary.length() + " chars",
            "multipart/form-data; boundary=" + longBoundary, multipart(longBoundary, parts));
      case 7:
        String lf = new String(valid, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        return new MultipartMutation("LF line ends", type, lf.getBytes(StandardCharsets.ISO_8859_1));
      case 8:
        int cut = random.nextInt(valid.length);
        byte[] truncated = new byte[cut];
        System.arraycopy(valid, 0, truncated, 0, cut);
        return new MultipartMutation("truncated to " + cut + " of " + valid.length + " bytes", type, truncated);
      case 9:
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        framed.writeBytes("preamble\r\n".getBytes(StandardCharsets.UTF_8));
        framed.writeBytes(valid);
        framed.writeBytes("epilogue --".getBytes(StandardCharsets.UTF_8));
        return new MultipartMutation("preamble and epilogue", type, framed.toByteArray());
      case 10:
        list.set(0, new Part(list.get(0).head() + "X-Long: " + "h".repeat(random.nextInt(1_000, 20_000)) + "\r\n", list.get(0).content()));
        return new MultipartMutation("a long part header", type, multipart(boundary, list));
      case 11:
        return new MultipartMutation("no boundary parameter", pick(List.of("multipart/form-data", "multipart/form-data; boundary=",
            "multipart/form-data; boundary", "multipart/mixed; boundary=" + boundary, "multipart/form-data; boundary=\"\""), random), valid);
      case 12:
        list.set(random.nextInt(list.size()), new Part("Content-Disposition: " + pick(List.of("", "form-data", "form-data; name=",
            "form-data; name=\"", "attachment; filename=\"x\"", "form-data; name*=UTF-8''%ff%fe", "form-data; name=\"file\"; filename=\"\u00e9\0.txt\""), random)
            + "\r\nContent-Type: " + pick(CONTENT_TYPES, random) + "\r\n", list.get(0).content()));
        return new MultipartMutation("odd part headers", type, multipart(boundary, list));
      case 13:
        String upper = new String(valid, StandardCharsets.ISO_8859_1).replace("--" + boundary + "--", "--" + boundary.toUpperCase(Locale.ROOT) + "--");
        return new MultipartMutation("no closing boundary", type, upper.getBytes(StandardCharsets.ISO_8859_1));
      default:
        return new MultipartMutation("empty body", type, new byte[0]);
    }
  }

  /** A damaged multipart body and the content type to send it with. */
  public record MultipartMutation(String name, String contentType, byte[] body) {}

  private static <T> T pick(List<T> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }
}
