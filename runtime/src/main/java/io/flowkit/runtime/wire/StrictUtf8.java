package io.flowkit.runtime.wire;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Checks that bytes are well-formed UTF-8 (RFC 3629, the Unicode Standard's table 3-7): no overlong
 * forms, no encoded surrogates, nothing past U+10FFFF, no stray or missing continuation bytes.
 *
 * <p>Jackson's byte parser is laxer than JSON allows (RFC 8259 section 8.1): it reads overlong
 * forms and code points past U+10FFFF in names and strings, and a {@code 0xFF} byte placed in the
 * last four bytes of a field name it has seen before can make the name read as that earlier name
 * (its symbol table pads short name tails with {@code 0xFF}). Every mapper that reads JSON from
 * outside is therefore built with {@link #decorator()}, which checks bytes before or while Jackson
 * reads them; a failure is a {@link CharConversionException} from the read.
 */
public final class StrictUtf8 {

  private static final InputDecorator DECORATOR = new CheckingDecorator();

  private StrictUtf8() {}

  /**
   * For {@code JsonFactory.builder().inputDecorator(…)}: byte arrays are checked whole before they
   * are parsed (and then parsed as they are), streams are checked as they are read, and text
   * ({@code String}, {@code Reader}) is left alone since it is decoded already.
   */
  public static InputDecorator decorator() {
    return DECORATOR;
  }

  /** Fails, naming the first bad byte, unless {@code bytes} are well-formed UTF-8. */
  public static void check(byte[] bytes) throws CharConversionException {
    check(bytes, 0, bytes.length);
  }

  /** Fails, naming the first bad byte, unless {@code length} bytes from {@code offset} are well-formed UTF-8. */
  public static void check(byte[] bytes, int offset, int length) throws CharConversionException {
    Validator validator = new Validator();
    validator.feed(bytes, offset, length);
    validator.finish();
  }

  /**
   * {@code in} as it is, failing with a {@link CharConversionException} as soon as a byte read
   * breaks UTF-8, or at its end when a sequence was cut off.
   */
  public static InputStream checking(InputStream in) {
    return new CheckingInputStream(in);
  }

  private static final class CheckingDecorator extends InputDecorator {

    private static final long serialVersionUID = 1L;

    @Override
    public InputStream decorate(IOContext context, InputStream in) {
      return checking(in);
    }

    @Override
    public InputStream decorate(IOContext context, byte[] bytes, int offset, int length) throws IOException {
      check(bytes, offset, length);
      // null: Jackson parses the array itself, as it would undecorated.
      return null;
    }

    @Override
    public Reader decorate(IOContext context, Reader reader) {
      return reader;
    }
  }

  /** The UTF-8 decoder's states, fed bytes in any slices. */
  private static final class Validator {

    private long position;
    /** Continuation bytes still expected, and the range the next one must be in. */
    private int needed;
    private int low = 0x80;
    private int high = 0xBF;

    void feed(byte[] bytes, int offset, int length) throws CharConversionException {
      int end = offset + length;
      int i = offset;
      while (i < end) {
        // Most JSON is ASCII: skip it in a tight loop.
        if (needed == 0) {
          while (i < end && bytes[i] >= 0) {
            i++;
          }
          if (i == end) {
            break;
          }
        }
        int b = bytes[i] & 0xFF;
        if (needed == 0) {
          start(b, position + i - offset);
        } else {
          if (b < low || b > high) {
            throw bad(position + i - offset);
          }
          needed--;
          low = 0x80;
          high = 0xBF;
        }
        i++;
      }
      position += length;
    }

    void finish() throws CharConversionException {
      if (needed != 0) {
        throw new CharConversionException("Not valid UTF-8: the text ends inside a character");
      }
    }

    private void start(int b, long at) throws CharConversionException {
      if (b >= 0xC2 && b <= 0xDF) {
        expect(1, 0x80, 0xBF);
      } else if (b == 0xE0) {
        expect(2, 0xA0, 0xBF);
      } else if (b == 0xED) {
        expect(2, 0x80, 0x9F);
      } else if (b >= 0xE1 && b <= 0xEF) {
        expect(2, 0x80, 0xBF);
      } else if (b == 0xF0) {
        expect(3, 0x90, 0xBF);
      } else if (b >= 0xF1 && b <= 0xF3) {
        expect(3, 0x80, 0xBF);
      } else if (b == 0xF4) {
        expect(3, 0x80, 0x8F);
      } else {
        throw bad(at);
      }
    }

    private void expect(int count, int firstLow, int firstHigh) {
      needed = count;
      low = firstLow;
      high = firstHigh;
    }

    private static CharConversionException bad(long at) {
      return new CharConversionException("Not valid UTF-8 at byte " + at);
    }
  }

  private static final class CheckingInputStream extends FilterInputStream {

    private final Validator validator = new Validator();
    private boolean finished;

    CheckingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        validator.feed(buffer, offset, read);
      } else if (read < 0 && !finished) {
        finished = true;
        validator.finish();
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped bytes are checked too: read through them.
      byte[] sink = new byte[(int) Math.min(8192, Math.max(0, n))];
      long skipped = 0;
      while (skipped < n) {
        int read = read(sink, 0, (int) Math.min(sink.length, n - skipped));
        if (read < 0) {
          break;
        }
        skipped += read;
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
