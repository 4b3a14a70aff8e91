package io.flowkit.cli.check.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * Reads the platform's halves of a store's keys from files: each file holds a JWK, or the whole
 * document {@code flowkit keys --format json} writes (then {@code platform.platformKeyPair}
 * resp. {@code platform.receiverPublicKey} is taken from it).
 */
public final class PlatformKeyFiles {

  private PlatformKeyFiles() {}

  /**
   * The platform key pair (with its private part) in {@code file}.
   *
   * @throws IllegalArgumentException when the file holds no EC P-384 JWK with {@code d}
   */
  public static ECKey platformKeyPair(Path file) throws IOException {
    ECKey key = read(file, "platformKeyPair");
    if (!key.isPrivate()) {
      throw new IllegalArgumentException(file + " holds the platform key's public half only; "
          + "the check signs as the platform and needs the pair (with \"d\")");
    }
    return key;
  }

  /**
   * The receiver key's public half in {@code file} (a private part, if present, is dropped).
   *
   * @throws IllegalArgumentException when the file holds no EC P-384 JWK
   */
  public static ECKey receiverPublicKey(Path file) throws IOException {
    return read(file, "receiverPublicKey").toPublicJWK();
  }

  private static ECKey read(Path file, String member) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    JsonNode json;
    try {
      json = JsonMapper.builder().build().readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not JSON");
    }
    if (json != null && json.path("platform").path(member).isObject()) {
      json = json.path("platform").path(member);
    }
    try {
      ECKey key = ECKey.parse(String.valueOf(json));
      if (!Curve.P_384.equals(key.getCurve()) || key.getKeyID() == null) {
        throw new IllegalArgumentException(file + " holds an EC key that is not P-384 with a kid");
      }
      return key;
    } catch (ParseException e) {
      throw new IllegalArgumentException(file + " holds no EC JWK (" + member + ")");
    }
  }
}
