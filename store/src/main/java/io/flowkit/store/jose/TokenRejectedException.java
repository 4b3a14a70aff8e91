package io.flowkit.store.jose;

import java.util.Objects;

/**
 * A token the store refuses. The message is safe to send to the caller and to log: it names the
 * rule that failed (and, for a malformed state claim, the claim), never the token or a key.
 */
public final class TokenRejectedException extends Exception {

  /** Why a token is refused, and the HTTP status that says so. */
  public enum Reason {
    /** No token where one is required. */
    MISSING(401, "is missing"),
    /** Not a compact JWS or JWE, or its header or claims are not JSON. */
    MALFORMED(401, "is not a well-formed token"),
    /** An algorithm, encryption method or compression outside the store's allow-lists. */
    DISALLOWED_ALGORITHM(401, "uses an algorithm the store does not accept"),
    /** The JOSE header has no {@code kid}. */
    NO_KEY_ID(401, "names no key (kid)"),
    /** The {@code kid} names no key the store has. */
    UNKNOWN_KEY(401, "names a key the store does not have"),
    /** The signature does not verify. */
    BAD_SIGNATURE(401, "has a signature that does not verify"),
    /** The JWE's ephemeral key is missing or not a point on P-384. */
    INVALID_EPHEMERAL_KEY(401, "carries an ephemeral key that is not a point on P-384"),
    /** Key agreement, key unwrapping or the authentication tag failed. */
    UNDECRYPTABLE(401, "cannot be decrypted with the receiver key"),
    /** The JWE does not say it holds a JWT ({@code cty} must be {@code JWT}). */
    NOT_NESTED(401, "does not hold a signed JWT (cty must be JWT)"),
    /** {@code iss} is not the expected issuer. */
    WRONG_ISSUER(401, "has the wrong issuer"),
    /** {@code aud} does not name the tenant of the request. */
    WRONG_AUDIENCE(401, "is not meant for this tenant"),
    /** No {@code sub}. */
    NO_SUBJECT(401, "has no subject"),
    /** No {@code exp}. */
    NO_EXPIRY(401, "has no expiry"),
    /** {@code exp} has passed. */
    EXPIRED(401, "has expired"),
    /** {@code exp} is further ahead than the protocol allows. */
    EXPIRES_TOO_LATE(401, "expires too far in the future"),
    /** {@code nbf} is still ahead. */
    NOT_YET_VALID(401, "is not valid yet"),
    /** {@code iat} or {@code nbf} after {@code exp}. */
    INCONSISTENT_TIMES(401, "has times that contradict each other"),
    /** No {@code path} claim, or not a string. */
    NO_PATH(401, "has no path claim"),
    /** The {@code path} claim is not the path of this request. */
    WRONG_PATH(401, "was signed for another request path"),
    /** The state's {@code tenant} is not the tenant of the request path. */
    WRONG_TENANT(401, "carries a state of another tenant"),
    /** A state claim is missing or has the wrong form (signed by the platform, but unusable). */
    BAD_CLAIM(400, "has a state claim that is missing or malformed"),
    /** Larger, once decompressed, than the store accepts. */
    TOO_LARGE(413, "is larger than the store accepts");

    private final int status;
    private final String text;

    Reason(int status, String text) {
      this.status = status;
      this.text = text;
    }

    /** The HTTP status that answers a token refused for this reason. */
    public int status() {
      return status;
    }

    /** What is wrong, as the end of a sentence about the token ("the token ..."). */
    public String text() {
      return text;
    }
  }

  private final Reason reason;

  /** A refusal for {@code reason}. */
  public TokenRejectedException(Reason reason) {
    this(reason, null);
  }

  /** A refusal for {@code reason} with a safe detail (e.g. the name of a malformed claim). */
  public TokenRejectedException(Reason reason, String detail) {
    super(detail == null ? reason.text() : reason.text() + ": " + detail, null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Why the token was refused. */
  public Reason reason() {
    return reason;
  }

  /** The HTTP status for the refusal. */
  public int status() {
    return reason.status();
  }
}
