package io.flowkit.runtime.server;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link FlowServer} accepts from one request.
 *
 * @param maxBodyBytes largest JSON request body (and largest {@code FileDataRequest} part)
 * @param maxUploadBytes largest multipart upload body, file included
 * @param maxJsonDepth deepest nesting of JSON objects and arrays
 * @param maxStringLength longest JSON string value, in characters
 * @param idleTimeout how long a connection may stay silent, also while sending a body, before it
 *     is closed: slow clients time out
 */
public record ServerLimits(
    long maxBodyBytes, long maxUploadBytes, int maxJsonDepth, int maxStringLength, Duration idleTimeout) {

  /** 16 MiB bodies, 256 MiB uploads, depth 200, 8 Mi-character strings, 30 s idle timeout. */
  public static final ServerLimits DEFAULT =
      new ServerLimits(16L << 20, 256L << 20, 200, 8 << 20, Duration.ofSeconds(30));

  public ServerLimits {
    if (maxBodyBytes < 1 || maxUploadBytes < 1 || maxJsonDepth < 1 || maxStringLength < 1) {
      throw new IllegalArgumentException("Limits must be positive");
    }
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive");
    }
  }

  public ServerLimits withMaxBodyBytes(long value) {
    return new ServerLimits(value, maxUploadBytes, maxJsonDepth, maxStringLength, idleTimeout);
  }

  public ServerLimits withMaxUploadBytes(long value) {
    return new ServerLimits(maxBodyBytes, value, maxJsonDepth, maxStringLength, idleTimeout);
  }

  public ServerLimits withMaxJsonDepth(int value) {
    return new ServerLimits(maxBodyBytes, maxUploadBytes, value, maxStringLength, idleTimeout);
  }

  public ServerLimits withMaxStringLength(int value) {
    return new ServerLimits(maxBodyBytes, maxUploadBytes, maxJsonDepth, value, idleTimeout);
  }

  public ServerLimits withIdleTimeout(Duration value) {
    return new ServerLimits(maxBodyBytes, maxUploadBytes, maxJsonDepth, maxStringLength, value);
  }
}
