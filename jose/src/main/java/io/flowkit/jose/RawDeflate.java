package io.flowkit.jose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

  /**
   * Inputs from this size on are deflated in slices on several cores, each slice primed with the
   * 32 KB before it, the way pigz does: one valid DEFLATE stream, within a fraction of a percent of
   * the single-threaded size, in about half the time on two cores.
   */
  public static final int PARALLEL_FROM_BYTES = 4 << 20;

  // DEFLATE looks back at most 32 KB: the most a slice can use of the data before it.
  private static final int WINDOW = 32 * 1024;

  /** {@code data} compressed at {@code level} (0–9). */
  public static byte[] deflate(byte[] data, int level) {
    int slices =
        data.length < PARALLEL_FROM_BYTES || level == Deflater.NO_COMPRESSION
            ? 1
            : Math.min(Math.min(Runtime.getRuntime().availableProcessors(), 4),
                data.length / (PARALLEL_FROM_BYTES / 2));
    return deflate(data, level, slices);
  }

  /** {@code data} compressed at {@code level} in {@code slices} slices deflated in parallel. */
  static byte[] deflate(byte[] data, int level, int slices) {
    if (slices <= 1 || data.length < slices) {
      return deflateSlice(data, 0, data.length, level, true);
    }
    List<CompletableFuture<byte[]>> others = new ArrayList<>(slices - 1);
    for (int i = 0; i < slices - 1; i++) {
      int from = slice(data.length, slices, i);
      int to = slice(data.length, slices, i + 1);
      others.add(CompletableFuture.supplyAsync(() -> deflateSlice(data, from, to, level, false)));
    }
    // The last slice on this thread, while the others run on the common pool.
    byte[] last =
        deflateSlice(data, slice(data.length, slices, slices - 1), data.length, level, true);
    int length = last.length;
    List<byte[]> parts = new ArrayList<>(slices);
    for (CompletableFuture<byte[]> other : others) {
      byte[] part = other.join();
      parts.add(part);
      length += part.length;
    }
    parts.add(last);
    byte[] out = new byte[length];
    int position = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, position, part.length);
      position += part.length;
    }
    return out;
  }

  private static int slice(int length, int slices, int index) {
    return (int) ((long) length * index / slices);
  }

  /**
   * {@code data[from, to)} deflated as part of one stream: primed with the window before it, and
   * ended with a sync flush (an empty stored block, byte-aligned, not final) unless it is the last.
   */
  private static byte[] deflateSlice(byte[] data, int from, int to, int level, boolean last) {
    Deflater deflater = new Deflater(level, true);
    try {
      if (from > 0) {
        int window = Math.min(WINDOW, from);
        deflater.setDictionary(data, from - window, window);
      }
      deflater.setInput(data, from, to - from);
      if (last) {
        deflater.finish();
      }
      // Tokens shrink to about half; grow by half when that guess is short.
      byte[] out = new byte[(to - from) / 2 + 1024];
      int length = 0;
      while (true) {
        if (length == out.length) {
          out = Arrays.copyOf(out, out.length + out.length / 2);
        }
        int room = out.length - length;
        int n = deflater.deflate(out, length, room, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
        length += n;
        if (last ? deflater.finished() : n < room) {
          break;
        }
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
