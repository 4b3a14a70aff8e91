package io.flowkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.store.testing.StoreFixture;
import io.flowkit.store.testing.TestDatabases;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import io.flowkit.testkit.StoreResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The store against a second JOSE library, jose4j (the reference store's), so that a mistake shared
 * by the store and the test kit (both Nimbus) cannot cancel out: requests made the way the
 * reference's own tests play the platform are accepted, and loaded states open with a consumer set
 * up the way those tests check them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Jose4jInteropTest {

  private static final int MB = 1024 * 1024;

  private StoreFixture f;
  private PublicJsonWebKey platformKey;
  private PublicJsonWebKey receiverKey;

  @BeforeAll
  void start() throws Exception {
    // jose4j tells time by the system clock, so the store must too.
    f = StoreFixture.start(
        TestDatabases.h2InMemory(), StoreKeyPairs.generate(), Clock.systemUTC(), b -> b);
    platformKey = PublicJsonWebKey.Factory.newPublicJwk(f.keys.platformPair().toJSONString());
    receiverKey = PublicJsonWebKey.Factory.newPublicJwk(f.keys.receiverPair().toJSONString());
  }

  @AfterAll
  void stop() {
    f.close();
  }

  private String signature(UUID tenant, String path) throws Exception {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("manywho");
    claims.setAudience(tenant.toString());
    claims.setSubject(tenant.toString());
    claims.setExpirationTimeMinutesInTheFuture(5);
    claims.setIssuedAtToNow();
    claims.setNotBeforeMinutesInThePast(2);
    claims.setGeneratedJwtId();
    claims.setClaim("path", path);
    return sign(claims);
  }

  private String sign(JwtClaims claims) throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384);
    jws.setKey(platformKey.getPrivateKey());
    jws.setKeyIdHeaderValue(f.keys.platformKid());
    return jws.getCompactSerialization();
  }

  private String stateToken(UUID tenant, UUID id, String content, String alg, String enc)
      throws Exception {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("manywho");
    claims.setAudience(tenant.toString());
    claims.setSubject(id.toString());
    claims.setExpirationTimeMinutesInTheFuture(10);
    claims.setIssuedAtToNow();
    claims.setNotBeforeMinutesInThePast(2);
    claims.setGeneratedJwtId();
    claims.setClaim("id", id.toString());
    claims.setClaim("tenant", tenant.toString());
    claims.setClaim("parent", null);
    claims.setClaim("flow", UUID.randomUUID().toString());
    claims.setClaim("flowVersion", UUID.randomUUID().toString());
    claims.setClaim("isDone", false);
    claims.setClaim("currentMapElement", UUID.randomUUID().toString());
    claims.setClaim("currentUser", null);
    claims.setClaim("createdAt", "2018-07-17T11:40:48.171669+01:00");
    claims.setClaim("updatedAt", "2018-07-17T11:40:48.171669+01:00");
    claims.setClaim("expiresAt", "2018-07-18T11:40:48.171669+01:00");
    claims.setClaim("content", content);

    JsonWebEncryption jwe = new JsonWebEncryption();
    jwe.setAlgorithmHeaderValue(alg);
    jwe.setEncryptionMethodHeaderParameter(enc);
    jwe.setKey(receiverKey.getPublicKey());
    jwe.setKeyIdHeaderValue(f.keys.receiverKid());
    jwe.setContentTypeHeaderValue("JWT");
    jwe.enableDefaultCompression();
    jwe.setPayload(sign(claims));
    return jwe.getCompactSerialization();
  }

  private StoreResponse post(UUID tenant, String token) throws Exception {
    String path = "/states/" + tenant;
    Map<String, String> headers = Map.of(
        StoreClient.PLATFORM_KEY_ID, f.keys.platformKid(),
        StoreClient.RECEIVER_KEY_ID, f.keys.receiverKid(),
        StoreClient.SIGNATURE, signature(tenant, f.client.fullPath(path)));
    return f.client.send("POST", path, "[{\"token\":\"" + token + "\"}]", headers);
  }

  @Test
  void acceptsAStateMadeByJose4jAsTheReferencePlaysThePlatform() throws Exception {
    UUID tenant = UUID.randomUUID();
    UUID id = UUID.randomUUID();
    String content = "{\"made\":\"by jose4j\"}";

    StoreResponse response = post(tenant, stateToken(tenant, id, content,
        KeyManagementAlgorithmIdentifiers.ECDH_ES_A192KW,
        ContentEncryptionAlgorithmIdentifiers.AES_192_CBC_HMAC_SHA_384));

    assertThat(response.status()).as(response.toString()).isEqualTo(204);
    assertThat(f.client.loadState(tenant, id).orElseThrow().content()).isEqualTo(content);
  }

  @Test
  void acceptsJose4jsOtherAllowedAlgorithms() throws Exception {
    UUID tenant = UUID.randomUUID();
    UUID id = UUID.randomUUID();

    StoreResponse response = post(tenant, stateToken(tenant, id, "[]",
        KeyManagementAlgorithmIdentifiers.ECDH_ES_A256KW,
        ContentEncryptionAlgorithmIdentifiers.AES_256_CBC_HMAC_SHA_512));

    assertThat(response.status()).as(response.toString()).isEqualTo(204);
  }

  @Test
  void loadedStatesOpenWithJose4jCheckedAsTheReferenceChecksThem() throws Exception {
    UUID tenant = UUID.randomUUID();
    PlatformState state = PlatformState.of(tenant, "{\"opened\":\"by jose4j\"}");
    f.client.save(tenant, state);

    JwtClaims claims = openWithJose4j(tenant, state.id());

    assertThat(claims.getStringClaimValue("content")).isEqualTo(state.content());
    assertThat(claims.getSubject()).isEqualTo(state.id().toString());
  }

  // The store deflates and assembles its answers itself: jose4j must inflate and open megabytes.
  @Test
  void aMultiMegabyteLoadedStateOpensWithJose4j() throws Exception {
    UUID tenant = UUID.randomUUID();
    PlatformState state = PlatformState.of(tenant, LargeStateIT.largeState(5 * MB));
    assertThat(f.client.save(tenant, state).status()).isEqualTo(204);

    JwtClaims claims = openWithJose4j(tenant, state.id());

    assertThat(claims.getStringClaimValue("content")).isEqualTo(state.content());
  }

  // jose4j deflates at its own level (8): the store's inflating must not depend on the level.
  @Test
  void aMultiMegabyteStateMadeByJose4jIsAccepted() throws Exception {
    UUID tenant = UUID.randomUUID();
    UUID id = UUID.randomUUID();
    String content = LargeStateIT.largeState(5 * MB);

    StoreResponse response = post(tenant, stateToken(tenant, id, content,
        KeyManagementAlgorithmIdentifiers.ECDH_ES_A192KW,
        ContentEncryptionAlgorithmIdentifiers.AES_192_CBC_HMAC_SHA_384));

    assertThat(response.status()).as(response.toString()).isEqualTo(204);
    assertThat(f.client.loadState(tenant, id).orElseThrow().content()).isEqualTo(content);
  }

  private JwtClaims openWithJose4j(UUID tenant, UUID id) throws Exception {
    String token = new ObjectMapper()
        .readTree(f.client.load(tenant, id).body()).get("token").textValue();

    JwtConsumer consumer = new JwtConsumerBuilder()
        .setRequireExpirationTime()
        .setMaxFutureValidityInMinutes(300)
        .setRequireSubject()
        .setExpectedIssuer(tenant.toString())
        .setExpectedAudience("manywho")
        .setDecryptionKey(platformKey.getPrivateKey())
        .setVerificationKey(receiverKey.getPublicKey())
        .setJwsAlgorithmConstraints(
            new AlgorithmConstraints(ConstraintType.PERMIT,
                AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384))
        .setJweAlgorithmConstraints(
            new AlgorithmConstraints(ConstraintType.PERMIT,
                KeyManagementAlgorithmIdentifiers.ECDH_ES_A192KW))
        .setJweContentEncryptionAlgorithmConstraints(
            new AlgorithmConstraints(ConstraintType.PERMIT,
                ContentEncryptionAlgorithmIdentifiers.AES_192_CBC_HMAC_SHA_384))
        .build();
    return consumer.processToClaims(token);
  }
}
