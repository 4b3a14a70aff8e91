package io.flowkit.runtime.server;

import io.flowkit.runtime.service.RequestBodyException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with 413 as soon as more than {@code max} bytes have been read, whatever the client declared. */
final class BoundedInputStream extends FilterInputStream {

  private final long max;
  private long count;

  BoundedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
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

  private void count(long read) throws RequestBodyException {
    count += read;
    if (count > max) {
      throw tooLarge(max);
    }
  }

  static RequestBodyException tooLarge(long max) {
    return new RequestBodyException(413, "The request body is larger than the limit of " + max + " bytes", null);
  }
}
