package io.flowkit.runtime.http;

import io.flowkit.runtime.service.RequestBodyException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails with 413 as soon as more than {@code max} bytes have been read, whatever the client
 * declared; when closed, reads and discards what is left until {@code drainLimit} bytes have been
 * read in all (none for {@code 0}), so that the connection survives the answer.
 */
final class BoundedInputStream extends FilterInputStream {

  private final long max;
  private final long drainLimit;
  private long count;

  BoundedInputStream(InputStream in, long max, long drainLimit) {
    super(in);
    this.max = max;
    this.drainLimit = drainLimit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    if (read > 0) {
      count(read);
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() throws IOException {
    try {
      // Most bodies have been read to their end: a one-byte read says so without a drain buffer.
      if (count < drainLimit && in.read() >= 0) {
        count++;
        byte[] sink = new byte[8192];
        int read;
        while (count < drainLimit && (read = in.read(sink, 0, (int) Math.min(sink.length, drainLimit - count))) >= 0) {
          count += read;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not drained: closing below gives the body up, and the connection is closed after the answer.
    }
    super.close();
  }

  private void count(long read) throws RequestBodyException {
    count += read;
    if (count > max) {
      throw RequestBodies.tooLarge(max);
    }
  }
}
