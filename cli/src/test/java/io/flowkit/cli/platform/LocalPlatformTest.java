package io.flowkit.cli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.jwk.ECKey;
import io.flowkit.cli.check.CheckReport;
import io.flowkit.cli.check.Progress;
import io.flowkit.cli.check.store.PlatformKeyFiles;
import io.flowkit.cli.check.store.StoreCheckOptions;
import io.flowkit.cli.check.store.StoreChecker;
import io.flowkit.store.FlowStore;
import io.flowkit.store.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local store admin API over HTTP, and the documented set-up followed through it in-process. */
class LocalPlatformTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path directory;
  private LocalPlatform platform;
  private StoreRegistry registry;

  @BeforeEach
  void start() throws Exception {
    registry = StoreRegistry.open(directory);
    platform = LocalPlatform.start(registry, "127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    platform.close();
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.storesUri() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JsonMapper.builder().build().readTree(response.body());
  }

  private JsonNode create(String name, String endpoint) throws Exception {
    HttpResponse<String> response = send("POST", "", "application/json",
        "{\"name\":\"" + name + "\",\"endpoint\":\"" + endpoint + "\",\"authentication\":null}");
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response);
  }

  @Test
  void creatingAStoreAnswersBothKeysOnceAndKeepsThePlatformsHalves() throws Exception {
    JsonNode created = create("local", "http://localhost:8080/api/storage/1");

    UUID id = UUID.fromString(created.path("id").textValue());
    ECKey platformKey = ECKey.parse(created.path("platformKey").textValue());
    ECKey receiverKey = ECKey.parse(created.path("receiverKey").textValue());
    assertThat(platformKey.isPrivate()).isFalse();
    assertThat(receiverKey.isPrivate()).isTrue();
    assertThat(created.path("name").textValue()).isEqualTo("local");
    // the platform keeps its pair and the receiver's public half, never the receiver's private half
    ECKey platformPair = PlatformKeyFiles.platformKeyPair(registry.platformKeyPairFile(id));
    assertThat(platformPair.toPublicJWK()).isEqualTo(platformKey);
    assertThat(PlatformKeyFiles.receiverPublicKey(registry.receiverPublicKeyFile(id)))
        .isEqualTo(receiverKey.toPublicJWK());
    try (var files = Files.walk(directory)) {
      assertThat(files.filter(Files::isRegularFile).map(file -> {
        try {
          return Files.readString(file);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      })).noneMatch(text -> text.contains(receiverKey.getD().toString()));
    }

    JsonNode listed = json(send("GET", "", null, null));
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).path("id").textValue()).isEqualTo(id.toString());
    assertThat(listed.get(0).has("platformKey")).isTrue();
    assertThat(listed.get(0).has("receiverKey")).isFalse();
    assertThat(json(send("GET", "/" + id, null, null)).has("receiverKey")).isFalse();
    // a restarted platform still knows the store
    assertThat(StoreRegistry.open(directory).get(id)).isPresent();
  }

  @Test
  void storesCanBeRenamedAndDeleted() throws Exception {
    String id = create("old", "https://store.example.com/api/storage/1").path("id").textValue();

    HttpResponse<String> renamed = send("PUT", "/" + id, "application/json",
        "{\"name\":\"new\",\"endpoint\":\"https://store.example.com/api/storage/1\"}");
    assertThat(renamed.statusCode()).isEqualTo(200);
    assertThat(json(renamed).path("name").textValue()).isEqualTo("new");

    assertThat(send("DELETE", "/" + id, null, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/" + id, null, null).statusCode()).isEqualTo(404);
    assertThat(directory.resolve(id)).doesNotExist();
  }

  @Test
  void badRequestsAreClearProblems() throws Exception {
    assertProblem(send("POST", "", "application/json", "{\"endpoint\":\"https://s.example.com\"}"), 400, "needs a name");
    assertProblem(send("POST", "", "application/json", "{\"name\":\"s\",\"endpoint\":\"http://s.example.com/api\"}"),
        400, "must support HTTPS");
    assertProblem(send("POST", "", "application/json", "{\"name\":\"s\""), 400, "not one JSON document");
    assertProblem(send("POST", "", "application/json", "{\"name\":7,\"endpoint\":\"https://s.example.com\"}"),
        400, "'name' must be a string");
    assertProblem(send("POST", "", "text/plain", "name=s"), 415, "application/json");
    assertProblem(send("GET", "/" + UUID.randomUUID(), null, null), 404, "No store has the id");
    assertProblem(send("GET", "/not-an-id", null, null), 404, "No store has the id");
    assertProblem(send("PATCH", "", null, null), 405, "not allowed");
    assertProblem(send("POST", "", "application/json", "{\"name\":\"" + "n".repeat(70_000) + "\"}"), 413, "limit");
  }

  private static void assertProblem(HttpResponse<String> response, int status, String message) throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(json(response).path("message").textValue()).contains(message);
  }

  @Test
  void theDocumentedSetUpWorksEndToEnd() throws Exception {
    // create a store, start it with the two keys it was given, check it with the platform's halves
    JsonNode created = create("checked", "http://localhost/api/storage/1");
    UUID id = UUID.fromString(created.path("id").textValue());
    String platformKey = created.path("platformKey").textValue();
    String receiverKey = created.path("receiverKey").textValue();
    try (FlowStore store = FlowStore.builder()
        .database(TestDatabases.h2InMemory())
        .addKeys(ring -> ring.platformKey("platformKey", platformKey).receiverKey("receiverKey", receiverKey))
        .host("127.0.0.1").port(0).build().start()) {
      CheckReport report = StoreChecker.check(new StoreCheckOptions(store.uri(),
          PlatformKeyFiles.platformKeyPair(registry.platformKeyPairFile(id)),
          PlatformKeyFiles.receiverPublicKey(registry.receiverPublicKeyFile(id)), UUID.randomUUID()), Progress.NONE);

      assertThat(report.passed()).isTrue();
      assertThat(report.count(io.flowkit.cli.check.Outcome.PASS)).isEqualTo(report.results().size());
    }
  }
}
