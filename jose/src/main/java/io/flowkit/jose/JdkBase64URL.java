package io.flowkit.jose;

import com.nimbusds.jose.util.Base64URL;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;

/**
 * A Nimbus {@link Base64URL} whose bytes are decoded by the JDK's codec, which is several times
 * faster than Nimbus's own on the megabytes a state token can carry. Decoding is strict: anything
 * outside the URL-safe alphabet is refused (an {@link IllegalArgumentException}).
 */
public final class JdkBase64URL extends Base64URL {

  private static final long serialVersionUID = 1L;

  public JdkBase64URL(String value) {
    super(value);
  }

  /** {@code bytes} encoded by the JDK's codec, unpadded as JOSE wants. */
  public static JdkBase64URL of(byte[] bytes) {
    return new JdkBase64URL(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** How many characters {@code bytes} bytes encode to, unpadded. */
  public static int encodedLength(int bytes) {
    return (int) ((bytes * 4L + 2) / 3);
  }

  /**
   * Encodes {@code bytes}, unpadded, into {@code target} from {@code offset}, without an
   * intermediate copy of the encoded text; returns the offset after it.
   */
  public static int encodeInto(byte[] bytes, byte[] target, int offset) {
    ArrayWriter writer = new ArrayWriter(target, offset);
    try (OutputStream out = Base64.getUrlEncoder().withoutPadding().wrap(writer)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new IllegalStateException("an array cannot fail to be written", e);
    }
    return writer.position;
  }

  /** Writes into an array from an offset; the array must have room. */
  private static final class ArrayWriter extends OutputStream {
    private final byte[] array;
    private int position;

    ArrayWriter(byte[] array, int offset) {
      this.array = array;
      this.position = offset;
    }

    @Override
    public void write(int b) {
      array[position++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      System.arraycopy(bytes, offset, array, position, length);
      position += length;
    }
  }

  @Override
  public byte[] decode() {
    return Base64.getUrlDecoder().decode(toString());
  }
}
