package io.flowkit.store.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.util.Map;

/** Reads one key from its JWK JSON text and checks it is fit for its role. */
public final class StoreKeys {

  private StoreKeys() {}

  /**
   * The public part of a platform key. A private part ({@code d}), if present, is dropped: the store
   * only ever verifies and encrypts with this key.
   *
   * @param source where the text came from, e.g. {@code PLATFORM_KEY}, used in error messages
   */
  public static ECKey platformKey(String source, String json) {
    return parse(source, json).toPublicJWK();
  }

  /**
   * A receiver key, which must carry its private part ({@code d}) whose public point is the key's
   * {@code x}/{@code y}.
   *
   * @param source where the text came from, e.g. {@code RECEIVER_KEY}, used in error messages
   */
  public static ECKey receiverKey(String source, String json) {
    ECKey key = parse(source, json);
    if (!key.isPrivate()) {
      throw new KeyConfigurationException(
          source + " has no private part (\"d\"): the store needs the receiver key's private half "
              + "to decrypt what the platform sends (use the receiverKey Flow returned when the "
              + "store was created)");
    }
    requireMatchingPair(source, key);
    return key;
  }

  private static ECKey parse(String source, String json) {
    if (json == null || json.isBlank()) {
      throw new KeyConfigurationException(source + " is empty");
    }
    JWK jwk;
    try {
      jwk = JWK.parse(json.strip());
    } catch (ParseException e) {
      // The parser's message may quote the input, which may be a private key: say only what it is.
      throw new KeyConfigurationException(
          source + " is not a valid JSON Web Key (expected an EC P-384 JWK object with kty, crv, "
              + "x, y, kid)");
    }
    if (!(jwk instanceof ECKey key)) {
      throw new KeyConfigurationException(
          source + " is a " + jwk.getKeyType() + " key; the store needs an EC key (kty \"EC\") on "
              + "curve P-384");
    }
    if (!Curve.P_384.equals(key.getCurve())) {
      throw new KeyConfigurationException(
          source + " is on curve " + key.getCurve() + "; the store needs curve P-384 (ES384)");
    }
    if (key.getKeyID() == null || key.getKeyID().isBlank()) {
      throw new KeyConfigurationException(
          source + " has no key id (\"kid\"); the platform selects keys by kid");
    }
    return key;
  }

  // A d that does not belong to x/y would decrypt nothing and sign what no one can verify: catch
  // that at start-up rather than on the first request.
  private static void requireMatchingPair(String source, ECKey key) {
    try {
      JWSObject probe =
          new JWSObject(new JWSHeader(JWSAlgorithm.ES384), new Payload(Map.of("probe", "key")));
      probe.sign(new ECDSASigner(key));
      if (!probe.verify(new ECDSAVerifier(key.toPublicJWK()))) {
        throw new KeyConfigurationException(
            source + " is inconsistent: its private part does not belong to its public x/y");
      }
    } catch (JOSEException e) {
      throw new KeyConfigurationException(source + " cannot be used for ES384 signatures");
    }
  }
}
