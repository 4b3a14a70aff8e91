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
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads the state out of a verified state token's claims: UUID strings ({@code parent}, {@code
 * currentMapElement} and {@code currentUser} may be null), boolean {@code isDone}, ISO-8601
 * date-times with an offset and any number of fractional digits, an optional {@code expiresAt}, and
 * {@code content}, the state document as JSON text inside a string.
 */
final class StateClaims {

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
      try {
        return OffsetDateTime.parse(text);
      } catch (DateTimeParseException e) {
        // fall through
      }
    }
    throw bad(name, "must be an ISO-8601 date-time with an offset");
  }

  private String content(JWTClaimsSet claims) throws TokenRejectedException {
    if (!(claims.getClaim("content") instanceof String content)) {
      throw bad("content", "must be the state document as JSON text in a string");
    }
    requireOneJsonValue(content);
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

  private static TokenRejectedException bad(String claim, String problem) {
    return new TokenRejectedException(Reason.BAD_CLAIM, "\"" + claim + "\" " + problem);
  }
}
