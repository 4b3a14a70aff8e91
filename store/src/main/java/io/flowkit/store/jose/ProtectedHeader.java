package io.flowkit.store.jose;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.flowkit.runtime.wire.StrictUtf8;
import io.flowkit.store.jose.TokenRejectedException.Reason;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The decoded protected header of a compact JWS or JWE, read by the store itself before the token
 * goes anywhere near the JOSE library, so that the allow-lists decide first.
 */
final class ProtectedHeader {

  // Real headers are a few hundred bytes; anything far larger is not one.
  private static final int MAX_ENCODED_LENGTH = 16 * 1024;

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .inputDecorator(StrictUtf8.decorator())
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(8)
                          .maxStringLength(MAX_ENCODED_LENGTH)
                          .maxDocumentLength(MAX_ENCODED_LENGTH)
                          .build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final Map<String, Object> members;

  private ProtectedHeader(Map<String, Object> members) {
    this.members = members;
  }

  /**
   * The header of {@code compact}, which must have exactly {@code parts} dot-separated parts (3 for
   * a JWS, 5 for a JWE).
   */
  static ProtectedHeader of(String compact, int parts) throws TokenRejectedException {
    int end = compact.indexOf('.');
    if (end <= 0 || end > MAX_ENCODED_LENGTH || !isCompact(compact, parts - 1)) {
      throw new TokenRejectedException(Reason.MALFORMED);
    }
    try {
      byte[] json = Base64.getUrlDecoder().decode(compact.substring(0, end));
      return new ProtectedHeader(JSON.readValue(json, new TypeReference<Map<String, Object>>() {}));
    } catch (IllegalArgumentException | IOException e) {
      throw new TokenRejectedException(Reason.MALFORMED);
    }
  }

  /** The header of {@code compact} held as ASCII bytes, as {@link #of(String, int)}. */
  static ProtectedHeader of(byte[] compact, int parts) throws TokenRejectedException {
    int end = -1;
    int dots = 0;
    for (int i = 0; i < compact.length; i++) {
      if (compact[i] == '.') {
        if (end < 0) {
          end = i;
        }
        dots++;
      }
    }
    if (end <= 0 || end > MAX_ENCODED_LENGTH || dots != parts - 1 || !isCompact(compact.length, i -> compact[i], dots)) {
      throw new TokenRejectedException(Reason.MALFORMED);
    }
    try {
      byte[] json = Base64.getUrlDecoder().decode(Arrays.copyOf(compact, end));
      return new ProtectedHeader(JSON.readValue(json, new TypeReference<Map<String, Object>>() {}));
    } catch (IllegalArgumentException | IOException e) {
      throw new TokenRejectedException(Reason.MALFORMED);
    }
  }

  /** A string member, or {@code null} when absent or not a string. */
  String string(String name) {
    return members.get(name) instanceof String text ? text : null;
  }

  /** Whether the member is present at all. */
  boolean has(String name) {
    return members.containsKey(name);
  }

  /** An object member, or {@code null} when absent or not an object. */
  Map<?, ?> object(String name) {
    return members.get(name) instanceof Map<?, ?> map ? map : null;
  }

  /**
   * Whether {@code compact} is {@code dots + 1} parts of canonical, unpadded base64url, as RFC 7515
   * and 7516 define the compact serialization. The JOSE library's decoder skips characters it does
   * not know and ignores stray trailing bits, so without this check a token with "==", '+' or a
   * character appended to its signature was accepted as the same token.
   */
  private static boolean isCompact(String compact, int dots) {
    return isCompact(compact.length(), compact::charAt, dots);
  }

  /** {@link #isCompact(String, int)} over {@code length} characters read by {@code charAt}. */
  private static boolean isCompact(int length, IntUnaryOperator charAt, int dots) {
    int seen = 0;
    int partStart = 0;
    for (int i = 0; i <= length; i++) {
      int c = i == length ? '.' : charAt.applyAsInt(i);
      if (c == '.') {
        if (!isCanonicalEnd(i - partStart, i == partStart ? 0 : charAt.applyAsInt(i - 1))) {
          return false;
        }
        if (i < length) {
          seen++;
        }
        partStart = i + 1;
      } else if (value(c) < 0) {
        return false;
      }
    }
    return seen == dots;
  }

  /**
   * Whether a part of {@code length} characters ending in {@code lastChar} has a length base64url can have and no stray bits in its
   * last character: the decoder drops those bits, so "...Q" and "...R" would read as the same
   * bytes and a character appended to a signature would go unnoticed.
   */
  private static boolean isCanonicalEnd(int length, int lastChar) {
    if (length == 0) {
      return true;
    }
    int last = value(lastChar);
    return switch (length % 4) {
      case 1 -> false;
      case 2 -> (last & 0x0F) == 0;
      case 3 -> (last & 0x03) == 0;
      default -> true;
    };
  }

  /** The 6-bit value of a base64url character, or -1. */
  private static int value(int c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '-' ? 62 : c == '_' ? 63 : -1;
  }
}
