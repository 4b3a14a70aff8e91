package io.flowkit.store.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.jwk.ECKey;
import io.flowkit.runtime.http.Methods;
import io.flowkit.runtime.http.ProblemResponses;
import io.flowkit.runtime.http.RequestBodies;
import io.flowkit.runtime.service.RequestBodyException;
import io.flowkit.runtime.service.ServiceProblemException;
import io.flowkit.runtime.wire.StrictUtf8;
import io.flowkit.store.jose.SignatureHeaderVerifier;
import io.flowkit.store.jose.TokenRejectedException;
import io.flowkit.store.repository.StateRepository;
import io.flowkit.store.repository.StorageException;
import io.flowkit.store.state.FlowState;
import io.flowkit.store.state.Uuids;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The External Storage API under {@link StoreEndpoint#basePath()}. Requests outside the base path
 * are left to the next handler, so the store can sit beside services on one server.
 *
 * <p>Checks run in this order, and nothing is written unless all pass: route (404, 405), the two
 * key-id headers (400), the signature header (401), the body's size (413) and shape (400), every
 * state token (401, or 400 / 413 for its content), then the database. A save or delete whose body
 * does not fit the in-flight budget is answered {@code 503} with {@code Retry-After} before its body
 * is read; so is any request while the database is unreachable. A 5xx never reflects the request:
 * {@code 503} says "later", {@code 500} only a failure of the store itself.
 */
public final class StoreHandler extends Handler.Abstract {

  /** Names the platform key a loaded state is encrypted to. */
  public static final String PLATFORM_KEY_ID = "X-ManyWho-Platform-Key-ID";

  /** Names the receiver key a loaded state is signed with. */
  public static final String RECEIVER_KEY_ID = "X-ManyWho-Receiver-Key-ID";

  /** Seconds a client is asked to wait when the store is busy with other large bodies. */
  static final int BUSY_RETRY_AFTER_SECONDS = 1;

  /** Seconds a client is asked to wait when the database is unreachable. */
  static final int UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(StoreHandler.class);

  private final StoreEndpoint endpoint;
  private final ObjectMapper json;
  private final StoreCounts counts = new StoreCounts();
  private final InFlightBodies inFlight;

  /** A handler serving {@code endpoint}. */
  public StoreHandler(StoreEndpoint endpoint) {
    this.endpoint = endpoint;
    this.inFlight = new InFlightBodies(endpoint.maxInFlightBytes());
    this.json =
        JsonMapper.builder(
                JsonFactory.builder()
                    .inputDecorator(StrictUtf8.decorator())
                    .streamReadConstraints(
                        StreamReadConstraints.builder()
                            .maxNestingDepth(16)
                            .maxStringLength(endpoint.maxBodyBytes())
                            .maxDocumentLength(endpoint.maxBodyBytes())
                            .build())
                    .build())
            // Exactly one JSON document, each key once: anything else is refused, nothing written.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    String base = endpoint.basePath();
    if (!base.isEmpty() && !(path.equals(base) || path.startsWith(base + "/"))) {
      return false;
    }
    String relative = path.substring(base.length());
    try {
      route(request, response, callback, relative);
    } catch (ServiceProblemException problem) {
      if (problem.status() != 404) {
        LOG.info("{} {} refused ({}): {}", request.getMethod(), path, problem.status(),
            problem.getMessage());
      }
      refuse(request, response, callback, problem);
    } catch (StorageException e) {
      // Already logged by the repository with the database's own words.
      refuse(request, response, callback, storageProblem(e));
    } catch (RuntimeException e) {
      // One line by default; the stack trace only when debugging, since the store's log lines stay
      // free of traces, tokens and keys.
      LOG.error("{} {} failed: {}", request.getMethod(), path, e.toString());
      LOG.debug("{} {} failed", request.getMethod(), path, e);
      refuse(request, response, callback, new ServiceProblemException(500, "The store failed"));
    }
    return true;
  }

  /** What the store did so far: states saved, loaded, deleted, refusals by reason. */
  public StoreCounts counts() {
    return counts;
  }

  /**
   * What the store holds now: {@code bodies.held.bytes}, the request body bytes reserved by saves
   * and deletes being answered, and {@code bodies.budget.bytes}, the most it holds before answering
   * {@code 503}.
   */
  public Map<String, Long> levels() {
    Map<String, Long> levels = new LinkedHashMap<>();
    levels.put("bodies.held.bytes", inFlight.reserved());
    levels.put("bodies.budget.bytes", inFlight.limit());
    return levels;
  }

  /** Answers a refusal, after draining what is left of the body (up to about twice the body limit). */
  private void refuse(Request request, Response response, Callback callback, ServiceProblemException problem) {
    counts.rejected(problem.status());
    ProblemResponses.refuse(request, response, callback, problem, RequestBodies.drainLimit(endpoint.maxBodyBytes()));
  }

  /** The answer to a database failure: 503 (try later), 400 (these values) or 500. */
  private static ServiceProblemException storageProblem(StorageException e) {
    return switch (e.kind()) {
      case UNAVAILABLE -> unavailable("The state database is unavailable; try again later",
          UNAVAILABLE_RETRY_AFTER_SECONDS);
      case DATA_REFUSED -> ServiceProblemException.badRequest("The state database refused a value of the request");
      case FAILED -> new ServiceProblemException(500, "The state database failed");
    };
  }

  private static ServiceProblemException unavailable(String message, int retryAfterSeconds) {
    return new ServiceProblemException(503, message, null,
        Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
  }

  private void route(Request request, Response response, Callback callback, String relative) {
    String method = request.getMethod();
    if (relative.equals("/health")) {
      Methods.require(method, "GET");
      health(response, callback);
      return;
    }
    String[] segments = relative.split("/", -1);
    if (segments.length < 3 || segments.length > 4 || !segments[0].isEmpty()
        || !segments[1].equals("states")) {
      throw ServiceProblemException.notFound("No such resource");
    }
    UUID tenant = pathUuid(segments[2]);
    if (segments.length == 3) {
      Methods.require(method, "POST", "DELETE");
      authenticate(request, tenant, relative);
      // The body's bytes are held until the answer is decided, then given back.
      try (InFlightBodies.Reservation body = inFlight.open()) {
        if ("POST".equals(method)) {
          save(request, response, callback, tenant, body);
        } else {
          delete(request, response, callback, tenant, body);
        }
      }
    } else {
      UUID id = pathUuid(segments[3]);
      Methods.require(method, "GET");
      Keys keys = authenticate(request, tenant, relative);
      load(response, callback, tenant, id, keys);
    }
  }

  private void health(Response response, Callback callback) {
    if (!endpoint.repository().get().isReachable()) {
      throw unavailable("The state database is unreachable", UNAVAILABLE_RETRY_AFTER_SECONDS);
    }
    ProblemResponses.empty(response, callback, 200);
  }

  private void save(
      Request request, Response response, Callback callback, UUID tenant, InFlightBodies.Reservation reservation) {
    JsonNode body = readJson(request, reservation);
    if (!body.isArray()) {
      throw ServiceProblemException.badRequest("The body must be a JSON array of {\"token\": \"...\"} objects");
    }
    List<FlowState> states = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      JsonNode token = body.get(i).path("token");
      if (!token.isTextual()) {
        throw ServiceProblemException.badRequest("Item " + i + " of the body has no \"token\" string");
      }
      try {
        states.add(endpoint.reader().read(token.textValue(), tenant));
      } catch (TokenRejectedException e) {
        throw new ServiceProblemException(e.status(), "The state token of item " + i + " " + e.getMessage());
      }
    }
    repository().save(states);
    counts.saved(states.size());
    ProblemResponses.empty(response, callback, 204);
  }

  private void load(Response response, Callback callback, UUID tenant, UUID id, Keys keys) {
    ECKey platformKey =
        endpoint.keys().platformKey(keys.platformKid())
            .orElseThrow(() -> unauthorized(
                PLATFORM_KEY_ID + " names a key the store does not have"));
    ECKey receiverKey =
        endpoint.keys().receiverKey(keys.receiverKid())
            .orElseThrow(() -> unauthorized(
                RECEIVER_KEY_ID + " names a key the store does not have"));
    Optional<String> content = repository().loadContent(tenant, id);
    if (content.isEmpty()) {
      throw ServiceProblemException.notFound("No state " + id + " is stored for this tenant");
    }
    String token = endpoint.writer().write(tenant, id, content.get(), receiverKey, platformKey);
    counts.loaded();
    ProblemResponses.json(response, callback, 200, tokenJson(token));
  }

  private byte[] tokenJson(String token) {
    try {
      return json.writeValueAsBytes(Map.of("token", token));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A token could not be written as JSON", e);
    }
  }

  private void delete(
      Request request, Response response, Callback callback, UUID tenant, InFlightBodies.Reservation reservation) {
    JsonNode body = readJson(request, reservation);
    if (!body.isArray()) {
      throw ServiceProblemException.badRequest("The body must be a JSON array of state ids");
    }
    List<UUID> ids = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      UUID id = body.get(i).isTextual() ? Uuids.parseOrNull(body.get(i).textValue()) : null;
      if (id == null) {
        throw ServiceProblemException.badRequest("Item " + i + " of the body is not a state id (a UUID string)");
      }
      ids.add(id);
    }
    repository().delete(tenant, ids);
    counts.deleted(ids.size());
    ProblemResponses.empty(response, callback, 204);
  }

  private record Keys(String platformKid, String receiverKid) {}

  private Keys authenticate(Request request, UUID tenant, String relative) {
    String platformKid = header(request, PLATFORM_KEY_ID);
    String receiverKid = header(request, RECEIVER_KEY_ID);
    try {
      endpoint.signatures().verify(
          request.getHeaders().get(SignatureHeaderVerifier.HEADER),
          tenant,
          endpoint.publicBasePath() + relative);
    } catch (TokenRejectedException e) {
      throw unauthorized("The " + SignatureHeaderVerifier.HEADER + " header " + e.getMessage());
    }
    return new Keys(platformKid, receiverKid);
  }

  private static String header(Request request, String name) {
    String value = request.getHeaders().get(name);
    if (value == null || value.isBlank()) {
      throw ServiceProblemException.badRequest("No " + name + " header was given");
    }
    return value.strip();
  }

  private JsonNode readJson(Request request, InFlightBodies.Reservation reservation) {
    byte[] body = readBody(request, reservation);
    if (body.length == 0) {
      throw ServiceProblemException.badRequest("The body is empty");
    }
    try {
      return json.readTree(body);
    } catch (CharConversionException e) {
      throw ServiceProblemException.badRequest("The body is not valid JSON: " + e.getMessage());
    } catch (IOException e) {
      throw ServiceProblemException.badRequest("The body is not valid JSON");
    }
  }

  private byte[] readBody(Request request, InFlightBodies.Reservation reservation) {
    int max = endpoint.maxBodyBytes();
    long declared = request.getLength();
    if (declared > max) {
      throw tooLarge(max);
    }
    String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
    if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
      // Read as it is, a compressed body would be refused as broken JSON; say what is wrong.
      throw new ServiceProblemException(415, "The store takes bodies without a Content-Encoding");
    }
    if (!reservation.tryTake(declared)) {
      throw busy();
    }
    try (InputStream in = RequestBodies.open(request, max)) {
      if (declared >= 0) {
        return in.readAllBytes();
      }
      // No declared length (chunked): reserve as the bytes arrive.
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (!reservation.tryTake(n)) {
          throw busy();
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (RequestBodyException e) {
      throw tooLarge(max);
    } catch (IOException e) {
      throw ServiceProblemException.badRequest("The body could not be read");
    }
  }

  private static ServiceProblemException tooLarge(int max) {
    return new ServiceProblemException(413, "The body is larger than the store accepts (" + max + " bytes)");
  }

  private static ServiceProblemException busy() {
    return unavailable("The store is busy with other large requests; try again shortly",
        BUSY_RETRY_AFTER_SECONDS);
  }

  private static ServiceProblemException unauthorized(String message) {
    return new ServiceProblemException(401, message);
  }

  private StateRepository repository() {
    return endpoint.repository().get();
  }

  private static UUID pathUuid(String segment) {
    UUID uuid = Uuids.parseOrNull(segment);
    if (uuid == null) {
      throw ServiceProblemException.notFound("No such resource");
    }
    return uuid;
  }

  @Override
  public String toString() {
    return "StoreHandler[" + endpoint.basePath() + "]";
  }
}
