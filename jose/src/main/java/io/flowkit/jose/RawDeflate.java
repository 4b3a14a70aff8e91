package io.flowkit.jose;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Raw DEFLATE (RFC 1951, no zlib header), which is what a JWE's {@code zip: DEF} means (RFC 7516),
 * done with the JDK's zlib: compressed at a chosen level, inflated straight into its result up to a
 * size limit.
 */
public final class RawDeflate {

  /**
   * The level tokens are compressed at: {@link Deflater#BEST_SPEED}. Measured on state tokens (the
   * compact JWS, Base64URL of JSON): level 1 deflates 20 MB in 0.42 s where the JOSE libraries'
   * level 8 takes 0.72 s, and 8 KB in about 60 µs instead of 80 µs, for output 2–3 % larger (the
   * Base64 of a JWS leaves little for the slower levels to find). Any level inflates the same.
   */
  public static final int LEVEL = Deflater.BEST_SPEED;

  private RawDeflate() {}

  /** {@code data} compressed at {@code level} (0–9). */
  public static byte[] deflate(byte[] data, int level) {
    Deflater deflater = new Deflater(level, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      // Tokens shrink to about half; grow by half when that guess is short.
      byte[] out = new byte[data.length / 2 + 1024];
      int length = 0;
      while (!deflater.finished()) {
        if (length == out.length) {
          out = Arrays.copyOf(out, out.length + out.length / 2);
        }
        length += deflater.deflate(out, length, out.length - length);
      }
      return length == out.length ? out : Arrays.copyOf(out, length);
    } finally {
      deflater.end();
    }
  }

  /**
   * The inflated bytes of {@code deflated}, inflated directly into the result (no intermediate
   * buffers), never holding more than {@code maxBytes} + 1 bytes.
   *
   * @throws TooLargeException when the inflated bytes would be more than {@code maxBytes}
   * @throws DataFormatException when {@code deflated} is not a complete raw DEFLATE stream
   */
  public static byte[] inflate(byte[] deflated, int maxBytes)
      throws TooLargeException, DataFormatException {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative");
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(deflated);
      // One byte over the limit is room enough to notice that the limit is passed.
      int limit = maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1;
      byte[] out = new byte[(int) Math.min(limit, Math.max(1024L, deflated.length * 3L))];
      int length = 0;
      while (!inflater.finished()) {
        if (length == out.length) {
          if (out.length >= limit) {
            throw new TooLargeException(maxBytes);
          }
          out = Arrays.copyOf(out, (int) Math.min(limit, out.length * 2L));
        }
        int n = inflater.inflate(out, length, out.length - length);
        if (n == 0 && !inflater.finished()
            && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new DataFormatException("the DEFLATE stream is truncated");
        }
        length += n;
      }
      if (length > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
      return length == out.length ? out : Arrays.copyOf(out, length);
    } finally {
      inflater.end();
    }
  }

  /** Inflating would give more bytes than allowed. */
  public static final class TooLargeException extends Exception {

    private static final long serialVersionUID = 1L;

    TooLargeException(int maxBytes) {
      super("inflates to more than " + maxBytes + " bytes", null, false, false);
    }
  }
}
