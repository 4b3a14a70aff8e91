package io.flowkit.cli.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.flowkit.runtime.http.Methods;
import io.flowkit.runtime.http.ProblemResponses;
import io.flowkit.runtime.http.RequestBodies;
import io.flowkit.runtime.service.RequestBodyException;
import io.flowkit.runtime.service.ServiceProblemException;
import io.flowkit.runtime.wire.StrictUtf8;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's store admin API over HTTP, as Flow documents it, on a {@link StoreRegistry}:
 *
 * <ul>
 *   <li>{@code POST /api/admin/1/stores} {@code {name, endpoint, authentication?}} → 200 {@code {id,
 *       name, endpoint, platformKey, receiverKey}} (the only answer with the receiver key);
 *   <li>{@code GET /api/admin/1/stores} → the stores, {@code GET/PUT/DELETE /api/admin/1/stores/{id}}.
 * </ul>
 *
 * <p>Bad input is a 4xx JSON problem. There is no authentication: {@link LocalPlatform} listens on
 * the loopback address unless told otherwise.
 */
public final class AdminStoresHandler extends Handler.Abstract {

  /** Where the API is served. */
  public static final String PATH = "/api/admin/1/stores";

  private static final Logger LOG = LoggerFactory.getLogger(AdminStoresHandler.class);
  private static final long MAX_BODY = 64 * 1024;
  private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder().inputDecorator(StrictUtf8.decorator()).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final StoreRegistry registry;

  public AdminStoresHandler(StoreRegistry registry) {
    this.registry = registry;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    try {
      route(request, response, callback, path);
    } catch (ServiceProblemException problem) {
      ProblemResponses.refuse(request, response, callback, problem, RequestBodies.drainLimit(MAX_BODY));
    } catch (IllegalArgumentException refused) {
      // the registry's own words about a name or endpoint it does not accept
      ProblemResponses.refuse(request, response, callback,
          ServiceProblemException.badRequest(refused.getMessage()), RequestBodies.drainLimit(MAX_BODY));
    } catch (RuntimeException e) {
      LOG.error("{} {} failed: {}", request.getMethod(), path, e.toString());
      ProblemResponses.refuse(request, response, callback,
          new ServiceProblemException(500, "The local platform failed"), RequestBodies.drainLimit(MAX_BODY));
    }
    return true;
  }

  private void route(Request request, Response response, Callback callback, String path) {
    String method = request.getMethod();
    if (path.equals(PATH) || path.equals(PATH + "/")) {
      Methods.require(method, "GET", "POST");
      if (method.equals("POST")) {
        JsonNode body = body(request);
        CreatedStore created = registry.create(text(body, "name"), text(body, "endpoint"));
        LOG.info("created store {} '{}' at {}; the platform's halves of its keys are in {}",
            created.store().id(), created.store().name(), created.store().endpoint(),
            registry.platformKeyPairFile(created.store().id()).getParent());
        answer(response, callback, StoreRegistry.createJson(created));
      } else {
        ArrayNode list = JSON.createArrayNode();
        registry.list().forEach(store -> list.add(StoreRegistry.listJson(store)));
        answer(response, callback, list);
      }
      return;
    }
    if (!path.startsWith(PATH + "/")) {
      throw ServiceProblemException.notFound("No such resource; the local platform serves " + PATH);
    }
    String rest = path.substring(PATH.length() + 1);
    if (rest.equals("migrations")) {
      throw ServiceProblemException.notFound("Migrations are not part of the local platform: it has no data to move");
    }
    UUID id = id(rest);
    Methods.require(method, "GET", "PUT", "DELETE");
    switch (method) {
      case "GET" -> answer(response, callback, StoreRegistry.listJson(registry.get(id).orElseThrow(() -> noStore(id))));
      case "PUT" -> {
        JsonNode body = body(request);
        answer(response, callback, StoreRegistry.listJson(
            registry.update(id, text(body, "name"), text(body, "endpoint")).orElseThrow(() -> noStore(id))));
      }
      default -> {
        if (!registry.delete(id)) {
          throw noStore(id);
        }
        ProblemResponses.empty(response, callback, 200);
      }
    }
  }

  private static JsonNode body(Request request) {
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ServiceProblemException(415, "Send the store as JSON (Content-Type: application/json)");
    }
    try (InputStream in = RequestBodies.open(request, MAX_BODY)) {
      JsonNode body = JSON.readTree(in);
      if (body == null || !body.isObject()) {
        throw ServiceProblemException.badRequest("The body must be a JSON object {name, endpoint}");
      }
      return body;
    } catch (RequestBodyException e) {
      throw e.toProblem();
    } catch (JsonProcessingException e) {
      throw ServiceProblemException.badRequest("The body is not one JSON document");
    } catch (CharConversionException e) {
      throw ServiceProblemException.badRequest("The body is not one JSON document: " + e.getMessage());
    } catch (IOException e) {
      throw ServiceProblemException.badRequest("The body cannot be read");
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value != null && !value.isNull() && !value.isTextual()) {
      throw ServiceProblemException.badRequest("'" + field + "' must be a string");
    }
    try {
      return value == null || value.isNull() ? null : value.textValue();
    } catch (IllegalArgumentException e) {
      throw ServiceProblemException.badRequest(e.getMessage());
    }
  }

  private static UUID id(String text) {
    try {
      UUID id = UUID.fromString(text);
      if (id.toString().equalsIgnoreCase(text)) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw ServiceProblemException.notFound("No store has the id '" + abbreviate(text) + "'");
  }

  private static ServiceProblemException noStore(UUID id) {
    return ServiceProblemException.notFound("No store has the id " + id);
  }

  private static void answer(Response response, Callback callback, JsonNode json) {
    try {
      ProblemResponses.json(response, callback, 200, JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer", e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
