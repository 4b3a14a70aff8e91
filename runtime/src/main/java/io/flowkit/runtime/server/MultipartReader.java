package io.flowkit.runtime.server;

import io.flowkit.runtime.service.RequestBodyException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

/**
 * Reads a {@code multipart/form-data} body part by part, pulling bytes from the request only as the
 * caller reads a part's content: a file part is handed on as a stream and never held whole in
 * memory. At most one read buffer of the body is queued at any time. Jetty's {@link
 * MultiPart.Parser} does the parsing; this class turns its push events into pulls on one thread.
 */
final class MultipartReader {

  private static final int READ_SIZE = 16 * 1024;
  private static final int MAX_PART_HEADERS = 8 * 1024;

  /** What the parser reported, in order. */
  private sealed interface Event permits Begin, Header, HeadersDone, Bytes, End, Complete, Failure {}

  private record Begin() implements Event {}

  private record Header(String name, String value) implements Event {}

  private record HeadersDone() implements Event {}

  private record Bytes(byte[] bytes) implements Event {}

  private record End() implements Event {}

  private record Complete() implements Event {}

  private record Failure(Throwable cause) implements Event {}

  /** A part of the body: its headers and a stream of its content, valid until the next part is asked for. */
  static final class Part {
    private final String name;
    private final String fileName;
    private final String contentType;
    private final long length;
    private final PartContent content;

    private Part(String name, String fileName, String contentType, long length, PartContent content) {
      this.name = name;
      this.fileName = fileName;
      this.contentType = contentType;
      this.length = length;
      this.content = content;
    }

    /** The form field name from {@code Content-Disposition}, or {@code null}. */
    String name() {
      return name;
    }

    /** The file name from {@code Content-Disposition}, or {@code null}. */
    String fileName() {
      return fileName;
    }

    /** The part's {@code Content-Type}, or {@code null}. */
    String contentType() {
      return contentType;
    }

    /** The part's declared {@code Content-Length}, or -1. */
    long length() {
      return length;
    }

    InputStream content() {
      return content;
    }

    /**
     * The content as a stream that ends only once the whole request body has been read and found
     * well-formed: at the part's end it skips any parts that follow and reads the body to its end,
     * and a body that is malformed or breaks off there fails the read instead of ending it. For the
     * last part anyone needs, handed to code that acts on a complete read (stores an upload): a
     * request that is refused must not have been acted on.
     */
    InputStream contentToEnd() {
      content.toBodyEnd = true;
      return content;
    }
  }

  private final InputStream body;
  private final MultiPart.Parser parser;
  private final Deque<Event> events = new ArrayDeque<>();
  private boolean bodyDone;
  private boolean complete;
  private PartContent current;

  MultipartReader(InputStream body, String boundary) {
    this.body = body;
    this.parser =
        new MultiPart.Parser(
            boundary,
            new MultiPart.Parser.Listener() {
              @Override
              public void onPartBegin() {
                events.add(new Begin());
              }

              @Override
              public void onPartHeader(String name, String value) {
                events.add(new Header(name, value));
              }

              @Override
              public void onPartHeaders() {
                events.add(new HeadersDone());
              }

              @Override
              public void onPartContent(Content.Chunk chunk) {
                ByteBuffer buffer = chunk.getByteBuffer();
                if (buffer.hasRemaining()) {
                  byte[] bytes = new byte[buffer.remaining()];
                  buffer.get(bytes);
                  events.add(new Bytes(bytes));
                }
              }

              @Override
              public void onPartEnd() {
                events.add(new End());
              }

              @Override
              public void onComplete() {
                events.add(new Complete());
              }

              @Override
              public void onFailure(Throwable failure) {
                events.add(new Failure(failure));
              }
            });
    parser.setPartHeadersMaxLength(MAX_PART_HEADERS);
  }

  /** The boundary of a {@code multipart/form-data} content type, or {@code null} if it has none. */
  static String boundary(String contentType) {
    if (contentType == null) {
      return null;
    }
    Map<String, String> parameters = new HashMap<>();
    String type;
    try {
      type = HttpField.getValueParameters(contentType, parameters);
    } catch (RuntimeException e) {
      return null; // a malformed header (e.g. ";;;"): no boundary, refused as 415 by the caller
    }
    if (type == null || !"multipart/form-data".equalsIgnoreCase(type.trim())) {
      return null;
    }
    String boundary = null;
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if ("boundary".equalsIgnoreCase(parameter.getKey())) {
        boundary = parameter.getValue();
      }
    }
    return boundary == null || boundary.isEmpty() || boundary.length() > 200 ? null : boundary;
  }

  /**
   * The next part, after skipping what is left of the current one; {@code null} at the end of the
   * body.
   *
   * @throws RequestBodyException when the body is not valid multipart
   */
  Part nextPart() throws IOException {
    if (current != null) {
      current.skipRest();
      current = null;
    }
    if (complete) {
      return null;
    }
    Map<String, String> headers = new HashMap<>();
    boolean begun = false;
    while (true) {
      Event event = next();
      if (event instanceof Complete) {
        complete = true;
        return null;
      } else if (event instanceof Begin) {
        begun = true;
      } else if (event instanceof Header header && begun) {
        headers.putIfAbsent(header.name().toLowerCase(Locale.ROOT), header.value());
      } else if (event instanceof HeadersDone && begun) {
        current = new PartContent();
        return part(headers, current);
      } else if (!(event instanceof Bytes) && !(event instanceof End)) {
        throw new RequestBodyException(400, "The multipart body is malformed", null);
      }
    }
  }

  private static Part part(Map<String, String> headers, PartContent content) throws RequestBodyException {
    String name = null;
    String fileName = null;
    String disposition = headers.get("content-disposition");
    if (disposition != null) {
      Map<String, String> parameters = new HashMap<>();
      try {
        HttpField.getValueParameters(disposition, parameters);
      } catch (RuntimeException e) {
        // Jetty's tokenizer refuses e.g. an unterminated quote: the client's fault, not a 500.
        throw new RequestBodyException(400, "A multipart part has a malformed Content-Disposition", e);
      }
      Map<String, String> folded = new HashMap<>();
      parameters.forEach((key, value) -> folded.put(key.trim().toLowerCase(Locale.ROOT), value));
      name = folded.get("name");
      fileName = folded.get("filename");
      String extended = folded.get("filename*");
      if (extended != null && extended.regionMatches(true, 0, "UTF-8''", 0, 7)) {
        try {
          fileName = URLDecoder.decode(extended.substring(7).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          // keep the plain filename
        }
      }
    }
    long length = -1;
    String declared = headers.get("content-length");
    if (declared != null) {
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        length = -1;
      }
    }
    return new Part(name, fileName, headers.get("content-type"), length, content);
  }

  /** The next parser event, reading more of the body when none is queued. */
  private Event next() throws IOException {
    while (events.isEmpty()) {
      if (bodyDone) {
        throw new RequestBodyException(400, "The multipart body ended early", null);
      }
      byte[] buffer = new byte[READ_SIZE];
      int read = body.read(buffer);
      if (read < 0) {
        bodyDone = true;
        parser.parse(Content.Chunk.EOF);
      } else if (read > 0) {
        parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, read), false));
      }
    }
    Event event = events.poll();
    if (event instanceof Failure failure) {
      events.clear();
      events.add(failure);
      throw new RequestBodyException(400, "The multipart body is malformed", failure.cause());
    }
    return event;
  }

  /** The content of the current part, read on demand. */
  private final class PartContent extends InputStream {
    private byte[] bytes = new byte[0];
    private int position;
    private boolean ended;
    private boolean toBodyEnd;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int read = read(one, 0, 1);
      return read < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (position == bytes.length) {
        if (ended || current != this) {
          return -1;
        }
        Event event = next();
        if (event instanceof Bytes chunk) {
          bytes = chunk.bytes();
          position = 0;
        } else if (event instanceof End) {
          if (toBodyEnd) {
            readToBodyEnd();
          }
          ended = true;
        } else {
          throw new RequestBodyException(400, "The multipart body is malformed", null);
        }
      }
      int count = Math.min(length, bytes.length - position);
      System.arraycopy(bytes, position, target, offset, count);
      position += count;
      return count;
    }

    @Override
    public int available() {
      return bytes.length - position;
    }

    private void readToBodyEnd() throws IOException {
      Event event = next();
      while (!(event instanceof Complete)) {
        event = next();
      }
      byte[] sink = new byte[READ_SIZE];
      while (!bodyDone) {
        if (body.read(sink) < 0) {
          bodyDone = true;
        }
      }
      events.addFirst(event);
    }

    void skipRest() throws IOException {
      byte[] sink = new byte[READ_SIZE];
      while (read(sink, 0, sink.length) >= 0) {
        // discard
      }
    }
  }
}
