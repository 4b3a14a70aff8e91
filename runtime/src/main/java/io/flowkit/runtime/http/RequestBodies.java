package io.flowkit.runtime.http;

import io.flowkit.runtime.service.RequestBodyException;
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
   * The request body as a stream that fails with a 413 {@link RequestBodyException} once more than
   * {@code limit} bytes are read and that, when closed, first reads and discards what is left of the
   * body until {@link #drainLimit drainLimit(limit)} bytes have been read in all. Past that, closing
   * gives the body up and the connection is closed after the answer.
   */
  public static InputStream open(Request request, long limit) {
    return new BoundedInputStream(Request.asInputStream(request), limit, drainLimit(limit));
  }

  /** {@code in}, failing with a 413 {@link RequestBodyException} once more than {@code limit} bytes are read. */
  public static InputStream bounded(InputStream in, long limit) {
    return new BoundedInputStream(in, limit, 0);
  }

  /** The 413 for a body larger than {@code limit} bytes. */
  public static RequestBodyException tooLarge(long limit) {
    return new RequestBodyException(413, "The request body is larger than the limit of " + limit + " bytes", null);
  }

  /** Reads and discards what is left of the request body, {@code limit} bytes at the most. */
  public static void drain(Request request, long limit) {
    try (InputStream body = new BoundedInputStream(Request.asInputStream(request), Long.MAX_VALUE, limit)) {
      // closing drains
    } catch (IOException | RuntimeException e) {
      // A body that cannot be read is left: the connection is closed after the answer then anyway.
    }
  }
}
