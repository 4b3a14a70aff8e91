package io.flowkit.store.fuzz;

import com.nimbusds.jwt.JWTClaimsSet;
import io.flowkit.store.fuzz.FuzzCase.Expect;
import io.flowkit.store.fuzz.FuzzCase.Framing;
import io.flowkit.store.fuzz.FuzzCase.StateKey;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Generates requests to every store endpoint from one seeded {@link Random}: mutated JSON bodies,
 * headers and body framing, and JOSE (through {@link JoseMutations}). Most cases must be refused;
 * some are valid or may go either way, so that the store is seen storing too.
 *
 * <p>Valid tokens are costly to make, so the must-refuse cases share a pool of tenants whose states
 * are never stored by a valid request; a case that may be accepted always uses fresh states.
 */
final class StoreCases {

  private static final String JSON = "application/json";

  private final Random random;
  private final PlatformTokens platform;
  private final StoreClient client;
  private final JoseMutations jose;
  private final int maxBodyBytes;
  private final List<Tenant> pool = new ArrayList<>();
  private final String zipBomb;
  private final String oversizedState;
  private final List<StateKey> saved = new ArrayList<>();
  private final Tenant victims;

  /** A tenant of the pool: three states, their tokens and a signature for its save path. */
  private record Tenant(UUID id, List<PlatformState> states, List<String> tokens, String saveSignature) {
    List<StateKey> keys() {
      return states.stream().map(s -> new StateKey(id, s.id())).toList();
    }
  }

  StoreCases(long seed, PlatformTokens platform, StoreClient client, Instant now, int maxBodyBytes, int maxStateBytes,
      List<PlatformState> victimStates) {
    this.random = new Random(seed);
    this.platform = platform;
    this.client = client;
    this.jose = new JoseMutations(platform, now);
    this.maxBodyBytes = maxBodyBytes;
    for (int i = 0; i < 24; i++) {
      pool.add(newTenant(UUID.randomUUID(), List.of(state(null), state(null), state(null))));
    }
    UUID bombTenant = pool.get(0).id;
    // A few kilobytes that inflate far past the state limit, and a state simply too large.
    this.zipBomb = platform.stateToken(
        PlatformState.of(bombTenant, "{\"a\":\"" + "A".repeat(maxStateBytes * 8) + "\"}"));
    byte[] noise = new byte[maxStateBytes];
    random.nextBytes(noise);
    this.oversizedState = platform.stateToken(PlatformState.of(bombTenant,
        "\"" + java.util.Base64.getEncoder().encodeToString(noise) + "\""));
    UUID victimTenant = victimStates.get(0).tenant();
    this.victims = newTenant(victimTenant, victimStates);
  }

  private Tenant newTenant(UUID tenant, List<PlatformState> states) {
    List<PlatformState> owned = states.stream().map(s -> s.withTenant(tenant)).toList();
    return new Tenant(tenant, owned, owned.stream().map(platform::stateToken).toList(),
        platform.signatureHeader(tenant, client.fullPath("/states/" + tenant)));
  }

  private PlatformState state(UUID tenant) {
    return PlatformState.of(tenant == null ? UUID.randomUUID() : tenant,
        "{\"n\":" + random.nextInt(1000) + ",\"s\":\"caf\u00e9 \\\\ \\\" \u2603\"}");
  }

  /** States every valid case stored, to be found afterwards. */
  List<StateKey> saved() {
    return saved;
  }

  /** The states no delete may remove. */
  List<StateKey> victims() {
    return victims.keys();
  }

  /** The next case, named with the JOSE mutations chosen. */
  FuzzCase next() {
    JoseMutations.takeNotes();
    FuzzCase c = nextCase();
    String notes = JoseMutations.takeNotes();
    return notes.isEmpty() ? c : c.named(c.name() + " (" + notes + ")");
  }

  private FuzzCase nextCase() {
    int family = random.nextInt(100);
    if (family < 22) {
      return saveBodyMutation();
    } else if (family < 32) {
      return saveWithBadSignature();
    } else if (family < 50) {
      return saveWithBadStateToken();
    } else if (family < 56) {
      return saveWithBadStateClaims();
    } else if (family < 66) {
      return headerMutation();
    } else if (family < 72) {
      return framingMutation();
    } else if (family < 80) {
      return loadMutation();
    } else if (family < 88) {
      return deleteMutation();
    } else if (family < 94) {
      return routeMutation();
    }
    return validSave();
  }

  // ------------------------------------------------------------------ helpers

  private Tenant pooled() {
    return pool.get(random.nextInt(pool.size()));
  }

  private List<String[]> headers(String platformKid, String receiverKid, String signature, String contentType) {
    List<String[]> headers = new ArrayList<>();
    if (platformKid != null) {
      headers.add(new String[] {StoreClient.PLATFORM_KEY_ID, platformKid});
    }
    if (receiverKid != null) {
      headers.add(new String[] {StoreClient.RECEIVER_KEY_ID, receiverKid});
    }
    if (signature != null) {
      headers.add(new String[] {StoreClient.SIGNATURE, signature});
    }
    if (contentType != null) {
      headers.add(new String[] {"Content-Type", contentType});
    }
    return headers;
  }

  private List<String[]> goodHeaders(String signature) {
    return headers(platform.keys().platformKid(), platform.keys().receiverKid(), signature, JSON);
  }

  private String statesPath(UUID tenant) {
    return client.fullPath("/states/" + tenant);
  }

  private static String tokenArray(List<String> tokens) {
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < tokens.size(); i++) {
      body.append(i == 0 ? "" : ",").append("{\"token\":\"").append(tokens.get(i)).append("\"}");
    }
    return body.append(']').toString();
  }

  private <T> List<T> some(List<T> all) {
    int from = random.nextInt(all.size());
    return all.subList(from, from + 1 + random.nextInt(all.size() - from));
  }

  // ------------------------------------------------------------------ saves: the body

  private FuzzCase saveBodyMutation() {
    Tenant tenant = pooled();
    List<String> tokens = some(tenant.tokens);
    String good = tokenArray(tokens);
    String token = tokens.get(0);
    int choice = random.nextInt(16);
    String name;
    byte[] body;
    switch (choice) {
      case 0 -> {
        name = "trailing data";
        body = bytes(good + pick("}}}", "]", " x", "[]", "{\"token\":\"" + token + "\"}", ",", "\u0000", "\n\n1", "//"));
      }
      case 1 -> {
        name = "repeated key";
        body = bytes("[{\"token\":\"" + token + "\",\"token\":\"" + token + "\"}]");
      }
      case 2 -> {
        name = "wrapped in an object";
        body = bytes(pick("{\"states\":" + good + "}", "{\"token\":\"" + token + "\"}", "{\"0\":{\"token\":\"" + token + "\"}}"));
      }
      case 3 -> {
        name = "token of another type";
        body = bytes("[{\"token\":\"" + token + "\"},{\"token\":" + randomJson(3, true) + "}]");
      }
      case 4 -> {
        name = "truncated";
        body = bytes(good.substring(0, random.nextInt(good.length())));
      }
      case 5 -> {
        name = "invalid UTF-8";
        byte[] valid = bytes(good);
        int at = random.nextInt(valid.length);
        byte[] bad = pickBytes(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0x80});
        body = splice(valid, at, bad);
      }
      case 6 -> {
        name = "deeply nested";
        int depth = 10 + random.nextInt(random.nextBoolean() ? 30 : 3000);
        body = bytes("[".repeat(depth) + "{\"token\":\"" + token + "\"}" + "]".repeat(depth));
      }
      case 7 -> {
        name = "numbers";
        body = bytes("[" + pick("1e999999999", "-0", "NaN", "Infinity", "123456789012345678901234567890123456789",
            "0x1F", "01", "1.", ".5", "-", "1e", "9".repeat(2000)) + "]");
      }
      case 8 -> {
        name = "random JSON";
        String json = randomJson(4, false);
        body = bytes(json);
        if (json.equals("[]")) {
          return FuzzCase.of(name, "POST", statesPath(tenant.id), goodHeaders(tenant.saveSignature), json, Expect.EITHER, List.of());
        }
      }
      case 9 -> {
        name = "empty or scalar body";
        body = bytes(pick("", " ", "null", "\"\"", "{}", "true", "[null]", "[[]]", "[{}]", "[\"" + token + "\"]", "\ufeff"));
      }
      case 10 -> {
        name = "token with escapes that change it";
        body = bytes("[{\"token\":\"" + token.substring(0, 20) + pick("\\u0000", "\\n", "\\ud800", "\\u002e\\u002e", "\\\\") + token.substring(20) + "\"}]");
      }
      case 11 -> {
        name = "larger than the body limit";
        body = bytes("[" + " ".repeat(maxBodyBytes) + "{\"token\":\"" + token + "\"}]");
      }
      case 12 -> {
        name = "a mutated token in a batch";
        List<String> batch = new ArrayList<>(tokens);
        batch.add(random.nextInt(batch.size() + 1), JoseMutations.flipBit(tokens.get(0), random));
        body = bytes(tokenArray(batch));
      }
      case 13 -> {
        name = "zip bomb";
        body = bytes(tokenArray(List.of(token, zipBomb)));
      }
      case 14 -> {
        name = "oversized state";
        body = bytes(tokenArray(List.of(oversizedState, token)));
      }
      default -> {
        name = "comments and single quotes";
        body = bytes(pick("[/*x*/{\"token\":\"" + token + "\"}]", "[{'token':'" + token + "'}]", "[{token:\"" + token + "\"}]"));
      }
    }
    // Bodies that are not one well-formed JSON array of {"token": string} are refused before any
    // token is read: a 400, never the 401 of a token read from a damaged body. (Other types and
    // random JSON may hold a string token, which is then read and refused as a token.)
    boolean malformed = switch (choice) {
      case 0, 1, 2, 4, 5, 6, 7, 9, 15 -> true;
      default -> false;
    };
    Expect expect = malformed ? Expect.MALFORMED : Expect.REFUSE;
    return new FuzzCase("save body: " + name, "POST", statesPath(tenant.id), goodHeaders(tenant.saveSignature), body,
        Framing.LENGTH, expect, tenant.keys(), List.of());
  }

  // ------------------------------------------------------------------ saves: JOSE

  private FuzzCase saveWithBadSignature() {
    Tenant tenant = pooled();
    String signature;
    if (random.nextInt(6) == 0) {
      // a signature that holds, but for another tenant or another path
      Tenant other = pooled();
      UUID otherId = other == tenant ? UUID.randomUUID() : other.id;
      signature = switch (random.nextInt(3)) {
        case 0 -> platform.signatureHeader(otherId, statesPath(tenant.id));
        case 1 -> platform.signatureHeader(tenant.id, statesPath(otherId));
        default -> platform.signatureHeader(tenant.id, statesPath(tenant.id) + "/" + UUID.randomUUID());
      };
    } else {
      signature = jose.badSignatureHeader(tenant.id, statesPath(tenant.id), random);
    }
    if (signature.equals(tenant.saveSignature)) {
      signature = JoseMutations.flipBit(signature, random);
    }
    return FuzzCase.of("save: bad signature header", "POST", statesPath(tenant.id), goodHeaders(signature),
        tokenArray(some(tenant.tokens)), Expect.REFUSE, tenant.keys());
  }

  private FuzzCase saveWithBadStateToken() {
    Tenant tenant = pooled();
    PlatformState state = tenant.states.get(random.nextInt(tenant.states.size()));
    String bad = jose.badStateToken(platform.stateClaims(state).build(), random);
    List<String> tokens = new ArrayList<>(some(tenant.tokens));
    tokens.add(random.nextInt(tokens.size() + 1), bad);
    return FuzzCase.of("save: bad state token", "POST", statesPath(tenant.id), goodHeaders(tenant.saveSignature),
        tokenArray(tokens), Expect.REFUSE, tenant.keys());
  }

  private FuzzCase saveWithBadStateClaims() {
    Tenant tenant = pooled();
    PlatformState state = tenant.states.get(random.nextInt(tenant.states.size()));
    JWTClaimsSet.Builder claims = platform.stateClaims(state);
    String what;
    int choice = random.nextInt(16);
    switch (choice) {
      case 0, 1, 2 -> {
        what = pick("id", "tenant", "flow", "flowVersion", "isDone", "createdAt", "updatedAt", "content");
        claims.claim(what, null);
        what = "no " + what;
      }
      case 3 -> {
        what = "isDone as a string";
        claims.claim("isDone", "true");
      }
      case 4 -> {
        what = "flow as a number";
        claims.claim("flow", 12);
      }
      case 5 -> {
        what = "createdAt not a date";
        claims.claim("createdAt", pick("yesterday", "2024-13-01T00:00:00Z", "2024-01-01", "2024-01-01T00:00:00"));
      }
      case 6 -> {
        what = "dates out of range";
        claims.claim(pick("createdAt", "updatedAt", "expiresAt"),
            pick("+300000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-4714-11-24T00:00:00Z", "0000-01-01T00:00:00Z",
                "+999999999-12-31T23:59:59Z"));
      }
      case 7 -> {
        what = "content not JSON";
        claims.claim("content", pick("", "{", "{} {}", "nul", "{\"a\":1}x", "'x'"));
      }
      case 8 -> {
        // Escaped in the claims' JSON, as a client would have to send it: the test kit's JSON writer
        // would otherwise turn the lone surrogate into '?' before it left.
        claims.claim("content", "{\"a\":\"xLONE_SURROGATEy\"}");
        String payload = claims.build().toString()
            .replace("LONE_SURROGATE", String.format("\\u%04x", 0xD800 + random.nextInt(0x800)));
        List<String> tokens = new ArrayList<>(some(tenant.tokens));
        tokens.add(random.nextInt(tokens.size() + 1),
            platform.encryptForReceiver(JoseMutations.signRaw(platform, payload), platform.stateTokenHeader().build()));
        return FuzzCase.of("save: state claims, content with a lone surrogate", "POST", statesPath(tenant.id),
            goodHeaders(tenant.saveSignature), tokenArray(tokens), Expect.REFUSE, tenant.keys());
      }
      case 9 -> {
        what = "content not a string";
        claims.claim("content", java.util.Map.of("a", 1));
      }
      case 10 -> {
        what = "tenant of another";
        claims.claim("tenant", UUID.randomUUID().toString());
      }
      case 11 -> {
        what = "id not a UUID";
        claims.claim("id", pick("x", "", "00000000-0000-0000-0000-00000000000g", "{" + state.id() + "}"));
      }
      default -> {
        what = "registered claims wrong";
        jose.wrongPlatformClaims(claims, random, UUID.randomUUID());
        // "path" is not checked in a state token: make sure something checked is wrong
        Object path = claims.build().getClaim("path");
        if (path != null || claims.build().getClaims().containsKey("path")) {
          claims.claim("path", null).expirationTime(null);
        }
      }
    }
    List<String> tokens = new ArrayList<>(some(tenant.tokens));
    tokens.add(random.nextInt(tokens.size() + 1), platform.stateToken(claims.build()));
    return FuzzCase.of("save: state claims, " + what, "POST", statesPath(tenant.id), goodHeaders(tenant.saveSignature),
        tokenArray(tokens), Expect.REFUSE, tenant.keys());
  }

  // ------------------------------------------------------------------ headers and framing

  private FuzzCase headerMutation() {
    int choice = random.nextInt(12);
    if (choice < 5) {
      Tenant tenant = pooled();
      List<String[]> headers;
      String name;
      switch (choice) {
        case 0 -> {
          name = "a key-id header missing or blank";
          headers = random.nextBoolean()
              ? headers(null, platform.keys().receiverKid(), tenant.saveSignature, JSON)
              : headers(platform.keys().platformKid(), pick("", " "), tenant.saveSignature, JSON);
        }
        case 1 -> {
          name = "no signature header";
          headers = headers(platform.keys().platformKid(), platform.keys().receiverKid(), pick(null, "", "   "), JSON);
        }
        case 2 -> {
          name = "signature header with a scheme";
          headers = goodHeaders(pick("Bearer ", "ES384 ") + tenant.saveSignature);
        }
        case 3 -> {
          name = "signature header far too long";
          headers = goodHeaders(tenant.saveSignature + "A".repeat(random.nextBoolean() ? 20_000 : 5_000));
        }
        default -> {
          name = "compressed body declared";
          headers = goodHeaders(tenant.saveSignature);
          headers.add(new String[] {"Content-Encoding", pick("gzip", "br", "deflate", "x-bogus", "gzip, identity")});
        }
      }
      return FuzzCase.of("headers: " + name, "POST", statesPath(tenant.id), headers, tokenArray(some(tenant.tokens)),
          Expect.REFUSE, tenant.keys());
    }
    // Headers the store may ignore: fresh states, either answer, but consistent.
    UUID tenant = UUID.randomUUID();
    List<PlatformState> states = List.of(state(tenant), state(tenant));
    String signature = platform.signatureHeader(tenant, statesPath(tenant));
    List<String[]> headers = goodHeaders(signature);
    String name;
    switch (choice) {
      case 5, 6 -> {
        name = "content type";
        headers.remove(headers.size() - 1);
        String type = pick(null, "text/plain", ";;;", "application/json; charset=latin1", "application/json;;", "*/*",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/jose", "\u00e9",
            "application/json; charset=\"utf-8\"; q=", "APPLICATION/JSON", "");
        if (type != null) {
          headers.add(new String[] {"Content-Type", type});
        }
      }
      case 7 -> {
        name = "repeated signature header";
        headers.add(new String[] {StoreClient.SIGNATURE, pick(signature, "x", "")});
      }
      case 8 -> {
        name = "identity encoding and odd headers";
        headers.add(new String[] {"Content-Encoding", "identity"});
        headers.add(new String[] {pick("Accept", "Accept-Encoding", "Expect-Nothing", "X-Forwarded-For"), pick("*/*", "gzip", "\u00ff", "a".repeat(100))});
      }
      case 9 -> {
        name = "key ids in other case and padding";
        headers.set(0, new String[] {StoreClient.PLATFORM_KEY_ID.toLowerCase(), " " + platform.keys().platformKid() + " "});
      }
      default -> {
        name = "chunked";
        return FuzzCase.of("headers: " + name, "POST", statesPath(tenant), headers,
                tokenArray(states.stream().map(platform::stateToken).toList()), Expect.ACCEPT, keys(tenant, states))
            .withFraming(Framing.CHUNKED);
      }
    }
    return FuzzCase.of("headers: " + name, "POST", statesPath(tenant), headers,
        tokenArray(states.stream().map(platform::stateToken).toList()), Expect.EITHER, keys(tenant, states));
  }

  private FuzzCase framingMutation() {
    Tenant tenant = pooled();
    FuzzCase base = FuzzCase.of("framing", "POST", statesPath(tenant.id), goodHeaders(tenant.saveSignature),
        tokenArray(some(tenant.tokens)), Expect.REFUSE, tenant.keys());
    return switch (random.nextInt(5)) {
      case 0 -> base.named("framing: Content-Length too short").withFraming(Framing.SHORT_LENGTH);
      case 1 -> base.named("framing: body ends before Content-Length").withFraming(Framing.LONG_LENGTH);
      case 2 -> {
        List<String[]> headers = new ArrayList<>(base.headers());
        headers.add(new String[] {"Content-Length", pick("abc", "-1", "1e3", "99999999999999999999", "0x10")});
        yield new FuzzCase("framing: Content-Length not a number", "POST", base.path(), headers, base.body(),
            Framing.AS_GIVEN, Expect.REFUSE, base.carried(), List.of());
      }
      case 3 -> {
        List<String[]> headers = new ArrayList<>(base.headers());
        headers.add(new String[] {"Content-Length", Integer.toString(base.body().length)});
        headers.add(new String[] {"Content-Length", Integer.toString(base.body().length - 1)});
        yield new FuzzCase("framing: two Content-Lengths", "POST", base.path(), headers, base.body(),
            Framing.AS_GIVEN, Expect.REFUSE, base.carried(), List.of());
      }
      default -> {
        // chunked framing that breaks off: a chunk size larger than what follows
        byte[] body = bytes("ff\r\n" + new String(base.body(), StandardCharsets.UTF_8).substring(0, 10));
        List<String[]> headers = new ArrayList<>(base.headers());
        headers.add(new String[] {"Transfer-Encoding", "chunked"});
        yield new FuzzCase("framing: chunks cut off", "POST", base.path(), headers, body, Framing.CUT_OFF,
            Expect.REFUSE, base.carried(), List.of());
      }
    };
  }

  // ------------------------------------------------------------------ loads, deletes, routes

  private FuzzCase loadMutation() {
    Tenant tenant = random.nextBoolean() ? victims : pooled();
    UUID id = tenant == victims ? victims.states.get(random.nextInt(victims.states.size())).id() : tenant.states.get(0).id();
    String relative = "/states/" + tenant.id + "/" + id;
    String path = client.fullPath(relative);
    int choice = random.nextInt(6);
    List<String[]> headers;
    String name;
    switch (choice) {
      case 0, 1 -> {
        name = "bad signature header";
        headers = headers(platform.keys().platformKid(), platform.keys().receiverKid(),
            jose.badSignatureHeader(tenant.id, path, random), null);
      }
      case 2 -> {
        name = "signed for another path";
        headers = headers(platform.keys().platformKid(), platform.keys().receiverKid(),
            random.nextBoolean() ? tenant.saveSignature : platform.signatureHeader(tenant.id, path + "/"), null);
      }
      case 3 -> {
        name = "unknown key ids";
        // (the test kit may give both keys one kid, so a swap would not be wrong)
        boolean platformWrong = random.nextBoolean();
        headers = headers(platformWrong ? pick("nope", platform.keys().platformKid() + "x") : platform.keys().platformKid(),
            platformWrong && random.nextBoolean() ? platform.keys().receiverKid() : pick("nope", "x" + platform.keys().receiverKid()),
            platform.signatureHeader(tenant.id, path), null);
      }
      case 4 -> {
        name = "unknown state";
        UUID other = UUID.randomUUID();
        path = client.fullPath("/states/" + tenant.id + "/" + other);
        headers = headers(platform.keys().platformKid(), platform.keys().receiverKid(), platform.signatureHeader(tenant.id, path), null);
      }
      default -> {
        name = "a body on a GET";
        headers = headers(platform.keys().platformKid(), platform.keys().receiverKid(),
            jose.badSignatureHeader(tenant.id, path, random), JSON);
        return new FuzzCase("load: " + name, "GET", path, headers, bytes(randomJson(3, false)), Framing.LENGTH,
            Expect.REFUSE, List.of(), List.of());
      }
    }
    return FuzzCase.of("load: " + name, "GET", path, headers, null, Expect.REFUSE, List.of());
  }

  private FuzzCase deleteMutation() {
    List<String> ids = victims.states.stream().map(s -> s.id().toString()).toList();
    String good = "[\"" + String.join("\",\"", ids) + "\"]";
    String path = statesPath(victims.id);
    if (random.nextInt(3) == 0) {
      String signature = random.nextBoolean()
          ? jose.badSignatureHeader(victims.id, path, random)
          : platform.signatureHeader(pooled().id, path);
      return FuzzCase.of("delete: bad signature header", "DELETE", path, goodHeaders(signature), good,
          Expect.REFUSE, List.of()).withKept(victims.keys());
    }
    String body = switch (random.nextInt(9)) {
      case 0 -> good + pick("]", "}", " 1", "[]");
      case 1 -> "[\"" + ids.get(0) + "\"," + randomJson(2, true) + "]";
      case 2 -> "{\"ids\":" + good + "}";
      case 3 -> good.substring(0, random.nextInt(good.length()));
      case 4 -> "[[" + good + "]]";
      case 5 -> "[\"" + ids.get(0) + "\",\"" + ids.get(1).toUpperCase().replace("-", "") + "x\"]";
      case 6 -> "[\"" + ids.get(0) + "\",{\"id\":\"" + ids.get(1) + "\"}]";
      case 7 -> "[\"" + ids.get(0) + "\"," + pick("1", "null", "true", "\"\"") + "]";
      default -> randomJson(3, false).equals("[]") ? "{}" : "[" + randomJson(3, true) + ",\"" + ids.get(0) + "\"]";
    };
    return FuzzCase.of("delete: bad body", "DELETE", path, goodHeaders(platform.signatureHeader(victims.id, path)), body,
        Expect.REFUSE, List.of()).withKept(victims.keys());
  }

  private FuzzCase routeMutation() {
    String base = client.fullPath("");
    int choice = random.nextInt(6);
    return switch (choice) {
      case 0 -> FuzzCase.of("route: another method on health", pick("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "FOO"),
          base + "/health", List.of(), random.nextBoolean() ? null : "{}", Expect.REFUSE, List.of());
      case 1 -> FuzzCase.of("route: health with odd headers", "GET", base + "/health",
          List.<String[]>of(new String[] {pick("Content-Type", "Accept", "X-ManyWho-Signature"), pick(";;;", "x", "\u00e9")}),
          null, Expect.ACCEPT, List.of());
      case 2 -> FuzzCase.of("route: no such path", pick("GET", "POST", "DELETE"),
          base + pick("/state", "/states", "/states/", "/states/x", "/states/" + UUID.randomUUID() + "/" + UUID.randomUUID() + "/x",
              "/states/%00", "/states/..%2f..", "/health/", "//states", "/states/" + UUID.randomUUID() + "/%E2%98%83",
              "/STATES/" + UUID.randomUUID()),
          List.of(), null, Expect.REFUSE, List.of());
      case 3 -> {
        UUID tenant = pooled().id;
        yield FuzzCase.of("route: wrong method on a state", pick("PUT", "PATCH", "POST", "DELETE"),
            base + "/states/" + tenant + "/" + UUID.randomUUID(), goodHeaders(pooled().saveSignature), "[]", Expect.REFUSE, List.of());
      }
      case 4 -> FuzzCase.of("route: odd URIs", "GET", base + pick("/health?x=%zz", "/health#frag", "/he%61lth",
          "/states/" + UUID.randomUUID().toString().toUpperCase() + "/" + UUID.randomUUID()), List.of(), null,
          Expect.EITHER, List.of());
      default -> FuzzCase.of("route: wrong method on states", pick("GET", "PUT", "PATCH"), statesPath(pooled().id),
          goodHeaders(pooled().saveSignature), "[]", Expect.REFUSE, List.of());
    };
  }

  private FuzzCase validSave() {
    UUID tenant = UUID.randomUUID();
    List<PlatformState> states = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      states.add(state(tenant));
    }
    return FuzzCase.of("save: valid", "POST", statesPath(tenant), goodHeaders(platform.signatureHeader(tenant, statesPath(tenant))),
        tokenArray(states.stream().map(platform::stateToken).toList()), Expect.ACCEPT, keys(tenant, states));
  }

  private static List<StateKey> keys(UUID tenant, List<PlatformState> states) {
    return states.stream().map(s -> new StateKey(tenant, s.id())).toList();
  }

  // ------------------------------------------------------------------ random JSON

  /**
   * A random JSON value: objects, arrays, strings with escapes and non-ASCII, numbers of every
   * shape, literals, repeated keys. With {@code notTokenObject}, never an object holding a string
   * "token" (which might be valid).
   */
  String randomJson(int depth, boolean notTokenObject) {
    int kind = random.nextInt(depth <= 0 ? 5 : 8);
    return switch (kind) {
      case 0 -> "null";
      case 1 -> random.nextBoolean() ? "true" : "false";
      case 2 -> pick("0", "-1", "3.14159", "1e308", "-1e-308", "12345678901234567890", "1E+2", "-0.0");
      case 3 -> "\"" + pick("", "token", "\\u0000", "\\ud83d\\ude00", "\u00e9\u00e8", "\\\"", "\\/", "\u2028", "a".repeat(random.nextInt(300))) + "\"";
      // never a bare state id where one could make a delete valid
      case 4 -> "\"" + UUID.randomUUID() + (notTokenObject ? "x" : "") + "\"";
      case 5, 6 -> {
        StringBuilder array = new StringBuilder("[");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          array.append(i == 0 ? "" : ",").append(randomJson(depth - 1, notTokenObject));
        }
        yield array.append(']').toString();
      }
      default -> {
        StringBuilder object = new StringBuilder("{");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          String key = pick("token", "id", "a", "", "token", "\\u0074oken");
          String value = randomJson(depth - 1, notTokenObject);
          if (notTokenObject && key.contains("oken") && value.startsWith("\"")) {
            value = "1";
          }
          object.append(i == 0 ? "" : ",").append('"').append(key).append("\":").append(value);
        }
        yield object.append('}').toString();
      }
    };
  }

  // ------------------------------------------------------------------ small things

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  private byte[] pickBytes(byte[]... options) {
    return options[random.nextInt(options.length)];
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] splice(byte[] into, int at, byte[] inserted) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(into, 0, at);
    out.writeBytes(inserted);
    out.write(into, at, into.length - at);
    return out.toByteArray();
  }

  /** Records states a 2xx stored. */
  void stored(List<StateKey> keys) {
    saved.addAll(keys);
  }
}
