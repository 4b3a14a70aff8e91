package io.flowkit.store.jose;

import io.flowkit.store.jose.TokenRejectedException.Reason;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Raw DEFLATE (RFC 1951, {@code zip: DEF}) decompression that stops at a size limit. */
final class BoundedInflater {

  private BoundedInflater() {}

  /** The inflated bytes of {@code deflated}, refused as too large past {@code maxBytes}. */
  static byte[] inflate(byte[] deflated, int maxBytes) throws TokenRejectedException {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(deflated);
      ByteArrayOutputStream out =
          new ByteArrayOutputStream(Math.min(maxBytes, Math.max(1024, deflated.length * 4)));
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new TokenRejectedException(Reason.MALFORMED, "the compressed content is truncated");
        }
        if ((long) out.size() + n > maxBytes) {
          throw new TokenRejectedException(Reason.TOO_LARGE);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new TokenRejectedException(Reason.MALFORMED, "the compressed content is not DEFLATE");
    } finally {
      inflater.end();
    }
  }
}
