package io.flowkit.runtime.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.server.Request;

/**
 * Request bodies that are read to their end, up to a bound, whatever the answer. A server that
 * answers without reading the whole body makes Jetty close the connection after the answer: a
 * client reusing the kept-alive connection then finds it dead, and a client still sending a large
 * body can lose the answer to the TCP reset. So a body opened here reads and discards its rest
 * when closed, and every refusal drains a body nobody opened ({@link ProblemResponses#refuse}).
 */
public final class RequestBodies {

  /** The least a body is drained to, whatever the endpoint's body limit: 4 MiB. */
  public static final long MIN_DRAIN = 4L << 20;

  private RequestBodies() {}

  /**
   * How far a body is drained, given the endpoint's body limit: the limit plus as much again (at
   * least {@link #MIN_DRAIN}), so that a client that sends a body of up to about twice the limit
   * before reading the answer still gets it, whether the body was refused for its declared length
   * (nothing read yet) or once the limit was passed.
   */
  public static long drainLimit(long bodyLimit) {
    return bodyLimit + Math.max(MIN_DRAIN, bodyLimit);
  }

  /**
   * The request body as a stream that, when closed, first reads and discards what is left of the
   * body until {@code drainLimit} bytes have been read in all. Past that, closing gives the body up
   * and the connection is closed after the answer.
   */
  public static InputStream open(Request request, long drainLimit) {
    return new DrainingInputStream(Request.asInputStream(request), drainLimit);
  }

  /** Reads and discards what is left of the request body, {@code limit} bytes at the most. */
  public static void drain(Request request, long limit) {
    try (InputStream body = open(request, limit)) {
      // closing drains
    } catch (IOException | RuntimeException e) {
      // A body that cannot be read is left: the connection is closed after the answer then anyway.
    }
  }

  private static final class DrainingInputStream extends FilterInputStream {

    private final long drainLimit;
    private long read;

    DrainingInputStream(InputStream in, long drainLimit) {
      super(in);
      this.drainLimit = drainLimit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        read++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        read += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      read += skipped;
      return skipped;
    }

    @Override
    public void close() throws IOException {
      try {
        byte[] sink = new byte[8192];
        int n;
        while (read < drainLimit && (n = in.read(sink, 0, (int) Math.min(sink.length, drainLimit - read))) >= 0) {
          read += n;
        }
      } catch (IOException | RuntimeException e) {
        // Not drained: closing below gives the body up.
      }
      super.close();
    }
  }
}
