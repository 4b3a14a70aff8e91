package io.flowkit.store.fuzz;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.flowkit.testkit.PlatformTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * What an attacker does to the platform's JOSE: flipped bits in every part of a compact token,
 * algorithm and curve swaps (none, HS256, RS256, ES256 on P-256, ES512 on P-521, RSA-OAEP and direct
 * encryption, an ephemeral key off P-384), claims left out, wrong or out of time, foreign and missing
 * key ids. Every result is a token the store must refuse.
 */
final class JoseMutations {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private static final ThreadLocal<StringBuilder> LAST = ThreadLocal.withInitial(StringBuilder::new);

  private final PlatformTokens platform;
  private final Instant now;
  private final ECKey p256;
  private final ECKey p521;
  private final ECKey otherP384;
  private final RSAKey rsa;

  JoseMutations(PlatformTokens platform, Instant now) {
    this.platform = platform;
    this.now = now;
    try {
      this.p256 = new ECKeyGenerator(Curve.P_256).keyID(platform.keys().platformKid()).generate();
      this.p521 = new ECKeyGenerator(Curve.P_521).keyID(platform.keys().platformKid()).generate();
      this.otherP384 = new ECKeyGenerator(Curve.P_384).keyID(platform.keys().platformKid()).generate();
      this.rsa = new RSAKeyGenerator(2048).keyID(platform.keys().platformKid()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Records which mutation was chosen, for the failure message. */
  static int note(String where, int choice) {
    LAST.get().append(where).append('#').append(choice).append(' ');
    return choice;
  }

  /** The mutations chosen since the last call, e.g. {@code "m7#3 m1#0"}. */
  static String takeNotes() {
    String notes = LAST.get().toString().trim();
    LAST.get().setLength(0);
    return notes;
  }

  // ------------------------------------------------------------------ compact-form damage

  /** One bit flipped in the decoded bytes of one part of a compact JWS or JWE. */
  static String flipBit(String compact, Random random) {
    String[] parts = compact.split("\\.", -1);
    int part = note("flip-part", random.nextInt(parts.length));
    byte[] bytes = B64D.decode(parts[part]);
    if (bytes.length == 0) {
      // the empty encrypted key of direct encryption: give it a byte instead
      parts[part] = B64.encodeToString(new byte[] {(byte) random.nextInt(256)});
    } else {
      int at = random.nextInt(bytes.length);
      bytes[at] ^= (byte) (1 << random.nextInt(8));
      parts[part] = B64.encodeToString(bytes);
    }
    return String.join(".", parts);
  }

  /** The compact form broken as text: parts dropped, added, emptied, swapped, cut or padded. */
  static String breakText(String compact, Random random) {
    String[] parts = compact.split("\\.", -1);
    return switch (note("text", random.nextInt(9))) {
      case 0 -> compact + "." + parts[parts.length - 1];
      case 1 -> String.join(".", List.of(parts).subList(0, parts.length - 1));
      case 2 -> {
        parts[random.nextInt(parts.length)] = "";
        yield String.join(".", parts);
      }
      case 3 -> compact.substring(0, 1 + random.nextInt(compact.length() - 1));
      case 4 -> {
        int part = random.nextInt(parts.length);
        parts[part] = parts[part] + "==";
        yield String.join(".", parts);
      }
      case 5 -> {
        int part = random.nextInt(parts.length);
        parts[part] = parts[part].replace('-', '+').replace('_', '/') + "!*";
        yield String.join(".", parts);
      }
      case 6 -> {
        String first = parts[0];
        int other = 1 + random.nextInt(parts.length - 1);
        parts[0] = parts[other];
        parts[other] = first;
        yield String.join(".", parts);
      }
      case 7 -> " " + compact.replace(".", " . ");
      default -> compact + "\u00e9\u2028";
    };
  }

  /** {@code payload}, JSON text as given, signed ES384 with the platform key. */
  static String signRaw(PlatformTokens platform, String payload) {
    try {
      com.nimbusds.jose.JWSObject jws = new com.nimbusds.jose.JWSObject(
          new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(platform.keys().platformKid()).build(), new Payload(payload));
      jws.sign(new com.nimbusds.jose.crypto.ECDSASigner(platform.keys().platformPair()));
      return jws.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ the signature header

  /** A signature header for a request to {@code path} of {@code tenant}, made wrong one way. */
  String badSignatureHeader(UUID tenant, String path, Random random) {
    JWTClaimsSet.Builder claims = platform.signatureClaims(tenant, path);
    int choice = note("signature", random.nextInt(20));
    return switch (choice) {
      case 0 -> flipBit(platform.signatureHeader(tenant, path), random);
      case 1 -> breakText(platform.signatureHeader(tenant, path), random);
      case 2, 3, 4, 5, 6 -> wrongAlgorithm(claims.build(), random);
      case 7 -> wrongKeyId(claims.build(), random);
      default -> platform.signWithPlatformKey(wrongPlatformClaims(claims, random, UUID.randomUUID()).build());
    };
  }

  /** Claims the platform signs, made wrong one way that the store checks. */
  JWTClaimsSet.Builder wrongPlatformClaims(JWTClaimsSet.Builder claims, Random random, UUID otherTenant) {
    return switch (note("claims", random.nextInt(12))) {
      case 0 -> claims.issuer(null);
      case 1 -> claims.issuer("platform");
      case 2 -> claims.audience((String) null);
      case 3 -> claims.audience(otherTenant.toString());
      case 4 -> claims.subject(null);
      case 5 -> claims.expirationTime(null);
      case 6 -> claims.expirationTime(Date.from(now.minusSeconds(1 + random.nextInt(100_000))));
      case 7 -> claims.expirationTime(Date.from(now.plus(Duration.ofDays(1 + random.nextInt(3000)))));
      case 8 -> claims.notBeforeTime(Date.from(now.plusSeconds(60 + random.nextInt(100_000))));
      case 9 -> claims.issueTime(Date.from(now.plus(Duration.ofDays(400))));
      case 10 -> claims.claim("path", random.nextBoolean() ? null : "/elsewhere/" + otherTenant);
      default -> claims.claim("path", random.nextInt());
    };
  }

  /** The claims signed with an algorithm or curve the store does not accept, or none. */
  String wrongAlgorithm(JWTClaimsSet claims, Random random) {
    String kid = platform.keys().platformKid();
    try {
      return switch (note("alg", random.nextInt(7))) {
        case 0 -> new PlainJWT(claims).serialize();
        case 1 -> {
          // "alg": "none" with the platform key id and an empty or kept signature
          String header = B64.encodeToString(("{\"alg\":\"none\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8));
          String signed = platform.signWithPlatformKey(claims);
          String[] parts = signed.split("\\.");
          yield header + "." + parts[1] + "." + (random.nextBoolean() ? "" : parts[2]);
        }
        case 2 -> {
          // HS256 keyed with the platform's public key, the classic confusion attack
          SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
          byte[] secret = platform.keys().platformPair().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
          jwt.sign(new MACSigner(secret));
          yield jwt.serialize();
        }
        case 3 -> {
          SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
          jwt.sign(new RSASSASigner(rsa));
          yield jwt.serialize();
        }
        case 4 -> PlatformTokens.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(), claims, p256);
        case 5 -> PlatformTokens.sign(new JWSHeader.Builder(JWSAlgorithm.ES512).keyID(kid).build(), claims, p521);
        default -> PlatformTokens.sign(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(kid).build(), claims, otherP384);
      };
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The claims signed with the platform key under a key id the store does not know, or none. */
  String wrongKeyId(JWTClaimsSet claims, Random random) {
    JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.ES384);
    switch (note("kid", random.nextInt(4))) {
      case 0 -> { }
      case 1 -> header.keyID(platform.keys().receiverKid() + "-x");
      case 2 -> header.keyID("");
      default -> header.keyID(platform.keys().platformKid().toUpperCase() + " ");
    }
    return PlatformTokens.sign(header.build(), claims, platform.keys().platformPair());
  }

  // ------------------------------------------------------------------ state tokens

  /** A state token for {@code claims} made wrong one way; the claims themselves are valid. */
  String badStateToken(JWTClaimsSet claims, Random random) {
    String good = platform.stateToken(claims);
    return switch (note("state-token", random.nextInt(14))) {
      case 0, 1, 2 -> flipBit(good, random);
      case 3 -> breakText(good, random);
      case 4, 5 -> platform.encryptForReceiver(wrongAlgorithm(claims, random), platform.stateTokenHeader().build());
      case 6 -> platform.encryptForReceiver(wrongKeyId(claims, random), platform.stateTokenHeader().build());
      case 7 -> platform.encryptForReceiver(flipBit(platform.signWithPlatformKey(claims), random),
          platform.stateTokenHeader().build());
      case 8 -> wrongEncryption(platform.signWithPlatformKey(claims), random);
      case 9 -> platform.encryptForReceiver(platform.signWithPlatformKey(claims),
          wrongJweHeader(platform.stateTokenHeader(), random).build());
      case 10 -> headerSwapped(good, random);
      case 11 -> platform.encryptForReceiver(platform.signWithPlatformKey(claims) + "x",
          platform.stateTokenHeader().build());
      default -> new PlainJWT(claims).serialize();
    };
  }

  /** A JWE header with one thing the store refuses (the payload is encrypted to match it). */
  private JWEHeader.Builder wrongJweHeader(JWEHeader.Builder header, Random random) {
    return switch (note("jwe-header", random.nextInt(5))) {
      case 0 -> header.contentType(null);
      case 1 -> header.contentType("json");
      case 2 -> header.keyID(null);
      case 3 -> header.keyID("not-" + platform.keys().receiverKid());
      default -> header.criticalParams(java.util.Set.of("exp")).customParam("exp", 1);
    };
  }

  /** The inner JWS encrypted with key management, content encryption or a curve not accepted. */
  private String wrongEncryption(String jws, Random random) {
    String kid = platform.keys().receiverKid();
    try {
      return switch (note("encryption", random.nextInt(6))) {
        case 0 -> {
          JWEObject jwe = new JWEObject(
              new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM).keyID(kid).contentType("JWT").build(),
              new Payload(jws));
          jwe.encrypt(new RSAEncrypter(rsa.toRSAPublicKey()));
          yield jwe.serialize();
        }
        case 1 -> {
          JWEObject jwe = new JWEObject(
              new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM).keyID(kid).contentType("JWT").build(),
              new Payload(jws));
          byte[] key = new byte[32];
          new Random(1).nextBytes(key);
          jwe.encrypt(new DirectEncrypter(key));
          yield jwe.serialize();
        }
        case 2 -> PlatformTokens.encrypt(jws,
            new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A192KW, EncryptionMethod.A192CBC_HS384).keyID(kid).contentType("JWT").build(),
            p256);
        case 3 -> PlatformTokens.encrypt(jws,
            new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A256KW, EncryptionMethod.A256CBC_HS512).keyID(kid).contentType("JWT").build(),
            p521);
        case 4 -> platform.encryptForReceiver(jws,
            new JWEHeader.Builder(JWEAlgorithm.ECDH_ES, EncryptionMethod.A256GCM).keyID(kid).contentType("JWT").build());
        default -> platform.encryptForReceiver(jws,
            new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A128KW, EncryptionMethod.A128CBC_HS256).keyID(kid).contentType("JWT").build());
      };
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The protected header of a good token rewritten (other alg, enc, zip, curve, a private {@code d}
   * in the ephemeral key, a repeated member) with the rest kept: the tag no longer matches, or the
   * allow-lists refuse it first.
   */
  private static String headerSwapped(String good, Random random) {
    String[] parts = good.split("\\.", -1);
    String header = new String(B64D.decode(parts[0]), StandardCharsets.UTF_8);
    UnaryOperator<String> change = switch (note("header-swap", random.nextInt(8))) {
      case 0 -> h -> h.replace("ECDH-ES+A192KW", "ECDH-ES+A256KW");
      case 1 -> h -> h.replace("A192CBC-HS384", "A256GCM");
      case 2 -> h -> h.replace("\"DEF\"", "\"GZIP\"");
      case 3 -> h -> h.replace("P-384", "P-256");
      case 4 -> h -> h.replace("\"crv\"", "\"d\":\"AAAA\",\"crv\"");
      case 5 -> h -> h.replace("{\"", "{\"alg\":\"none\",\"");
      case 6 -> h -> h.replace("\"zip\":\"DEF\",", "").replace(",\"zip\":\"DEF\"", "");
      default -> h -> h.replace("\"x\":\"", "\"x\":\"A");
    };
    String changed = change.apply(header);
    if (changed.equals(header)) {
      return flipBit(good, random);
    }
    parts[0] = B64.encodeToString(changed.getBytes(StandardCharsets.UTF_8));
    return String.join(".", parts);
  }
}
