package io.flowkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.flowkit.runtime.testing.KeptAliveConnection;
import io.flowkit.store.keys.StoreKeyRing;
import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.StoreFixture;
import io.flowkit.store.testing.StoreKeyRings;
import io.flowkit.testkit.LoadedState;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import io.flowkit.testkit.StoreResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store over real HTTP, called as the platform calls it (with the platform test kit), on a real
 * database: one subclass per database. Every refusal is checked for its status, its problem body and
 * that nothing was stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreHttpContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  StoreFixture f;

  /** A fresh database for this class. */
  abstract DatabaseSettings newDatabase();

  /** Removes what {@link #newDatabase()} made, if anything. */
  void dropDatabase(DatabaseSettings database) {}

  @BeforeAll
  void startStore() {
    f = StoreFixture.start(newDatabase());
  }

  @AfterAll
  void stopStore() {
    if (f != null) {
      f.close();
      dropDatabase(f.database);
    }
  }

  static String content(String marker) {
    return "{\"marker\":\"" + marker + "\",\"values\":[1,2.5,true,null,{\"nested\":\"\\\"quoted\\\"\"}]}";
  }

  // ---------------------------------------------------------------- round trips

  @Test
  void healthAnswers200WithoutAnyHeader() {
    StoreResponse response = f.client.health();

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void savesLoadsAndDeletesAState() {
    UUID tenant = UUID.randomUUID();
    PlatformState state = PlatformState.of(tenant, content("round trip"));

    assertThat(f.client.save(tenant, state).status()).isEqualTo(204);
    assertThat(f.rows(tenant)).isEqualTo(1);

    LoadedState loaded = f.client.loadState(tenant, state.id()).orElseThrow();
    assertThat(loaded.content()).isEqualTo(state.content());
    assertThat(loaded.claims().getSubject()).isEqualTo(state.id().toString());
    assertThat(loaded.claims().getIssuer()).isEqualTo(tenant.toString());

    assertThat(f.client.delete(tenant, state.id()).status()).isEqualTo(204);
    assertThat(f.rows(tenant)).isZero();
    assertThat(f.client.load(tenant, state.id()).status()).isEqualTo(404);
  }

  @Test
  void storesTheMetadataOfAState() {
    UUID tenant = UUID.randomUUID();
    UUID parent = UUID.randomUUID();
    PlatformState state =
        PlatformState.of(tenant, content("metadata"))
            .withParent(parent)
            .withDone(true)
            .withCreatedAt("2024-03-01T10:00:00.1234567+01:00")
            .withUpdatedAt("2024-03-01T10:05:00.7654321Z")
            .withExpiresAt("2024-04-01T00:00:00+00:00");

    assertThat(f.client.save(tenant, state).status()).isEqualTo(204);

    Map<String, Object> row = f.row(tenant, state.id()).orElseThrow();
    assertThat(row.get("parent_id")).isEqualTo(parent);
    assertThat(row.get("flow_id")).isEqualTo(state.flow());
    assertThat(row.get("flow_version_id")).isEqualTo(state.flowVersion());
    assertThat(row.get("is_done")).isEqualTo(true);
    assertThat(row.get("current_map_element_id")).isEqualTo(state.currentMapElement());
    assertThat(row.get("current_user_id")).isNull();
    // PostgreSQL keeps microseconds (rounded), H2 all seven digits.
    assertThat(instant(row.get("created_at")))
        .isBetween(Instant.parse("2024-03-01T09:00:00.123456Z"),
            Instant.parse("2024-03-01T09:00:00.123457Z"));
    assertThat(instant(row.get("expires_at"))).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
    assertThat(row.get("update_order"))
        .isEqualTo(Instant.parse("2024-03-01T10:05:00.7654321Z").getEpochSecond() * 1_000_000_000L
            + 765_432_100L);
  }

  @Test
  void savesSeveralStatesInOneRequest() {
    UUID tenant = UUID.randomUUID();
    PlatformState first = PlatformState.of(tenant, content("first"));
    PlatformState second = PlatformState.of(tenant, content("second"));
    PlatformState third = PlatformState.of(tenant, content("third"));

    assertThat(f.client.save(tenant, first, second, third).status()).isEqualTo(204);

    assertThat(f.rows(tenant)).isEqualTo(3);
    assertThat(f.client.loadState(tenant, second.id()).orElseThrow().content())
        .isEqualTo(second.content());
  }

  @Test
  void deletesOnlyTheNamedStatesAndIgnoresUnknownIds() {
    UUID tenant = UUID.randomUUID();
    PlatformState kept = PlatformState.of(tenant, content("kept"));
    PlatformState deleted = PlatformState.of(tenant, content("deleted"));
    f.client.save(tenant, kept, deleted);

    StoreResponse response = f.client.delete(tenant, deleted.id(), UUID.randomUUID());

    assertThat(response.status()).isEqualTo(204);
    assertThat(f.row(tenant, kept.id())).isPresent();
    assertThat(f.row(tenant, deleted.id())).isEmpty();
  }

  @Test
  void deletingNothingIsFine() {
    UUID tenant = UUID.randomUUID();

    assertThat(f.client.delete(tenant).status()).isEqualTo(204);
  }

  @Test
  void loadingAnUnknownStateAnswers404() {
    UUID tenant = UUID.randomUUID();

    StoreResponse response = f.client.load(tenant, UUID.randomUUID());

    assertThat(response.status()).isEqualTo(404);
    assertProblem(response, 404);
  }

  // ---------------------------------------------------------------- last writer wins

  @Test
  void aNewerUpdateReplacesTheState() {
    UUID tenant = UUID.randomUUID();
    PlatformState original =
        PlatformState.of(tenant, content("v1")).withUpdatedAt("2024-05-01T12:00:00+00:00");
    f.client.save(tenant, original);

    PlatformState newer =
        original.withContent(content("v2")).withUpdatedAt("2024-05-01T12:00:01+00:00")
            .withExpiresAt("2024-06-01T00:00:00Z").withDone(true);
    assertThat(f.client.save(tenant, newer).status()).isEqualTo(204);

    assertThat(f.client.loadState(tenant, original.id()).orElseThrow().content())
        .isEqualTo(newer.content());
    Map<String, Object> row = f.row(tenant, original.id()).orElseThrow();
    assertThat(row.get("is_done")).isEqualTo(true);
    assertThat(instant(row.get("expires_at"))).isEqualTo(Instant.parse("2024-06-01T00:00:00Z"));
  }

  @Test
  void anOlderUpdateIsIgnoredWith204() {
    UUID tenant = UUID.randomUUID();
    PlatformState current =
        PlatformState.of(tenant, content("current")).withUpdatedAt("2024-05-01T12:00:00+00:00");
    f.client.save(tenant, current);

    PlatformState older =
        current.withContent(content("older")).withUpdatedAt("2024-05-01T11:59:59.999999+00:00");
    assertThat(f.client.save(tenant, older).status()).isEqualTo(204);

    assertThat(f.client.loadState(tenant, current.id()).orElseThrow().content())
        .isEqualTo(current.content());
  }

  @Test
  void anUpdateWithTheSameUpdatedAtReplacesTheState() {
    UUID tenant = UUID.randomUUID();
    PlatformState first =
        PlatformState.of(tenant, content("first")).withUpdatedAt("2024-05-01T12:00:00+00:00");
    f.client.save(tenant, first);

    // Same instant written with another offset: equal, and the later write wins (a retry of the
    // same save is idempotent).
    PlatformState same =
        first.withContent(content("same time")).withUpdatedAt("2024-05-01T14:00:00+02:00");
    assertThat(f.client.save(tenant, same).status()).isEqualTo(204);

    assertThat(f.client.loadState(tenant, first.id()).orElseThrow().content())
        .isEqualTo(same.content());
  }

  @Test
  void ordersUpdatesBySevenFractionalDigits() {
    UUID tenant = UUID.randomUUID();
    PlatformState first =
        PlatformState.of(tenant, content("a")).withUpdatedAt("2024-05-01T12:00:00.1234567+01:00");
    f.client.save(tenant, first);

    // 100 ns later: PostgreSQL's timestamptz cannot tell these apart, the store must.
    PlatformState later =
        first.withContent(content("b")).withUpdatedAt("2024-05-01T12:00:00.1234568+01:00");
    f.client.save(tenant, later);
    PlatformState earlierAgain =
        first.withContent(content("c")).withUpdatedAt("2024-05-01T12:00:00.1234567+01:00");
    f.client.save(tenant, earlierAgain);

    assertThat(f.client.loadState(tenant, first.id()).orElseThrow().content())
        .isEqualTo(later.content());
  }

  @Test
  void anUpdateNeverChangesCreatedAtParentOrTenant() {
    UUID tenant = UUID.randomUUID();
    UUID parent = UUID.randomUUID();
    PlatformState original =
        PlatformState.of(tenant, content("v1"))
            .withParent(parent)
            .withCreatedAt("2024-01-01T00:00:00Z")
            .withUpdatedAt("2024-01-01T00:00:00Z");
    f.client.save(tenant, original);

    PlatformState update =
        original.withParent(UUID.randomUUID()).withCreatedAt("2030-01-01T00:00:00Z")
            .withUpdatedAt("2024-01-02T00:00:00Z").withContent(content("v2"));
    assertThat(f.client.save(tenant, update).status()).isEqualTo(204);

    Map<String, Object> row = f.row(tenant, original.id()).orElseThrow();
    assertThat(row.get("tenant_id")).isEqualTo(tenant);
    assertThat(row.get("parent_id")).isEqualTo(parent);
    assertThat(instant(row.get("created_at"))).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(instant(row.get("updated_at"))).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
    assertThat(row.get("content")).isEqualTo(update.content());
  }

  // ---------------------------------------------------------------- tenants and keys

  @Test
  void anotherTenantNeitherSeesNorDeletesAState() {
    UUID owner = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    PlatformState state = PlatformState.of(owner, content("owner's"));
    f.client.save(owner, state);

    assertThat(f.client.load(other, state.id()).status()).isEqualTo(404);
    assertThat(f.client.delete(other, state.id()).status()).isEqualTo(204);

    assertThat(f.row(owner, state.id())).isPresent();
    assertThat(f.client.loadState(owner, state.id()).orElseThrow().content())
        .isEqualTo(state.content());
  }

  @Test
  void twoTenantsMayHoldStatesWithTheSameId() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    UUID id = UUID.randomUUID();
    PlatformState mine = PlatformState.of(first, content("first's")).withId(id);
    PlatformState theirs = PlatformState.of(second, content("second's")).withId(id);

    assertThat(f.client.save(first, mine).status()).isEqualTo(204);
    assertThat(f.client.save(second, theirs).status()).isEqualTo(204);

    assertThat(f.client.loadState(first, id).orElseThrow().content()).isEqualTo(mine.content());
    assertThat(f.client.loadState(second, id).orElseThrow().content()).isEqualTo(theirs.content());
  }

  @Test
  void servesSeveralKeyPairsAtOnce() throws Exception {
    StoreKeyPairs a = StoreKeyPairs.generate();
    StoreKeyPairs b = StoreKeyPairs.generate(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    StoreKeyRing ring = StoreKeyRings.of(a, b);
    try (StoreFixture store = StoreFixture.start(f.database, a, f.clock, builder -> builder.keys(ring))) {
      StoreClient clientA = store.client;
      StoreClient clientB = new StoreClient(store.store.uri(), new PlatformTokens(b, f.clock));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Optional<LoadedState>>> results = new ArrayList<>();
        List<PlatformState> states = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          StoreClient client = i % 2 == 0 ? clientA : clientB;
          UUID tenant = UUID.randomUUID();
          PlatformState state = PlatformState.of(tenant, content("key pair " + i));
          states.add(state);
          Callable<Optional<LoadedState>> call = () -> {
            StoreResponse saved = client.save(tenant, state);
            assertThat(saved.status()).as(saved.toString()).isEqualTo(204);
            return client.loadState(tenant, state.id());
          };
          results.add(pool.submit(call));
        }
        for (int i = 0; i < results.size(); i++) {
          assertThat(results.get(i).get().orElseThrow().content())
              .isEqualTo(states.get(i).content());
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void loadsWithTheKeysTheHeadersName() {
    StoreKeyPairs other = StoreKeyPairs.generate();
    StoreKeyRing ring = StoreKeyRings.of(f.keys, other);
    try (StoreFixture store = StoreFixture.start(f.database, f.keys, f.clock, b -> b.keys(ring))) {
      UUID tenant = UUID.randomUUID();
      PlatformState state = PlatformState.of(tenant, content("saved with one pair"));
      assertThat(store.client.save(tenant, state).status()).isEqualTo(204);

      // Saved with the first pair, loaded by the platform that holds the other pair.
      StoreClient otherPlatform = new StoreClient(store.store.uri(), new PlatformTokens(other, f.clock));
      assertThat(otherPlatform.loadState(tenant, state.id()).orElseThrow().content())
          .isEqualTo(state.content());
    }
  }

  // ---------------------------------------------------------------- accepted variations

  /** What the platform might send and the store must take. */
  Stream<Case> acceptedVariations() {
    return Stream.of(
        new Case("signature aud as an array naming the tenant", 204,
            c -> c.saveWithSignature(b -> b.audience(List.of("someone-else", c.tenant.toString())))),
        new Case("signature exp exactly 300 s ahead", 204,
            c -> c.saveWithSignature(b -> b.expirationTime(c.secondsFromNow(300)))),
        new Case("signature without nbf and iat", 204,
            c -> c.saveWithSignature(b -> b.notBeforeTime(null).issueTime(null))),
        new Case("signature with extra claims", 204,
            c -> c.saveWithSignature(b -> b.claim("extra", Map.of("x", 1)))),
        new Case("signature with upper-case tenant in aud", 204,
            c -> c.saveWithSignature(b -> b.audience(c.tenant.toString().toUpperCase()))),
        new Case("percent-encoded request path", 204, Ctx::saveAtPercentEncodedPath),
        new Case("ECDH-ES+A256KW with A256CBC-HS512", 204,
            c -> c.saveToken(c.tokenWithHeader(
                h -> new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A256KW, EncryptionMethod.A256CBC_HS512)
                    .compressionAlgorithm(h.build().getCompressionAlgorithm())
                    .contentType("JWT").keyID(c.f.keys.receiverKid())))),
        new Case("no zip", 204,
            c -> c.saveToken(c.tokenWithHeader(h -> h.compressionAlgorithm(null)))),
        new Case("cty application/jwt", 204,
            c -> c.saveToken(c.tokenWithHeader(h -> h.contentType("application/jwt")))),
        new Case("state exp exactly 300 min ahead", 204,
            c -> c.saveToken(c.tokenWithClaims(b -> b.expirationTime(c.secondsFromNow(300 * 60))))),
        new Case("7-digit fractional seconds and Z offset", 204,
            c -> c.saveState(c.state.withCreatedAt("2024-01-01T00:00:00.1234567Z")
                .withUpdatedAt("2024-01-01T00:00:00.7654321+05:30"))),
        new Case("explicit null parent, map element and user", 204,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("parent", null)
                .claim("currentMapElement", null).claim("currentUser", null)))),
        new Case("no expiresAt claim", 204,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("expiresAt", null)))),
        new Case("empty expiresAt claim", 204,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("expiresAt", "")))),
        new Case("unknown members beside the token", 204,
            c -> c.saveBody("[{\"token\":\"" + c.validToken() + "\",\"extra\":{\"a\":[1]}}]")),
        new Case("content that is a JSON array", 204,
            c -> c.saveState(c.state.withContent("[1,2,3]"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedVariations")
  void acceptsAndStores(Case accepted) {
    Ctx c = new Ctx(f);

    StoreResponse response = accepted.call().apply(c);

    assertThat(response.status()).as(response.toString()).isEqualTo(accepted.status());
    assertThat(f.rows(c.tenant)).isEqualTo(1);
  }

  // ---------------------------------------------------------------- refusals

  /** Spec §15.4 and the rest: what must be refused, with the status that says why. */
  Stream<Case> refusals() {
    return Stream.of(
        // the two key-id headers
        new Case("no X-ManyWho-Platform-Key-ID", 400,
            c -> c.saveWithHeaders(h -> h.remove(StoreClient.PLATFORM_KEY_ID))),
        new Case("no X-ManyWho-Receiver-Key-ID", 400,
            c -> c.saveWithHeaders(h -> h.remove(StoreClient.RECEIVER_KEY_ID))),
        new Case("blank X-ManyWho-Receiver-Key-ID", 400,
            c -> c.saveWithHeaders(h -> h.put(StoreClient.RECEIVER_KEY_ID, " "))),
        // the signature header
        new Case("no signature header", 401,
            c -> c.saveWithHeaders(h -> h.remove(StoreClient.SIGNATURE))),
        new Case("signature header not a JWT", 401,
            c -> c.saveWithHeaders(h -> h.put(StoreClient.SIGNATURE, "not.a.jwt"))),
        new Case("signature alg none", 401,
            c -> c.saveWithSignatureToken(new PlainJWT(c.signatureClaims().build()).serialize())),
        new Case("signature alg HS256", 401, Ctx::saveWithHs256Signature),
        new Case("signature alg RS256", 401, Ctx::saveWithRs256Signature),
        new Case("signature alg ES256 (P-256 key)", 401, c -> c.saveWithSignatureToken(
            PlatformTokens.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(c.f.keys.platformKid()).build(),
                c.signatureClaims().build(), c.newEcKey(Curve.P_256, c.f.keys.platformKid())))),
        new Case("signature ES512 header", 401, c -> c.saveWithSignatureToken(
            PlatformTokens.sign(new JWSHeader.Builder(JWSAlgorithm.ES512).keyID(c.f.keys.platformKid()).build(),
                c.signatureClaims().build(), c.newEcKey(Curve.P_521, c.f.keys.platformKid())))),
        new Case("signature by the wrong key", 401, c -> c.saveWithSignatureToken(
            PlatformTokens.sign(c.es384(c.f.keys.platformKid()), c.signatureClaims().build(),
                c.newEcKey(Curve.P_384, c.f.keys.platformKid())))),
        new Case("signature by the receiver key", 401, c -> c.saveWithSignatureToken(
            PlatformTokens.sign(c.es384(c.f.keys.platformKid()), c.signatureClaims().build(),
                c.f.keys.receiverPair()))),
        new Case("signature with an unknown kid", 401, c -> c.saveWithSignatureToken(
            PlatformTokens.sign(c.es384(UUID.randomUUID().toString()), c.signatureClaims().build(),
                c.f.keys.platformPair()))),
        new Case("signature without kid", 401, c -> c.saveWithSignatureToken(
            PlatformTokens.sign(new JWSHeader.Builder(JWSAlgorithm.ES384).build(),
                c.signatureClaims().build(), c.f.keys.platformPair()))),
        new Case("signature with a tampered payload", 401, Ctx::saveWithTamperedSignature),
        new Case("signature iss other than manywho", 401,
            c -> c.saveWithSignature(b -> b.issuer("someone"))),
        new Case("signature without iss", 401, c -> c.saveWithSignature(b -> b.issuer(null))),
        new Case("signature aud of another tenant", 401,
            c -> c.saveWithSignature(b -> b.audience(UUID.randomUUID().toString()))),
        new Case("signature without aud", 401, c -> c.saveWithSignature(b -> b.audience((String) null))),
        new Case("signature without sub", 401, c -> c.saveWithSignature(b -> b.subject(null))),
        new Case("signature exp 301 s ahead", 401,
            c -> c.saveWithSignature(b -> b.expirationTime(c.secondsFromNow(301)))),
        new Case("signature expired (exp = now)", 401,
            c -> c.saveWithSignature(b -> b.expirationTime(c.secondsFromNow(0)))),
        new Case("signature expired an hour ago", 401, c -> c.saveWithSignature(
            b -> b.expirationTime(c.secondsFromNow(-3600)).notBeforeTime(c.secondsFromNow(-3700))
                .issueTime(c.secondsFromNow(-3700)))),
        new Case("signature without exp", 401, c -> c.saveWithSignature(b -> b.expirationTime(null))),
        new Case("signature nbf in the future", 401,
            c -> c.saveWithSignature(b -> b.notBeforeTime(c.secondsFromNow(1)))),
        new Case("signature iat after exp", 401,
            c -> c.saveWithSignature(b -> b.issueTime(c.secondsFromNow(400)))),
        new Case("signature without path", 401, c -> c.saveWithSignature(b -> b.claim("path", null))),
        new Case("signature path not a string", 401,
            c -> c.saveWithSignature(b -> b.claim("path", List.of(c.fullPath())))),
        new Case("signature path with a query", 401,
            c -> c.saveWithSignature(b -> b.claim("path", c.fullPath() + "?a=b"))),
        new Case("signature path without the base path", 401,
            c -> c.saveWithSignature(b -> b.claim("path", "/states/" + c.tenant))),
        new Case("signature path of another tenant", 401,
            c -> c.saveWithSignature(b -> b.claim("path", c.f.client.fullPath("/states/" + UUID.randomUUID())))),
        new Case("signature made for loading, used to save", 401, c -> c.saveWithSignature(
            b -> b.claim("path", c.f.client.fullPath("/states/" + c.tenant + "/" + c.state.id())))),
        // the body
        new Case("body not JSON", 400, c -> c.saveBody("[{\"token\":")),
        new Case("body an object", 400, c -> c.saveBody("{\"token\":\"" + c.validToken() + "\"}")),
        new Case("body empty", 400, c -> c.saveBody("")),
        new Case("a valid batch followed by trailing garbage", 400,
            c -> c.saveBody("[{\"token\":\"" + c.validToken() + "\"}]}}}")),
        new Case("a valid batch followed by a second document", 400,
            c -> c.saveBody("[{\"token\":\"" + c.validToken() + "\"}] []")),
        new Case("an item with a duplicate token key", 400,
            c -> c.saveBody("[{\"token\":\"x\",\"token\":\"" + c.validToken() + "\"}]")),
        new Case("item without token", 400, c -> c.saveBody("[{\"tok\":\"x\"}]")),
        // Not UTF-8: each of these Jackson's byte parser would read (RFC 8259 8.1 says UTF-8).
        new Case("a 0xFF byte in the token key, once the store has read that key", 400, c -> {
          // A save first, so that the store's JSON symbol table holds "token": Jackson then reads
          // "toke", 0xFF, "n" as "token" (it pads short name tails with 0xFF).
          Ctx other = new Ctx(c.f);
          assertThat(other.saveToken(other.validToken()).status()).isEqualTo(204);
          return c.saveBytes("[{\"toke", "FF", "n\":\"" + c.validToken() + "\"}]");
        }),
        new Case("the token key's n as an overlong byte pair", 400,
            c -> c.saveBytes("[{\"toke", "C1AE", "\":\"" + c.validToken() + "\"}]")),
        new Case("a code point past U+10FFFF in a second key", 400,
            c -> c.saveBytes("[{\"token\":\"" + c.validToken() + "\",\"x", "F4908080", "\":1}]")),
        new Case("token not a string", 400, c -> c.saveBody("[{\"token\":42}]")),
        new Case("token not a JWE", 401, c -> c.saveToken("a.b.c")),
        new Case("token a signed JWT, not encrypted", 401,
            c -> c.saveToken(c.f.platform.signWithPlatformKey(c.f.platform.stateClaims(c.state).build()))),
        // the JWE
        new Case("JWE enc A256GCM", 401, c -> c.saveToken(c.tokenWithHeader(
            h -> new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A192KW, EncryptionMethod.A256GCM)
                .compressionAlgorithm(h.build().getCompressionAlgorithm()).contentType("JWT")
                .keyID(c.f.keys.receiverKid())))),
        new Case("JWE alg ECDH-ES (direct)", 401, c -> c.saveToken(c.tokenWithHeader(
            h -> new JWEHeader.Builder(JWEAlgorithm.ECDH_ES, EncryptionMethod.A192CBC_HS384)
                .contentType("JWT").keyID(c.f.keys.receiverKid())))),
        new Case("JWE alg ECDH-ES+A128KW", 401, c -> c.saveToken(c.tokenWithHeader(
            h -> new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A128KW, EncryptionMethod.A192CBC_HS384)
                .contentType("JWT").keyID(c.f.keys.receiverKid())))),
        new Case("JWE enc A128CBC-HS256", 401, c -> c.saveToken(c.tokenWithHeader(
            h -> new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A192KW, EncryptionMethod.A128CBC_HS256)
                .contentType("JWT").keyID(c.f.keys.receiverKid())))),
        new Case("JWE alg RSA-OAEP-256", 401, Ctx::saveRsaEncryptedToken),
        new Case("JWE without cty", 401,
            c -> c.saveToken(c.tokenWithHeader(h -> h.contentType(null)))),
        new Case("JWE with an unknown kid", 401,
            c -> c.saveToken(c.tokenWithHeader(h -> h.keyID(UUID.randomUUID().toString())))),
        new Case("JWE without kid", 401, c -> c.saveToken(c.tokenWithHeader(h -> h.keyID(null)))),
        new Case("JWE encrypted to another key", 401, c -> c.saveToken(PlatformTokens.encrypt(
            c.f.platform.signWithPlatformKey(c.f.platform.stateClaims(c.state).build()),
            c.f.platform.stateTokenHeader().build(), c.newEcKey(Curve.P_384, c.f.keys.receiverKid())))),
        new Case("JWE with tampered ciphertext", 401, c -> c.saveToken(c.tamper(c.validToken(), 3))),
        new Case("JWE with tampered tag", 401, c -> c.saveToken(c.tamper(c.validToken(), 4))),
        new Case("JWE with tampered encrypted key", 401, c -> c.saveToken(c.tamper(c.validToken(), 1))),
        new Case("JWE with tampered IV", 401, c -> c.saveToken(c.tamper(c.validToken(), 2))),
        new Case("JWE with an ephemeral key off the curve", 401, Ctx::saveWithOffCurveEphemeralKey),
        new Case("JWE with a P-256 ephemeral key", 401, Ctx::saveWithP256EphemeralKey),
        // the inner JWS
        new Case("state signed by the receiver key", 401, c -> c.saveToken(c.f.platform.encryptForReceiver(
            PlatformTokens.sign(c.es384(c.f.keys.platformKid()), c.f.platform.stateClaims(c.state).build(),
                c.f.keys.receiverPair()), c.f.platform.stateTokenHeader().build()))),
        new Case("state signed with an unknown kid", 401, c -> c.saveToken(c.f.platform.encryptForReceiver(
            PlatformTokens.sign(c.es384(UUID.randomUUID().toString()), c.f.platform.stateClaims(c.state).build(),
                c.f.keys.platformPair()), c.f.platform.stateTokenHeader().build()))),
        new Case("state signed ES256", 401, c -> c.saveToken(c.f.platform.encryptForReceiver(
            PlatformTokens.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(c.f.keys.platformKid()).build(),
                c.f.platform.stateClaims(c.state).build(), c.newEcKey(Curve.P_256, c.f.keys.platformKid())),
            c.f.platform.stateTokenHeader().build()))),
        new Case("state not signed (alg none)", 401, c -> c.saveToken(c.f.platform.encryptForReceiver(
            new PlainJWT(c.f.platform.stateClaims(c.state).build()).serialize(),
            c.f.platform.stateTokenHeader().build()))),
        new Case("state exp 301 min ahead", 401,
            c -> c.saveToken(c.tokenWithClaims(b -> b.expirationTime(c.secondsFromNow(301 * 60))))),
        new Case("state expired", 401,
            c -> c.saveToken(c.tokenWithClaims(b -> b.expirationTime(c.secondsFromNow(-1))))),
        new Case("state nbf in the future", 401,
            c -> c.saveToken(c.tokenWithClaims(b -> b.notBeforeTime(c.secondsFromNow(60))))),
        new Case("state iss other than manywho", 401,
            c -> c.saveToken(c.tokenWithClaims(b -> b.issuer("flow")))),
        new Case("state aud of another tenant", 401,
            c -> c.saveToken(c.tokenWithClaims(b -> b.audience(UUID.randomUUID().toString())))),
        new Case("state without sub", 401, c -> c.saveToken(c.tokenWithClaims(b -> b.subject(null)))),
        new Case("state of another tenant", 401,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("tenant", UUID.randomUUID().toString())))),
        // the state claims
        new Case("content a JSON object, not text", 400,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("content", Map.of("a", 1))))),
        new Case("content not JSON text", 400,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("content", "{\"a\":")))),
        new Case("content two JSON values", 400,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("content", "{} {}")))),
        new Case("no content", 400, c -> c.saveToken(c.tokenWithClaims(b -> b.claim("content", null)))),
        new Case("isDone missing", 400, c -> c.saveToken(c.tokenWithClaims(b -> b.claim("isDone", null)))),
        new Case("isDone a string", 400,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("isDone", "false")))),
        new Case("id not a UUID", 400, c -> c.saveToken(c.tokenWithClaims(b -> b.claim("id", "42")))),
        new Case("flow missing", 400, c -> c.saveToken(c.tokenWithClaims(b -> b.claim("flow", null)))),
        new Case("updatedAt without offset", 400,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("updatedAt", "2024-01-01T00:00:00")))),
        new Case("createdAt not a date", 400,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("createdAt", "yesterday")))),
        new Case("expiresAt not a date", 400,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("expiresAt", "never")))),
        // found by the generated-input suite (io.flowkit.store.fuzz): lax encodings and values
        // the database refuses
        new Case("a character appended to the inner JWS's signature", 401, c -> c.saveToken(
            c.f.platform.encryptForReceiver(c.f.platform.signWithPlatformKey(c.f.platform.stateClaims(c.state).build())
                + "x", c.f.platform.stateTokenHeader().build()))),
        new Case("padding after the JWE's tag", 401, c -> c.saveToken(c.validToken() + "==")),
        new Case("the standard base64 alphabet in the JWE", 401,
            c -> c.saveToken(c.validToken().replace('-', '+').replace('_', '/') + "+")),
        new Case("a character appended to the signature header", 401, c -> c.saveWithSignatureToken(
            c.f.platform.signatureHeader(c.tenant, c.fullPath()) + "A")),
        new Case("createdAt past the year 9999 (PostgreSQL refused it: 500)", 400,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("createdAt", "+300000-01-01T00:00:00Z")))),
        new Case("expiresAt in the year 0", 400,
            c -> c.saveToken(c.tokenWithClaims(b -> b.claim("expiresAt", "0000-06-01T00:00:00Z")))),
        new Case("content with a lone surrogate", 400, c -> c.saveToken(c.tokenWithRawClaims(
            c.f.platform.stateClaims(c.state).claim("content", "{\"a\":\"LONE\"}").build().toString()
                .replace("LONE", "\\ud800")))),
        new Case("a gzip Content-Encoding", 415, c -> c.saveWithHeaders(h -> h.put("Content-Encoding", "gzip"))),
        // all or nothing
        new Case("a good item with a bad one", 401, c -> c.saveTokens(List.of(c.validToken(),
            c.tokenWithClaims(b -> b.issuer("someone")), c.f.platform.stateToken(c.state.withId(UUID.randomUUID()))))),
        new Case("a good item with a malformed one", 400, c -> c.saveTokens(List.of(c.validToken(),
            c.tokenWithClaims(b -> b.claim("isDone", null))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesAndStoresNothing(Case refused) {
    Ctx c = new Ctx(f);

    StoreResponse response = refused.call().apply(c);

    assertThat(response.status()).as(response.toString()).isEqualTo(refused.status());
    assertProblem(response, refused.status());
    assertThat(f.rows(c.tenant)).isZero();
  }

  @Test
  void aRefusalNamesTheRuleButNeverTheTokenOrKey() throws Exception {
    Ctx c = new Ctx(f);
    String token = c.tokenWithClaims(b -> b.issuer("someone"));

    StoreResponse response = c.saveToken(token);

    assertThat(response.status()).isEqualTo(401);
    String message = JSON.readTree(response.body()).get("message").textValue();
    assertThat(message).contains("wrong issuer");
    for (String part : token.split("\\.")) {
      if (part.length() > 8) {
        assertThat(response.body()).doesNotContain(part);
      }
    }
    assertThat(response.body())
        .doesNotContain(f.keys.receiverPair().getD().toString())
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aRefusedSignatureNamesTheInvalidCurveCheck() throws Exception {
    StoreResponse response = new Ctx(f).saveWithOffCurveEphemeralKey();

    assertThat(JSON.readTree(response.body()).get("message").textValue())
        .contains("ephemeral key that is not a point on P-384");
  }

  // ---------------------------------------------------------------- load and delete refusals

  @Test
  void loadRefusesUnknownKeyIdsWith401() {
    UUID tenant = UUID.randomUUID();
    PlatformState state = PlatformState.of(tenant, content("keys"));
    f.client.save(tenant, state);
    String path = "/states/" + tenant + "/" + state.id();

    Map<String, String> unknownPlatform = f.client.signedHeaders(tenant, path);
    unknownPlatform.put(StoreClient.PLATFORM_KEY_ID, UUID.randomUUID().toString());
    Map<String, String> unknownReceiver = f.client.signedHeaders(tenant, path);
    unknownReceiver.put(StoreClient.RECEIVER_KEY_ID, UUID.randomUUID().toString());

    assertProblem(f.client.send("GET", path, null, unknownPlatform), 401);
    assertProblem(f.client.send("GET", path, null, unknownReceiver), 401);
  }

  @Test
  void loadRefusesMissingHeadersAndBadSignatures() {
    UUID tenant = UUID.randomUUID();
    PlatformState state = PlatformState.of(tenant, content("headers"));
    f.client.save(tenant, state);
    String path = "/states/" + tenant + "/" + state.id();

    Map<String, String> noPlatformKeyId = f.client.signedHeaders(tenant, path);
    noPlatformKeyId.remove(StoreClient.PLATFORM_KEY_ID);
    Map<String, String> signedForSave = f.client.signedHeaders(tenant, "/states/" + tenant);

    assertProblem(f.client.send("GET", path, null, noPlatformKeyId), 400);
    assertProblem(f.client.send("GET", path, null, signedForSave), 401);
    assertProblem(f.client.send("GET", path, null, Map.of()), 400);
  }

  @Test
  void deleteRefusesBadSignaturesAndBadIdsAndDeletesNothing() {
    UUID tenant = UUID.randomUUID();
    PlatformState state = PlatformState.of(tenant, content("stays"));
    f.client.save(tenant, state);
    String path = "/states/" + tenant;
    String body = "[\"" + state.id() + "\"]";

    Map<String, String> wrongTenant = f.client.signedHeaders(UUID.randomUUID(), path);
    Map<String, String> signed = f.client.signedHeaders(tenant, path);

    assertProblem(f.client.send("DELETE", path, body, wrongTenant), 401);
    assertProblem(f.client.send("DELETE", path, "[\"" + state.id() + "\", \"nope\"]", signed), 400);
    assertProblem(f.client.send("DELETE", path, "{\"ids\":[]}", signed), 400);
    assertThat(f.rows(tenant)).isEqualTo(1);
  }

  @Test
  void unknownRoutesAndMethodsAreRefused() {
    UUID tenant = UUID.randomUUID();
    String statePath = "/states/" + tenant + "/" + UUID.randomUUID();

    assertProblem(f.client.send("GET", "/states/not-a-uuid/" + UUID.randomUUID(), null, Map.of()), 404);
    assertProblem(f.client.send("GET", "/elsewhere", null, Map.of()), 404);
    assertProblem(f.client.send("PUT", statePath, "{}", f.client.signedHeaders(tenant, statePath)), 405);
    assertProblem(f.client.send("POST", "/health", "{}", Map.of()), 405);
  }

  /**
   * A refused request's body is read before the answer, so a client that reuses its kept-alive
   * connection, as a pooling client does, finds it open: small bodies (the platform's) and large ones,
   * on every refusal path, in a row on one connection.
   */
  @Test
  void refusedRequestsWithBodiesLeaveTheConnectionOpen() {
    UUID tenant = UUID.randomUUID();
    String base = f.store.uri().getPath();
    String statePath = "/states/" + tenant + "/" + UUID.randomUUID();
    byte[] large = new byte[1 << 20];
    java.util.Arrays.fill(large, (byte) ' ');

    try (KeptAliveConnection connection = KeptAliveConnection.open(f.store.uri())) {
      for (byte[] body : List.of("{}".getBytes(StandardCharsets.UTF_8), large)) {
        assertRefusedAndKeptAlive(connection.send("PUT", base + statePath, f.client.signedHeaders(tenant, statePath), body), 405);
        assertRefusedAndKeptAlive(connection.send("POST", base + "/health", Map.of(), body), 405);
        assertRefusedAndKeptAlive(connection.send("POST", base + "/states/not-a-uuid", Map.of(), body), 404);
        assertRefusedAndKeptAlive(connection.send("POST", base + "/states/" + tenant, Map.of(), body), 400);
        assertRefusedAndKeptAlive(connection.send("POST", "/elsewhere", Map.of(), body), 404);
      }
      assertThat(connection.send("GET", base + "/health", Map.of(), null).status()).isEqualTo(200);
    }
  }

  // ---------------------------------------------------------------- helpers

  static void assertRefusedAndKeptAlive(KeptAliveConnection.Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.header("X-ManyWho-Service-Problem-Kind")).isEqualTo("service");
    assertThat(answer.keptAlive()).as("kept alive: " + answer).isTrue();
  }

  static void assertProblem(StoreResponse response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("X-ManyWho-Service-Problem-Kind")).isEqualTo("service");
    assertThat(response.header("Content-Type")).startsWith("application/json");
    try {
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.get("kind").textValue()).isEqualTo("service");
      assertThat(problem.get("statusCode").intValue()).isEqualTo(status);
      assertThat(problem.get("message").textValue()).isNotBlank();
    } catch (java.io.IOException e) {
      throw new AssertionError("not a problem body: " + response, e);
    }
  }

  static Instant instant(Object databaseTime) {
    if (databaseTime instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (databaseTime instanceof Timestamp time) {
      return time.toInstant();
    }
    throw new AssertionError("not a time: " + databaseTime);
  }

  /** One request to make, and the status it must get. */
  record Case(String name, int status, Function<Ctx, StoreResponse> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A fresh tenant and state, and ways to save them that differ from the platform's in one thing. */
  static final class Ctx {

    private static final SecureRandom RANDOM = new SecureRandom();

    final StoreFixture f;
    final UUID tenant = UUID.randomUUID();
    final PlatformState state;
    final String path;

    Ctx(StoreFixture f) {
      this.f = f;
      this.state = PlatformState.of(tenant, content("case"));
      this.path = "/states/" + tenant;
    }

    String fullPath() {
      return f.client.fullPath(path);
    }

    Date secondsFromNow(long seconds) {
      return Date.from(f.clock.instant().plusSeconds(seconds));
    }

    JWSHeader es384(String kid) {
      return new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(kid).build();
    }

    ECKey newEcKey(Curve curve, String kid) {
      try {
        return new ECKeyGenerator(curve).keyID(kid).generate();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    JWTClaimsSet.Builder signatureClaims() {
      return f.platform.signatureClaims(tenant, fullPath());
    }

    String validToken() {
      return f.platform.stateToken(state);
    }

    String tokenWithClaims(UnaryOperator<JWTClaimsSet.Builder> change) {
      return f.platform.stateToken(change.apply(f.platform.stateClaims(state)).build());
    }

    /** A state token around claims given as JSON text, signed and encrypted as the platform does. */
    String tokenWithRawClaims(String claimsJson) {
      try {
        com.nimbusds.jose.JWSObject jws = new com.nimbusds.jose.JWSObject(es384(f.keys.platformKid()),
            new Payload(claimsJson));
        jws.sign(new com.nimbusds.jose.crypto.ECDSASigner(f.keys.platformPair()));
        return f.platform.encryptForReceiver(jws.serialize(), f.platform.stateTokenHeader().build());
      } catch (com.nimbusds.jose.JOSEException e) {
        throw new IllegalStateException(e);
      }
    }

    String tokenWithHeader(UnaryOperator<JWEHeader.Builder> change) {
      return f.platform.encryptForReceiver(
          f.platform.signWithPlatformKey(f.platform.stateClaims(state).build()),
          change.apply(f.platform.stateTokenHeader()).build());
    }

    StoreResponse saveState(PlatformState changed) {
      return f.client.save(tenant, changed);
    }

    StoreResponse saveToken(String token) {
      return saveTokens(List.of(token));
    }

    StoreResponse saveTokens(List<String> tokens) {
      return f.client.saveTokens(tenant, tokens);
    }

    StoreResponse saveBody(String body) {
      return f.client.send("POST", path, body, f.client.signedHeaders(tenant, path));
    }

    /** Saves a body of {@code before}, the bytes written in {@code hex}, then {@code after}. */
    StoreResponse saveBytes(String before, String hex, String after) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(before.getBytes(StandardCharsets.UTF_8));
      body.writeBytes(HexFormat.of().parseHex(hex));
      body.writeBytes(after.getBytes(StandardCharsets.UTF_8));
      return f.client.sendBytes("POST", path, body.toByteArray(), f.client.signedHeaders(tenant, path));
    }

    StoreResponse saveWithHeaders(java.util.function.Consumer<Map<String, String>> change) {
      Map<String, String> headers = f.client.signedHeaders(tenant, path);
      change.accept(headers);
      return f.client.send("POST", path, body(validToken()), headers);
    }

    StoreResponse saveWithSignatureToken(String signature) {
      return saveWithHeaders(h -> h.put(StoreClient.SIGNATURE, signature));
    }

    StoreResponse saveWithSignature(UnaryOperator<JWTClaimsSet.Builder> change) {
      return saveWithSignatureToken(f.platform.signWithPlatformKey(change.apply(signatureClaims()).build()));
    }

    StoreResponse saveAtPercentEncodedPath() {
      String encoded = "/states/%" + Integer.toHexString(tenant.toString().charAt(0)) + tenant.toString().substring(1);
      return f.client.send("POST", encoded, body(validToken()), f.client.signedHeaders(tenant, path));
    }

    StoreResponse saveWithHs256Signature() {
      try {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        SignedJWT jwt = new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(f.keys.platformKid()).build(),
            signatureClaims().build());
        jwt.sign(new MACSigner(secret));
        return saveWithSignatureToken(jwt.serialize());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    StoreResponse saveWithRs256Signature() {
      try {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID(f.keys.platformKid()).generate();
        SignedJWT jwt = new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(f.keys.platformKid()).build(),
            signatureClaims().build());
        jwt.sign(new RSASSASigner(rsa));
        return saveWithSignatureToken(jwt.serialize());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    StoreResponse saveWithTamperedSignature() {
      String[] parts = f.platform.signWithPlatformKey(signatureClaims().build()).split("\\.");
      String otherClaims = f.platform.signatureClaims(UUID.randomUUID(), fullPath()).build().toString();
      String forged = parts[0] + "."
          + Base64URL.encode(otherClaims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
      return saveWithSignatureToken(forged);
    }

    StoreResponse saveRsaEncryptedToken() {
      try {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID(f.keys.receiverKid()).generate();
        JWEObject jwe = new JWEObject(
            new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A192CBC_HS384)
                .contentType("JWT").keyID(f.keys.receiverKid()).build(),
            new Payload(f.platform.signWithPlatformKey(f.platform.stateClaims(state).build())));
        jwe.encrypt(new RSAEncrypter(rsa.toRSAPublicKey()));
        return saveToken(jwe.serialize());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    StoreResponse saveWithOffCurveEphemeralKey() {
      return saveToken(replaceEphemeralKey(validToken(), epk -> {
        byte[] y = new Base64URL((String) epk.get("y")).decode();
        y[y.length - 1] ^= 1;
        epk.put("y", Base64URL.encode(y).toString());
      }));
    }

    StoreResponse saveWithP256EphemeralKey() {
      ECKey p256 = newEcKey(Curve.P_256, null);
      return saveToken(replaceEphemeralKey(validToken(), epk -> {
        epk.put("crv", "P-256");
        epk.put("x", p256.getX().toString());
        epk.put("y", p256.getY().toString());
      }));
    }

    @SuppressWarnings("unchecked")
    String replaceEphemeralKey(String token, java.util.function.Consumer<Map<String, Object>> change) {
      try {
        String[] parts = token.split("\\.");
        Map<String, Object> header = JSON.readValue(Base64.getUrlDecoder().decode(parts[0]), Map.class);
        change.accept((Map<String, Object>) header.get("epk"));
        parts[0] = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(header));
        return String.join(".", parts);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }

    String tamper(String token, int part) {
      String[] parts = token.split("\\.");
      char[] chars = parts[part].toCharArray();
      int at = chars.length / 2;
      chars[at] = chars[at] == 'A' ? 'B' : 'A';
      parts[part] = new String(chars);
      return String.join(".", parts);
    }

    static String body(String token) {
      return "[{\"token\":\"" + token + "\"}]";
    }
  }
}
