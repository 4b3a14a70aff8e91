package io.flowkit.store.jose;

import com.nimbusds.jwt.JWTClaimsSet;
import io.flowkit.store.jose.TokenRejectedException.Reason;
import io.flowkit.store.state.Uuids;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The registered-claim rules the reference store applies (through jose4j's JWT consumer), pinned
 * here: whole seconds, no clock skew allowance unless configured, {@code exp} required and bounded
 * ahead, {@code nbf}
 * and {@code iat} optional, {@code sub} required, {@code jti} ignored.
 */
final class ClaimChecks {

  private ClaimChecks() {}

  /**
   * Checks the claims of a token the platform signed.
   *
   * @param now the store's clock
   * @param maxAhead how far ahead of now {@code exp} may be
   * @param skew how far the platform's clock may be from ours (0 in the reference)
   * @param tenant the tenant of the request path, which {@code aud} must name
   */
  static void platformClaims(
      JWTClaimsSet claims, Instant now, Duration maxAhead, Duration skew, UUID tenant)
      throws TokenRejectedException {
    times(claims, now, maxAhead, skew.toSeconds());
    if (!JoseAlgorithms.PLATFORM_ISSUER.equals(claims.getIssuer())) {
      throw new TokenRejectedException(Reason.WRONG_ISSUER);
    }
    if (!audienceNames(claims.getAudience(), tenant)) {
      throw new TokenRejectedException(Reason.WRONG_AUDIENCE);
    }
    if (claims.getSubject() == null) {
      throw new TokenRejectedException(Reason.NO_SUBJECT);
    }
  }

  private static void times(JWTClaimsSet claims, Instant now, Duration maxAhead, long skew)
      throws TokenRejectedException {
    long nowSeconds = now.getEpochSecond();
    Long exp = seconds(claims.getExpirationTime());
    if (exp == null) {
      throw new TokenRejectedException(Reason.NO_EXPIRY);
    }
    if (nowSeconds - skew >= exp) {
      throw new TokenRejectedException(Reason.EXPIRED);
    }
    if (exp - nowSeconds > maxAhead.toSeconds() + skew) {
      throw new TokenRejectedException(Reason.EXPIRES_TOO_LATE);
    }
    Long nbf = seconds(claims.getNotBeforeTime());
    if (nbf != null && nowSeconds + skew < nbf) {
      throw new TokenRejectedException(Reason.NOT_YET_VALID);
    }
    Long iat = seconds(claims.getIssueTime());
    if ((nbf != null && nbf > exp) || (iat != null && iat > exp)) {
      throw new TokenRejectedException(Reason.INCONSISTENT_TIMES);
    }
  }

  // The platform renders tenant ids in lowercase; compare as UUIDs so that case never matters.
  private static boolean audienceNames(List<String> audience, UUID tenant) {
    if (audience == null) {
      return false;
    }
    for (String entry : audience) {
      if (tenant.equals(Uuids.parseOrNull(entry))) {
        return true;
      }
    }
    return false;
  }

  private static Long seconds(Date date) {
    return date == null ? null : Math.floorDiv(date.getTime(), 1000L);
  }
}
