package io.flowkit.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Calls an External Storage API store over HTTP as the platform does: both key-id headers and a
 * fresh {@code X-ManyWho-Signature} on every call, state tokens in the body.
 */
public final class StoreClient {

  /** Names the platform key on every call. */
  public static final String PLATFORM_KEY_ID = "X-ManyWho-Platform-Key-ID";

  /** Names the receiver key on every call. */
  public static final String RECEIVER_KEY_ID = "X-ManyWho-Receiver-Key-ID";

  /** The signature header. */
  public static final String SIGNATURE = "X-ManyWho-Signature";

  private final URI baseUri;
  private final PlatformTokens tokens;
  private final HttpClient http;
  private final ObjectMapper json;

  /**
   * A client of the store at {@code baseUri} (including the base path, e.g. {@code
   * http://localhost:8080/api/storage/1}).
   */
  public StoreClient(URI baseUri, PlatformTokens tokens) {
    String text = Objects.requireNonNull(baseUri, "baseUri").toString();
    this.baseUri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.json = LargeJson.MAPPER;
  }

  /** The platform this client plays. */
  public PlatformTokens tokens() {
    return tokens;
  }

  /** {@code GET /health}, with no headers. */
  public StoreResponse health() {
    return send("GET", "/health", null, Map.of());
  }

  /** {@code POST /states/{tenant}} with a token for each state. */
  public StoreResponse save(UUID tenant, PlatformState... states) {
    return saveTokens(tenant, Arrays.stream(states).map(tokens::stateToken).toList());
  }

  /** {@code POST /states/{tenant}} with the given tokens. */
  public StoreResponse saveTokens(UUID tenant, List<String> stateTokens) {
    List<Map<String, String>> body = stateTokens.stream().map(t -> Map.of("token", t)).toList();
    String path = "/states/" + tenant;
    return send("POST", path, write(body), signedHeaders(tenant, path));
  }

  /** {@code GET /states/{tenant}/{id}}. */
  public StoreResponse load(UUID tenant, UUID id) {
    String path = "/states/" + tenant + "/" + id;
    return send("GET", path, null, signedHeaders(tenant, path));
  }

  /**
   * Loads and opens a state: empty on 404.
   *
   * @throws IllegalStateException on any other status
   * @throws IllegalArgumentException when the returned token does not open
   */
  public Optional<LoadedState> loadState(UUID tenant, UUID id) {
    StoreResponse response = load(tenant, id);
    if (response.status() == 404) {
      return Optional.empty();
    }
    if (response.status() != 200) {
      throw new IllegalStateException("The store answered " + response);
    }
    JsonNode token;
    try {
      token = json.readTree(response.body()).path("token");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The store's answer is not JSON");
    }
    if (!token.isTextual()) {
      throw new IllegalArgumentException("The store's answer has no token");
    }
    return Optional.of(tokens.openLoadedToken(token.textValue(), tenant));
  }

  /** {@code DELETE /states/{tenant}} with the given ids. */
  public StoreResponse delete(UUID tenant, UUID... ids) {
    String path = "/states/" + tenant;
    return send(
        "DELETE", path, write(Arrays.stream(ids).map(UUID::toString).toList()),
        signedHeaders(tenant, path));
  }

  /**
   * The headers the platform sends with a call to {@code relativePath} (under the base path) for
   * {@code tenant}; a mutable copy, for tests to change.
   */
  public Map<String, String> signedHeaders(UUID tenant, String relativePath) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(PLATFORM_KEY_ID, tokens.platformKid());
    headers.put(RECEIVER_KEY_ID, tokens.receiverKid());
    headers.put(SIGNATURE, tokens.signatureHeader(tenant, fullPath(relativePath)));
    return headers;
  }

  /** The path the platform signs for {@code relativePath}: the base URI's path, then it. */
  public String fullPath(String relativePath) {
    return baseUri.getRawPath() + relativePath;
  }

  /**
   * Sends any request to {@code relativePath} under the base URI, with exactly the given headers
   * and body ({@code null}: none).
   */
  public StoreResponse send(
      String method, String relativePath, String body, Map<String, String> headers) {
    return sendBytes(method, relativePath, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
  }

  /**
   * Sends any request to {@code relativePath} under the base URI, with exactly the given headers
   * and body bytes ({@code null}: none), which need not be UTF-8.
   */
  public StoreResponse sendBytes(
      String method, String relativePath, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUri + relativePath))
            .timeout(Duration.ofMinutes(2))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.header("Accept", "application/json");
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new StoreResponse(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot reach the store at " + baseUri + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling the store", e);
    }
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write the body", e);
    }
  }
}
