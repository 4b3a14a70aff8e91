package io.flowkit.testkit;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * A state as a store sent it back, once decrypted and verified.
 *
 * @param content the state document, JSON text
 * @param claims every claim of the token
 */
public record LoadedState(String content, JWTClaimsSet claims) {

  /** Leaves the content out. */
  @Override
  public String toString() {
    return "LoadedState[sub=" + claims.getSubject() + ", content=" + content.length() + " chars]";
  }
}
