package io.flowkit.cli.check.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import io.flowkit.cli.check.CheckReport;
import io.flowkit.cli.check.CheckRun;
import io.flowkit.cli.check.Progress;
import io.flowkit.testkit.LoadedState;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Plays the platform against a live store: health, save / load / delete round trips, ordering by
 * {@code updatedAt}, tenant isolation, and the requests a store must refuse (bad signature, wrong
 * path claim, expired or too long-lived signature, unknown key id, wrong audience, tampered
 * ciphertext, a state signed by another key, a missing key-id header). Every state it writes has a
 * fresh random id in the given tenant, and it deletes them all at the end, so a store in use keeps
 * its own states untouched.
 */
public final class StoreChecker {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final StoreCheckOptions options;
  private final CheckRun run;
  private final PlatformTokens tokens;
  private final StoreClient client;
  private final UUID tenant;
  // Every id this check may have written, deleted at the end.
  private final List<UUID> written = new ArrayList<>();

  private StoreChecker(StoreCheckOptions options, Progress progress) {
    this.options = options;
    this.run = new CheckRun("store", options.store().toString(), progress);
    this.tokens = new PlatformTokens(options.platformKeyPair(), options.receiverPublicKey(), Clock.systemUTC());
    this.client = new StoreClient(options.store(), tokens);
    this.tenant = options.tenant();
  }

  /** Checks the store {@code options} name. */
  public static CheckReport check(StoreCheckOptions options, Progress progress) {
    StoreChecker checker = new StoreChecker(options, progress);
    try {
      checker.run();
    } finally {
      checker.cleanUp();
    }
    return checker.run.finish();
  }

  private void run() {
    run.step("GET /health");
    try {
      StoreResponse health = client.health();
      if (health.status() == 200) {
        run.pass("basics", "GET /health answers 200 without credentials", StoreRules.ENDPOINTS);
      } else {
        run.fail("basics", "GET /health answers 200 without credentials", StoreRules.ENDPOINTS,
            "HTTP " + health.status());
      }
    } catch (IllegalStateException unreachable) {
      run.fail("basics", "GET /health answers 200 without credentials", StoreRules.ENDPOINTS, unreachable.getMessage());
      run.skip("basics", "everything else", StoreRules.ENDPOINTS, "the store cannot be reached");
      return;
    }
    roundTrips();
    ordering();
    rejections();
  }

  // ---- round trips ---------------------------------------------------------------------------

  private void roundTrips() {
    PlatformState state = newState("{\"flowkitCheck\":\"round trip\",\"n\":1}");
    run.step("save a new state");
    boolean saved = expectStatus("round trips", "save a new state: 204", StoreRules.SAVE, 204,
        () -> client.save(tenant, state));
    if (!saved) {
      run.skip("round trips", "load, delete and isolation", StoreRules.LOAD, "the state could not be saved");
    } else {
      run.step("load it back");
      expectContent("round trips", "load it back: decrypts, verifies, same content", StoreRules.LOAD, state);
      run.step("load it as another tenant");
      attempt("round trips", "another tenant cannot load it: 404", StoreRules.LOAD, () -> {
        UUID other = UUID.randomUUID();
        int status = client.load(other, state.id()).status();
        return status == 404 ? null : "HTTP " + status + " for a state of another tenant";
      });
      run.step("delete it");
      attempt("round trips", "delete it: 204, then load answers 404", StoreRules.DELETE, () -> {
        int status = client.delete(tenant, state.id()).status();
        if (status != 204) {
          return "DELETE answered HTTP " + status;
        }
        int after = client.load(tenant, state.id()).status();
        return after == 404 ? null : "after DELETE, load answered HTTP " + after;
      });
    }
    run.step("load an unknown state");
    attempt("round trips", "load an unknown state: 404", StoreRules.LOAD, () -> {
      UUID unknown = UUID.randomUUID();
      int status = client.load(tenant, unknown).status();
      return status == 404 ? null : "HTTP " + status;
    });
    run.step("save two states in one request");
    PlatformState first = newState("{\"flowkitCheck\":\"batch\",\"n\":1}");
    PlatformState second = newState("{\"flowkitCheck\":\"batch\",\"n\":2}");
    attempt("round trips", "save two states in one request: both stored", StoreRules.CHECKLIST, () -> {
      int status = client.save(tenant, first, second).status();
      if (status != 204) {
        return "HTTP " + status;
      }
      String missing = "";
      for (PlatformState one : List.of(first, second)) {
        if (client.load(tenant, one.id()).status() != 200) {
          missing += " " + one.id();
        }
      }
      return missing.isEmpty() ? null : "not stored:" + missing;
    });
  }

  private void ordering() {
    OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    PlatformState state = newState("{\"flowkitCheck\":\"ordering\",\"version\":1}").withUpdatedAt(base.toString());
    run.step("ordering by updatedAt");
    if (!expectStatus("ordering", "save version 1", StoreRules.SAVE, 204, () -> client.save(tenant, state))) {
      run.skip("ordering", "newer and older updates", StoreRules.UPSERT, "the first version could not be saved");
      return;
    }
    PlatformState newer = state.withUpdatedAt(base.plusSeconds(1).toString())
        .withContent("{\"flowkitCheck\":\"ordering\",\"version\":2}");
    attempt("ordering", "a newer updatedAt replaces the state", StoreRules.UPSERT, () -> {
      int status = client.save(tenant, newer).status();
      if (status != 204) {
        return "HTTP " + status;
      }
      return sameContent(newer);
    });
    PlatformState older = state.withUpdatedAt(base.minusMinutes(1).toString())
        .withContent("{\"flowkitCheck\":\"ordering\",\"version\":0}");
    attempt("ordering", "an older updatedAt is ignored, still 204", StoreRules.UPSERT, () -> {
      int status = client.save(tenant, older).status();
      if (status != 204) {
        return "HTTP " + status + " (the platform expects 204 for an older update too)";
      }
      String kept = sameContent(newer);
      return kept == null ? null : "the older update replaced the newer state: " + kept;
    });
  }

  // ---- rejections ----------------------------------------------------------------------------

  private void rejections() {
    String save = "/states/" + tenant;
    Instant now = Instant.now();
    refusedSignature("bad signature (another key, same kid)", save,
        PlatformTokens.sign(header(tokens.platformKid()), claims(save, c -> c), otherKey(tokens.platformKid())));
    refusedSignature("wrong path claim", save, tokens.signWithPlatformKey(
        claims(save, c -> c.claim("path", client.fullPath("/states/" + tenant + "/" + UUID.randomUUID())))));
    refusedSignature("expired signature", save, tokens.signWithPlatformKey(claims(save, c -> c
        .expirationTime(Date.from(now.minusSeconds(60)))
        .issueTime(Date.from(now.minusSeconds(600)))
        .notBeforeTime(Date.from(now.minusSeconds(720))))));
    refusedSignature("signature valid for more than 5 minutes", save, tokens.signWithPlatformKey(
        claims(save, c -> c.expirationTime(Date.from(now.plus(Duration.ofMinutes(30)))))));
    refusedSignature("unknown key id", save, PlatformTokens.sign(
        header(UUID.randomUUID().toString()), claims(save, c -> c), options.platformKeyPair()));
    refusedSignature("signature for another tenant (aud)", save, tokens.signWithPlatformKey(
        claims(save, c -> c.audience(UUID.randomUUID().toString()))));

    PlatformState missingHeader = newState("{\"flowkitCheck\":\"missing key id header\"}");
    run.step("rejects a missing key-id header");
    refused("missing X-ManyWho-Platform-Key-ID header", StoreRules.HEADERS, 400, missingHeader, () -> {
      Map<String, String> headers = client.signedHeaders(tenant, save);
      headers.remove(StoreClient.PLATFORM_KEY_ID);
      return client.send("POST", save, body(tokens.stateToken(missingHeader)), headers);
    });

    PlatformState tampered = newState("{\"flowkitCheck\":\"tampered\"}");
    run.step("rejects a tampered ciphertext");
    refused("tampered ciphertext", StoreRules.SAVE, 0, tampered, () -> client.send(
        "POST", save, body(tamper(tokens.stateToken(tampered))), client.signedHeaders(tenant, save)));

    PlatformState forged = newState("{\"flowkitCheck\":\"forged state\"}");
    run.step("rejects a state signed by another key");
    refused("state signed by another key (same kid)", StoreRules.SAVE, 0, forged, () -> {
      String jws = PlatformTokens.sign(header(tokens.platformKid()), tokens.stateClaims(forged).build(),
          otherKey(tokens.platformKid()));
      return client.send("POST", save, body(tokens.encryptForReceiver(jws, tokens.stateTokenHeader().build())),
          client.signedHeaders(tenant, save));
    });
  }

  private void refusedSignature(String what, String path, String signature) {
    PlatformState state = newState("{\"flowkitCheck\":\"" + what + "\"}");
    run.step("rejects: " + what);
    refused(what, StoreRules.SIGNATURE, 401, state, () -> {
      Map<String, String> headers = client.signedHeaders(tenant, path);
      headers.put(StoreClient.SIGNATURE, signature);
      return client.send("POST", path, body(tokens.stateToken(state)), headers);
    });
  }

  /**
   * A request that must be refused: with {@code expected} (any 4xx or 5xx when 0), and with the
   * state not stored. Another refusal status is a warning; acceptance is a failure.
   */
  private void refused(String what, String rule, int expected, PlatformState state, Request request) {
    String name = "refuses " + what + (expected == 0 ? "" : ": " + expected);
    try {
      int status = request.send().status();
      int stored = client.load(tenant, state.id()).status();
      if (status / 100 == 2 || stored == 200) {
        run.fail("rejections", name, rule, "answered HTTP " + status
            + (stored == 200 ? " and stored the state" : ""));
      } else if (expected != 0 && status != expected) {
        run.warn("rejections", name, rule, "refused with HTTP " + status + " where the protocol answers " + expected);
      } else if (stored != 404) {
        run.warn("rejections", name, rule, "refused (HTTP " + status + "), but loading the state answered HTTP " + stored);
      } else {
        run.pass("rejections", name, rule, "HTTP " + status + ", nothing stored");
      }
    } catch (RuntimeException e) {
      run.fail("rejections", name, rule, "the call failed: " + e.getMessage());
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private interface Request {
    StoreResponse send();
  }

  private interface Attempt {
    /** {@code null} when the case passed, else what went wrong. */
    String failure();
  }

  private void attempt(String group, String name, String rule, Attempt attempt) {
    try {
      String failure = attempt.failure();
      if (failure == null) {
        run.pass(group, name, rule);
      } else {
        run.fail(group, name, rule, failure);
      }
    } catch (RuntimeException e) {
      run.fail(group, name, rule, e.getMessage());
    }
  }

  private boolean expectStatus(String group, String name, String rule, int status, Request request) {
    try {
      StoreResponse response = request.send();
      if (response.status() == status) {
        run.pass(group, name, rule);
        return true;
      }
      run.fail(group, name, rule, "HTTP " + response.status() + problem(response));
    } catch (RuntimeException e) {
      run.fail(group, name, rule, e.getMessage());
    }
    return false;
  }

  private void expectContent(String group, String name, String rule, PlatformState state) {
    attempt(group, name, rule, () -> sameContent(state));
  }

  /** {@code null} when the store answers {@code state}'s content (as JSON) for its id, else why not. */
  private String sameContent(PlatformState state) {
    Optional<LoadedState> loaded;
    try {
      loaded = client.loadState(tenant, state.id());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return e.getMessage();
    }
    if (loaded.isEmpty()) {
      return "HTTP 404 for a state just saved";
    }
    if (!state.id().toString().equals(loaded.get().claims().getSubject())) {
      return "the token's sub is " + loaded.get().claims().getSubject() + ", not the state id";
    }
    try {
      JsonNode expected = JSON.readTree(state.content());
      JsonNode actual = JSON.readTree(loaded.get().content());
      return expected.equals(actual) ? null : "the content differs: " + abbreviate(loaded.get().content());
    } catch (IOException e) {
      return "the content is not JSON: " + abbreviate(loaded.get().content());
    }
  }

  private PlatformState newState(String content) {
    PlatformState state = PlatformState.of(tenant, content);
    written.add(state.id());
    return state;
  }

  private JWTClaimsSet claims(String relativePath, UnaryOperator<JWTClaimsSet.Builder> change) {
    return change.apply(tokens.signatureClaims(tenant, client.fullPath(relativePath))).build();
  }

  private static JWSHeader header(String kid) {
    return new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(kid).build();
  }

  private static ECKey otherKey(String kid) {
    try {
      return new ECKeyGenerator(Curve.P_384).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("this JVM cannot generate EC P-384 keys", e);
    }
  }

  /** The token with one character of its ciphertext changed. */
  static String tamper(String compactJwe) {
    String[] parts = compactJwe.split("\\.", -1);
    char[] ciphertext = parts[3].toCharArray();
    int middle = ciphertext.length / 2;
    ciphertext[middle] = ciphertext[middle] == 'A' ? 'B' : 'A';
    parts[3] = new String(ciphertext);
    return String.join(".", parts);
  }

  private static String body(String token) {
    return "[{\"token\":\"" + token + "\"}]";
  }

  private static String problem(StoreResponse response) {
    return response.body().isBlank() ? "" : ": " + abbreviate(response.body());
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 160 ? oneLine.substring(0, 159) + "…" : oneLine;
  }

  private void cleanUp() {
    run.step("removing its test states");
    if (written.isEmpty()) {
      return;
    }
    try {
      StoreResponse response = client.delete(tenant, written.toArray(UUID[]::new));
      if (response.status() == 204) {
        run.pass("clean-up", "removes its " + written.size() + " test states", StoreRules.DELETE);
      } else {
        run.warn("clean-up", "removes its " + written.size() + " test states", StoreRules.DELETE,
            "DELETE answered HTTP " + response.status() + "; states of tenant " + tenant + " may remain");
      }
    } catch (RuntimeException e) {
      run.warn("clean-up", "removes its " + written.size() + " test states", StoreRules.DELETE, e.getMessage());
    }
  }
}
