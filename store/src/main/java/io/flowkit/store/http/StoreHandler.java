package io.flowkit.store.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.jwk.ECKey;
import io.flowkit.store.jose.SignatureHeaderVerifier;
import io.flowkit.store.jose.TokenRejectedException;
import io.flowkit.store.repository.StateRepository;
import io.flowkit.store.repository.StorageException;
import io.flowkit.store.state.FlowState;
import io.flowkit.store.state.Uuids;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
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
 * state token (401, or 400 / 413 for its content), then the database (500 only when it fails).
 */
public final class StoreHandler extends Handler.Abstract {

  /** Names the platform key a loaded state is encrypted to. */
  public static final String PLATFORM_KEY_ID = "X-ManyWho-Platform-Key-ID";

  /** Names the receiver key a loaded state is signed with. */
  public static final String RECEIVER_KEY_ID = "X-ManyWho-Receiver-Key-ID";

  private static final Logger LOG = LoggerFactory.getLogger(StoreHandler.class);

  private final StoreEndpoint endpoint;
  private final ObjectMapper json;

  /** A handler serving {@code endpoint}. */
  public StoreHandler(StoreEndpoint endpoint) {
    this.endpoint = endpoint;
    this.json =
        JsonMapper.builder(
                JsonFactory.builder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder()
                            .maxNestingDepth(16)
                            .maxStringLength(endpoint.maxBodyBytes())
                            .maxDocumentLength(endpoint.maxBodyBytes())
                            .build())
                    .build())
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
    } catch (Problem problem) {
      if (problem.status() != 404) {
        LOG.info("{} {} refused ({}): {}", request.getMethod(), path, problem.status(),
            problem.getMessage());
      }
      ProblemResponses.problem(request, response, callback, problem.status(), problem.getMessage());
    } catch (StorageException e) {
      // Already logged by the repository with the database's own words.
      ProblemResponses.problem(request, response, callback, 500, "The state database failed");
    } catch (RuntimeException e) {
      // One line by default; the stack trace only when debugging, since the store's log lines stay
      // free of traces, tokens and keys.
      LOG.error("{} {} failed: {}", request.getMethod(), path, e.toString());
      LOG.debug("{} {} failed", request.getMethod(), path, e);
      ProblemResponses.problem(request, response, callback, 500, "The store failed");
    }
    return true;
  }

  private void route(Request request, Response response, Callback callback, String relative)
      throws Problem {
    String method = request.getMethod();
    if (relative.equals("/health")) {
      requireMethod(method, HttpMethod.GET);
      health(response, callback);
      return;
    }
    String[] segments = relative.split("/", -1);
    if (segments.length < 3 || segments.length > 4 || !segments[0].isEmpty()
        || !segments[1].equals("states")) {
      throw Problem.notFound("No such resource");
    }
    UUID tenant = pathUuid(segments[2]);
    if (segments.length == 3) {
      requireMethod(method, HttpMethod.POST, HttpMethod.DELETE);
      authenticate(request, tenant, relative);
      if (HttpMethod.POST.is(method)) {
        save(request, response, callback, tenant);
      } else {
        delete(request, response, callback, tenant);
      }
    } else {
      UUID id = pathUuid(segments[3]);
      requireMethod(method, HttpMethod.GET);
      Keys keys = authenticate(request, tenant, relative);
      load(response, callback, tenant, id, keys);
    }
  }

  private void health(Response response, Callback callback) throws Problem {
    if (!endpoint.repository().get().isReachable()) {
      throw new Problem(500, "The state database is unreachable");
    }
    ProblemResponses.empty(response, callback, 200);
  }

  private void save(Request request, Response response, Callback callback, UUID tenant)
      throws Problem {
    JsonNode body = readJson(request);
    if (!body.isArray()) {
      throw Problem.badRequest("The body must be a JSON array of {\"token\": \"...\"} objects");
    }
    List<FlowState> states = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      JsonNode token = body.get(i).path("token");
      if (!token.isTextual()) {
        throw Problem.badRequest("Item " + i + " of the body has no \"token\" string");
      }
      try {
        states.add(endpoint.reader().read(token.textValue(), tenant));
      } catch (TokenRejectedException e) {
        throw new Problem(e.status(), "The state token of item " + i + " " + e.getMessage());
      }
    }
    repository().save(states);
    ProblemResponses.empty(response, callback, 204);
  }

  private void load(Response response, Callback callback, UUID tenant, UUID id, Keys keys)
      throws Problem {
    ECKey platformKey =
        endpoint.keys().platformKey(keys.platformKid())
            .orElseThrow(() -> Problem.unauthorized(
                PLATFORM_KEY_ID + " names a key the store does not have"));
    ECKey receiverKey =
        endpoint.keys().receiverKey(keys.receiverKid())
            .orElseThrow(() -> Problem.unauthorized(
                RECEIVER_KEY_ID + " names a key the store does not have"));
    Optional<String> content = repository().loadContent(tenant, id);
    if (content.isEmpty()) {
      throw Problem.notFound("No state " + id + " is stored for this tenant");
    }
    String token = endpoint.writer().write(tenant, id, content.get(), receiverKey, platformKey);
    ProblemResponses.json(response, callback, 200, Map.of("token", token));
  }

  private void delete(Request request, Response response, Callback callback, UUID tenant)
      throws Problem {
    JsonNode body = readJson(request);
    if (!body.isArray()) {
      throw Problem.badRequest("The body must be a JSON array of state ids");
    }
    List<UUID> ids = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      UUID id = body.get(i).isTextual() ? Uuids.parseOrNull(body.get(i).textValue()) : null;
      if (id == null) {
        throw Problem.badRequest("Item " + i + " of the body is not a state id (a UUID string)");
      }
      ids.add(id);
    }
    repository().delete(tenant, ids);
    ProblemResponses.empty(response, callback, 204);
  }

  private record Keys(String platformKid, String receiverKid) {}

  private Keys authenticate(Request request, UUID tenant, String relative) throws Problem {
    String platformKid = header(request, PLATFORM_KEY_ID);
    String receiverKid = header(request, RECEIVER_KEY_ID);
    try {
      endpoint.signatures().verify(
          request.getHeaders().get(SignatureHeaderVerifier.HEADER),
          tenant,
          endpoint.publicBasePath() + relative);
    } catch (TokenRejectedException e) {
      throw Problem.unauthorized(
          "The " + SignatureHeaderVerifier.HEADER + " header " + e.getMessage());
    }
    return new Keys(platformKid, receiverKid);
  }

  private static String header(Request request, String name) throws Problem {
    String value = request.getHeaders().get(name);
    if (value == null || value.isBlank()) {
      throw Problem.badRequest("No " + name + " header was given");
    }
    return value.strip();
  }

  private JsonNode readJson(Request request) throws Problem {
    byte[] body = readBody(request);
    if (body.length == 0) {
      throw Problem.badRequest("The body is empty");
    }
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw Problem.badRequest("The body is not valid JSON");
    }
  }

  private byte[] readBody(Request request) throws Problem {
    int max = endpoint.maxBodyBytes();
    long declared = request.getLength();
    if (declared > max) {
      throw tooLarge(max);
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] body = in.readNBytes(max);
      if (in.read() != -1) {
        throw tooLarge(max);
      }
      return body;
    } catch (IOException e) {
      throw Problem.badRequest("The body could not be read");
    }
  }

  private static Problem tooLarge(int max) {
    return Problem.tooLarge("The body is larger than the store accepts (" + max + " bytes)");
  }

  private StateRepository repository() {
    return endpoint.repository().get();
  }

  private static UUID pathUuid(String segment) throws Problem {
    UUID uuid = Uuids.parseOrNull(segment);
    if (uuid == null) {
      throw Problem.notFound("No such resource");
    }
    return uuid;
  }

  private static void requireMethod(String method, HttpMethod... allowed) throws Problem {
    for (HttpMethod candidate : allowed) {
      if (candidate.is(method)) {
        return;
      }
    }
    throw new Problem(405, "Method " + method + " is not allowed here");
  }

  @Override
  public String toString() {
    return "StoreHandler[" + endpoint.basePath() + "]";
  }
}
