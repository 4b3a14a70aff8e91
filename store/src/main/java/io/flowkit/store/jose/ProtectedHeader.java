package io.flowkit.store.jose;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.flowkit.store.jose.TokenRejectedException.Reason;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

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
    if (end <= 0 || end > MAX_ENCODED_LENGTH || countDots(compact) != parts - 1) {
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
    if (end <= 0 || end > MAX_ENCODED_LENGTH || dots != parts - 1) {
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

  // indexOf, not charAt in a loop: a state token is tens of megabytes.
  private static int countDots(String compact) {
    int dots = 0;
    for (int i = compact.indexOf('.'); i >= 0; i = compact.indexOf('.', i + 1)) {
      dots++;
    }
    return dots;
  }
}
