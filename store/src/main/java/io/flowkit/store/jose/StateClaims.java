package io.flowkit.store.jose;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.nimbusds.jwt.JWTClaimsSet;
import io.flowkit.store.jose.TokenRejectedException.Reason;
import io.flowkit.store.state.FlowState;
import io.flowkit.store.state.Uuids;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads the state out of a verified state token's claims: UUID strings ({@code parent}, {@code
 * currentMapElement} and {@code currentUser} may be null), boolean {@code isDone}, ISO-8601
 * date-times with an offset and any number of fractional digits, an optional {@code expiresAt}, and
 * {@code content}, the state document as JSON text inside a string.
 */
final class StateClaims {

  private static final int MIN_YEAR = 1;
  private static final int MAX_YEAR = 9999;

  private final JsonFactory json;

  StateClaims(int maxStateBytes) {
    this.json =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(maxStateBytes)
                    .maxDocumentLength(maxStateBytes)
                    .build())
            .build();
  }

  FlowState toState(JWTClaimsSet claims, UUID pathTenant) throws TokenRejectedException {
    UUID tenant = requiredUuid(claims, "tenant");
    // The reference trusts this claim over the path; here it must agree with it.
    if (!tenant.equals(pathTenant)) {
      throw new TokenRejectedException(Reason.WRONG_TENANT);
    }
    FlowState state = new FlowState(
        tenant,
        requiredUuid(claims, "id"),
        optionalUuid(claims, "parent"),
        requiredUuid(claims, "flow"),
        requiredUuid(claims, "flowVersion"),
        requiredBoolean(claims, "isDone"),
        optionalUuid(claims, "currentMapElement"),
        optionalUuid(claims, "currentUser"),
        requiredTime(claims, "createdAt"),
        requiredTime(claims, "updatedAt"),
        optionalTime(claims, "expiresAt"),
        content(claims));
    try {
      state.updateOrder();
    } catch (ArithmeticException e) {
      throw bad("updatedAt", "is out of range");
    }
    return state;
  }

  private static UUID requiredUuid(JWTClaimsSet claims, String name) throws TokenRejectedException {
    UUID value = optionalUuid(claims, name);
    if (value == null) {
      throw bad(name, "is required");
    }
    return value;
  }

  private static UUID optionalUuid(JWTClaimsSet claims, String name) throws TokenRejectedException {
    Object value = claims.getClaim(name);
    if (value == null) {
      return null;
    }
    UUID uuid = value instanceof String text ? Uuids.parseOrNull(text) : null;
    if (uuid == null) {
      throw bad(name, "must be a UUID string");
    }
    return uuid;
  }

  private static boolean requiredBoolean(JWTClaimsSet claims, String name)
      throws TokenRejectedException {
    if (!(claims.getClaim(name) instanceof Boolean value)) {
      throw bad(name, "must be true or false");
    }
    return value;
  }

  private static OffsetDateTime requiredTime(JWTClaimsSet claims, String name)
      throws TokenRejectedException {
    OffsetDateTime value = optionalTime(claims, name);
    if (value == null) {
      throw bad(name, "is required");
    }
    return value;
  }

  private static OffsetDateTime optionalTime(JWTClaimsSet claims, String name)
      throws TokenRejectedException {
    Object value = claims.getClaim(name);
    if (value == null || (value instanceof String text && text.isEmpty())) {
      return null;
    }
    if (value instanceof String text) {
      OffsetDateTime time;
      try {
        time = OffsetDateTime.parse(text);
      } catch (DateTimeParseException e) {
        throw bad(name, "must be an ISO-8601 date-time with an offset");
      }
      // The platform's dates are .NET DateTimes, years 1 to 9999; PostgreSQL refuses years past
      // 294276, which must be the client's 400, not a database failure.
      int year = time.withOffsetSameInstant(ZoneOffset.UTC).getYear();
      if (year < MIN_YEAR || year > MAX_YEAR) {
        throw bad(name, "must be between the years 1 and 9999");
      }
      return time;
    }
    throw bad(name, "must be an ISO-8601 date-time with an offset");
  }

  private String content(JWTClaimsSet claims) throws TokenRejectedException {
    if (!(claims.getClaim("content") instanceof String content)) {
      throw bad("content", "must be the state document as JSON text in a string");
    }
    requireOneJsonValue(content);
    requireWellFormedUnicode(content);
    return content;
  }

  private void requireOneJsonValue(String content) throws TokenRejectedException {
    try (JsonParser parser = json.createParser(content)) {
      if (parser.nextToken() == null) {
        throw bad("content", "is empty");
      }
      parser.skipChildren();
      if (parser.nextToken() != null) {
        throw bad("content", "must hold exactly one JSON value");
      }
    } catch (IOException e) {
      throw bad("content", "is not valid JSON text");
    }
  }

  // A lone surrogate (sent as "\\ud800" in the claims) cannot be written as UTF-8: PostgreSQL's
  // driver would store a '?' in its place, silently changing the state. Refused instead.
  private static void requireWellFormedUnicode(String content) throws TokenRejectedException {
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < content.length() && Character.isLowSurrogate(content.charAt(i + 1))) {
          i++;
          continue;
        }
        throw bad("content", "holds an unpaired surrogate, which is not Unicode text");
      }
      if (Character.isLowSurrogate(c)) {
        throw bad("content", "holds an unpaired surrogate, which is not Unicode text");
      }
    }
  }

  private static TokenRejectedException bad(String claim, String problem) {
    return new TokenRejectedException(Reason.BAD_CLAIM, "\"" + claim + "\" " + problem);
  }
}
