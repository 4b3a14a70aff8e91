package io.flowkit.runtime.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The one username and token HTTP Basic callers must present. Both are compared in constant time
 * (as SHA-256 digests, so neither their content nor their length leaks through timing); the token is
 * never logged or echoed. {@code FlowServer} checks service calls with it, and {@code
 * flowkit-management} its view when asked to.
 */
public final class BasicCredentials {

  private final byte[] username;
  private final byte[] token;

  /**
   * @throws IllegalArgumentException for an empty username or token, or a username with {@code :}
   */
  public BasicCredentials(String username, String token) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(token, "token");
    if (username.isEmpty() || token.isEmpty() || username.indexOf(':') >= 0) {
      throw new IllegalArgumentException("Basic credentials need a username without ':' and a non-empty token");
    }
    this.username = digest(username.getBytes(StandardCharsets.UTF_8));
    this.token = digest(token.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether an {@code Authorization} header carries these credentials. */
  public boolean accepts(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6) || header.length() > 8192) {
      return false;
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(header.substring(6).trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = -1;
    for (int i = 0; i < decoded.length; i++) {
      if (decoded[i] == ':') {
        colon = i;
        break;
      }
    }
    if (colon < 0) {
      return false;
    }
    byte[] givenUser = Arrays.copyOfRange(decoded, 0, colon);
    byte[] givenToken = Arrays.copyOfRange(decoded, colon + 1, decoded.length);
    boolean userMatches = MessageDigest.isEqual(username, digest(givenUser));
    boolean tokenMatches = MessageDigest.isEqual(token, digest(givenToken));
    return userMatches & tokenMatches;
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
