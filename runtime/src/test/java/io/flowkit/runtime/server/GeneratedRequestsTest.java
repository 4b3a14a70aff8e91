package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.testing.HttpMutations;
import io.flowkit.runtime.testing.HttpMutations.Framing;
import io.flowkit.runtime.testing.HttpMutations.Part;
import io.flowkit.runtime.testing.HttpMutations.RawRequest;
import io.flowkit.runtime.testing.JsonMutations;
import io.flowkit.runtime.testing.KeptAliveConnection;
import io.flowkit.runtime.testing.KeptAliveConnection.Answer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reliability property of the service side, over generated requests: whatever a client sends
 * to any endpoint (mutated JSON, odd headers and framings, damaged multipart, foreign credentials),
 * the answer is a 2xx or a 4xx {@code ServiceProblem} — never a 5xx, never a Java name — the server
 * stays healthy, and a refused request calls and stores nothing.
 *
 * <p>{@value #DEFAULT_CASES} cases per run by default ({@code -Dflowkit.fuzz.cases=N}), sent one at a
 * time over kept-alive connections to two real servers (one requiring Basic authentication). The
 * seed is random per run and printed; {@code -Dflowkit.fuzz.seed=S} replays a run exactly.
 */
class GeneratedRequestsTest {

  static final int DEFAULT_CASES = 11_000;
  private static final int MAX_REPORTED = 25;
  private static final String USER = "fuzz";
  private static final String TOKEN = "fuzz-token-0123456789";
  /** Names of the JVM's and the libraries' classes, and stack frames: none may reach a caller. */
  private static final Pattern JAVA_NAMES =
      Pattern.compile("(java|javax|jakarta|sun)\\.[a-z]+\\.|com\\.fasterxml|org\\.eclipse|io\\.flowkit|Exception\\b|\\bat [a-z]+\\.[a-z]");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String CONFIGURATION =
      "\"configurationValues\":[{\"developerName\":\"API Key\",\"contentType\":\"ContentPassword\",\"contentValue\":\"k-1\"},"
          + "{\"developerName\":\"Region\",\"contentType\":\"ContentString\",\"contentValue\":\"eu\"},"
          + "{\"developerName\":\"Max Lines\",\"contentType\":\"ContentNumber\",\"contentValue\":\"5\"}]";
  private static final String TICKET =
      "{\"developerName\":\"Ticket\",\"externalId\":\"T1\",\"properties\":["
          + "{\"developerName\":\"title\",\"contentType\":\"ContentString\",\"contentValue\":\"Fix\"},"
          + "{\"developerName\":\"priority\",\"contentType\":\"ContentNumber\",\"contentValue\":\"2.5\"},"
          + "{\"developerName\":\"open\",\"contentType\":\"ContentBoolean\",\"contentValue\":\"true\"},"
          + "{\"developerName\":\"created\",\"contentType\":\"ContentDateTime\",\"contentValue\":\"2024-05-01T10:00:00Z\"}]}";

  /** What a generated case targets: a method and path, a valid body to mutate, and what a refusal may not change. */
  private record Endpoint(String name, String method, String path, String json, boolean upload) {}

  private static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("describe (GET)", "GET", "/fs/orders/metadata", null, false),
          new Endpoint("describe", "POST", "/fs/orders/metadata", "{" + CONFIGURATION + ",\"uri\":\"https://flow.example/api\"}", false),
          new Endpoint("install", "POST", "/fs/orders/metadata/install", "{" + CONFIGURATION + "}", false),
          new Endpoint("create order", "POST", "/fs/orders/actions/create-order",
              "{\"token\":\"t\",\"tenantId\":\"tenant-1\",\"stateId\":\"s1\"," + CONFIGURATION + ",\"inputs\":["
                  + "{\"developerName\":\"customerName\",\"contentType\":\"ContentString\",\"contentValue\":\"Ada\"},"
                  + "{\"developerName\":\"express\",\"contentType\":\"ContentBoolean\",\"contentValue\":\"true\"},"
                  + "{\"developerName\":\"deliveryDate\",\"contentType\":\"ContentDateTime\",\"contentValue\":\"2024-06-01T00:00:00Z\"},"
                  + "{\"developerName\":\"address\",\"contentType\":\"ContentObject\",\"objectData\":[{\"developerName\":\"Create Order REQUEST - address\","
                  + "\"externalId\":\"a1\",\"properties\":[{\"developerName\":\"city\",\"contentType\":\"ContentString\",\"contentValue\":\"Paris\"},"
                  + "{\"developerName\":\"street\",\"contentType\":\"ContentString\",\"contentValue\":\"Rue 1\"}]}]},"
                  + "{\"developerName\":\"lines\",\"contentType\":\"ContentList\",\"objectData\":[{\"developerName\":\"Create Order REQUEST - lines\","
                  + "\"properties\":[{\"developerName\":\"sku\",\"contentType\":\"ContentString\",\"contentValue\":\"X-1\"},"
                  + "{\"developerName\":\"quantity\",\"contentType\":\"ContentNumber\",\"contentValue\":\"2\"},"
                  + "{\"developerName\":\"price\",\"contentType\":\"ContentNumber\",\"contentValue\":\"9.5\"}]}]}],"
                  + "\"outcomes\":[{\"id\":\"o1\",\"developerName\":\"done\"}]}",
              false),
          new Endpoint("ship order", "POST", "/fs/orders/actions/ship-order",
              "{\"token\":\"t\"," + CONFIGURATION + ",\"inputs\":[{\"developerName\":\"orderId\",\"contentType\":\"ContentString\",\"contentValue\":\"o-1\"}]}",
              false),
          new Endpoint("load", "POST", "/fs/orders/data",
              "{" + CONFIGURATION + ",\"objectDataType\":{\"developerName\":\"Ticket\"},\"listFilter\":{\"limit\":10,\"offset\":0,"
                  + "\"comparisonType\":\"AND\",\"where\":[{\"columnName\":\"title\",\"criteriaType\":\"EQUAL\",\"contentValue\":\"Fix\"},"
                  + "{\"columnName\":\"priority\",\"criteriaType\":\"GREATER_THAN\",\"contentValue\":\"1\"}],"
                  + "\"orderByPropertyDeveloperName\":\"created\",\"orderByDirectionType\":\"DESC\"}}",
              false),
          new Endpoint("load by id", "POST", "/fs/orders/data",
              "{" + CONFIGURATION + ",\"objectDataType\":{\"developerName\":\"Ticket\"},\"listFilter\":{\"id\":\"T1\"}}", false),
          new Endpoint("save", "PUT", "/fs/orders/data",
              "{" + CONFIGURATION + ",\"objectDataType\":{\"developerName\":\"Ticket\"},\"objectData\":[" + TICKET + "]}", false),
          new Endpoint("delete", "POST", "/fs/orders/data/delete",
              "{" + CONFIGURATION + ",\"objectDataType\":{\"developerName\":\"Ticket\"},\"objectData\":[" + TICKET + "]}", false),
          new Endpoint("list files", "POST", "/fs/orders/file",
              "{" + CONFIGURATION + ",\"resourcePath\":\"/file\",\"listFilter\":{\"limit\":5,\"offset\":0,\"search\":\"r\","
                  + "\"orderByPropertyDeveloperName\":\"Name\",\"orderByDirectionType\":\"ASC\"}}",
              false),
          new Endpoint("upload", "POST", "/fs/orders/file/content", "{" + CONFIGURATION + ",\"resourcePath\":\"/file\"}", true),
          new Endpoint("delete file", "POST", "/fs/orders/file/delete",
              "{" + CONFIGURATION + ",\"resourcePath\":\"/file\",\"resourceFile\":\"R1\"}", false));

  /** One generated case: the request, what was done to it, and where it goes. */
  private record Case(int index, Endpoint endpoint, RawRequest request, String mutation, boolean authenticated, boolean wrongCredentials) {}

  @Test
  void everyGeneratedRequestIsAnsweredWithSuccessOrA4xxProblemAndRefusalsChangeNothing() throws Exception {
    long seed = seed();
    int cases = Integer.getInteger("flowkit.fuzz.cases", DEFAULT_CASES);
    FuzzedOrders open = new FuzzedOrders();
    FuzzedOrders guarded = new FuzzedOrders();
    ServerLimits limits =
        ServerLimits.DEFAULT.withMaxBodyBytes(512 << 10).withMaxUploadBytes(1 << 20).withMaxJsonDepth(64).withMaxStringLength(100_000);
    List<String> violations = new ArrayList<>();
    Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    long started = System.nanoTime();
    try (FlowServer openServer = FlowServer.builder().port(0).limits(limits).actionThreads(4).service(open.service()).start();
        FlowServer guardedServer =
            FlowServer.builder().port(0).limits(limits).actionThreads(4).basicAuth(USER, TOKEN).service(guarded.service()).start();
        Connections connections = new Connections(openServer, guardedServer)) {
      int threadsBefore = Thread.activeCount();
      for (int i = 0; i < cases && violations.size() < MAX_REPORTED; i++) {
        Case generated = generate(i, new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (i + 1)));
        FuzzedOrders implementations = generated.authenticated() ? guarded : open;
        int callsBefore = implementations.calls.get();
        int changesBefore = implementations.changes.get();
        String problem;
        Answer answer = null;
        try {
          answer = connections.send(generated);
          problem = check(generated, answer, callsBefore, changesBefore, implementations);
        } catch (UncheckedIOException e) {
          // A malformed message (the body's end cannot be found, garbage follows it, an unknown
          // Expect) is answered 4xx and its connection closed at once; a client still sending a
          // large body may see the reset instead of the answer. Any other request must be answered.
          problem = generated.request().malformedMessage() ? null : "no answer: " + e.getMessage();
          connections.reset(generated.authenticated());
        }
        if (answer != null) {
          statuses.computeIfAbsent(generated.endpoint().name(), k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
        }
        if (problem != null) {
          violations.add("case " + i + " (" + generated.endpoint().name() + ", " + generated.mutation() + ", " + generated.request() + "): "
              + problem + (answer == null ? "" : " — answered " + answer.status() + " " + abbreviate(answer.body())));
        }
        if (i % 1000 == 999) {
          assertHealthy(openServer, guardedServer, "after case " + i + " of seed " + seed);
        }
      }
      assertHealthy(openServer, guardedServer, "after the run of seed " + seed);
      // Kept-alive connections and the action pool are reused: the run does not leave threads behind.
      assertThat(Thread.activeCount()).as("live threads after the run").isLessThan(threadsBefore + 16);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("Generated requests: %d cases in %.1f s with seed %d; answers by endpoint: %s%n", cases, seconds, seed, statuses);
    assertThat(violations)
        .as("Generated requests with seed %d (replay: -Dflowkit.fuzz.seed=%d)", seed, seed)
        .isEmpty();
    // The run exercised every endpoint's success and refusal paths, not just one of them.
    for (Endpoint endpoint : ENDPOINTS) {
      Map<Integer, Integer> answered = statuses.getOrDefault(endpoint.name(), Map.of());
      assertThat(answered.keySet()).as("statuses of %s", endpoint.name()).anyMatch(s -> s / 100 == 2).anyMatch(s -> s / 100 == 4);
    }
  }

  @Test
  void everyUnmutatedTemplateSucceedsAndReachesItsImplementation() throws Exception {
    FuzzedOrders implementations = new FuzzedOrders();
    try (FlowServer server = FlowServer.builder().port(0).service(implementations.service()).start();
        KeptAliveConnection connection = KeptAliveConnection.open(server.uri())) {
      for (Endpoint endpoint : ENDPOINTS) {
        int calls = implementations.calls.get();
        RawRequest request = template(endpoint, "b0undary");
        Answer answer = connection.sendRaw(request.toBytes(connection.host()), false);

        assertThat(answer.status()).as(endpoint.name() + ": " + answer.body()).isEqualTo(200);
        boolean servedByImplementation = !endpoint.path().contains("/metadata");
        assertThat(implementations.calls.get()).as(endpoint.name()).isEqualTo(servedByImplementation ? calls + 1 : calls);
      }
    }
  }

  // ---- generation ---------------------------------------------------------------------------

  private static Case generate(int index, SplittableRandom random) {
    Endpoint endpoint = ENDPOINTS.get(index % ENDPOINTS.size());
    String boundary = "----fk" + Long.toHexString(random.nextLong());
    RawRequest request = template(endpoint, boundary);
    List<String> done = new ArrayList<>();
    int kind = random.nextInt(10);
    if (kind <= 5 || kind == 8) {
      String json = endpoint.json() == null ? "{\"uri\":\"x\"}" : endpoint.json();
      JsonMutations.Mutation mutation = JsonMutations.mutateRepeatedly(json, random, 1 + random.nextInt(3));
      done.add(mutation.name());
      request = endpoint.upload()
          ? request.withBody(HttpMutations.multipart(boundary, List.of(
              new Part("Content-Disposition: form-data; name=\"FileDataRequest\"\r\nContent-Type: application/json\r\n", mutation.body()),
              Part.file("file", "receipt.txt", "text/plain", fileBytes(random)))))
          : request.withBody(mutation.body());
    }
    if (kind >= 6 && kind <= 8) {
      if (endpoint.upload() && random.nextBoolean()) {
        HttpMutations.MultipartMutation damaged = HttpMutations.mutateMultipart(boundary, uploadParts(endpoint, random), random);
        done.add("multipart: " + damaged.name());
        request = request.replacingHeader("Content-Type", damaged.contentType()).withBody(damaged.body());
      } else {
        request = HttpMutations.mutateHead(request, random);
        done.add("head");
      }
    }
    if (random.nextInt(40) == 0) {
      String method = List.of("DELETE", "PATCH", "OPTIONS", "FOO", "PUT", "GET").get(random.nextInt(6));
      request = new RawRequest(method, request.target(), request.headers(), request.body(), request.framing());
      done.add("method " + method);
    }
    boolean authenticated = index % 10 == 3;
    boolean wrongCredentials = false;
    if (authenticated) {
      boolean hasOwnAuthorization = request.headers().stream().anyMatch(h -> h[0].equalsIgnoreCase("Authorization"));
      if (hasOwnAuthorization) {
        wrongCredentials = true;
      } else if (random.nextInt(3) == 0) {
        String wrong = HttpMutations.authorizations(random).get(random.nextInt(HttpMutations.authorizations(random).size()));
        request = request.withHeader("Authorization", wrong);
        done.add("credentials");
        wrongCredentials = true;
      } else {
        request = request.withHeader("Authorization", basic(USER, TOKEN));
      }
    }
    return new Case(index, endpoint, request, done.isEmpty() ? "unmutated" : String.join(" + ", done), authenticated, wrongCredentials);
  }

  private static RawRequest template(Endpoint endpoint, String boundary) {
    if (endpoint.json() == null) {
      return RawRequest.of(endpoint.method(), endpoint.path(), null, null);
    }
    if (endpoint.upload()) {
      return RawRequest.of(endpoint.method(), endpoint.path(), "multipart/form-data; boundary=" + boundary,
          HttpMutations.multipart(boundary, uploadParts(endpoint, new SplittableRandom(1))));
    }
    return RawRequest.of(endpoint.method(), endpoint.path(), "application/json", endpoint.json().getBytes(StandardCharsets.UTF_8));
  }

  private static List<Part> uploadParts(Endpoint endpoint, SplittableRandom random) {
    return List.of(Part.json("FileDataRequest", endpoint.json()), Part.file("file", "receipt.txt", "text/plain", fileBytes(random)));
  }

  private static byte[] fileBytes(SplittableRandom random) {
    byte[] bytes = new byte[random.nextInt(0, 3) == 0 ? random.nextInt(0, 200_000) : random.nextInt(0, 2_000)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static String basic(String user, String token) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
  }

  private static long seed() {
    String given = System.getProperty("flowkit.fuzz.seed");
    return given == null || given.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(given.trim());
  }

  // ---- checks -------------------------------------------------------------------------------

  /** What is wrong with this answer to this case, or {@code null}. */
  private static String check(Case generated, Answer answer, int callsBefore, int changesBefore, FuzzedOrders implementations) {
    int status = answer.status();
    if (JAVA_NAMES.matcher(answer.body()).find()) {
      return "the body names Java classes or a stack frame";
    }
    if (status / 100 == 2) {
      if (generated.wrongCredentials()) {
        return "served with wrong credentials";
      }
      return isJson(answer.body()) ? null : "a 2xx without a JSON body";
    }
    if (status / 100 != 4) {
      return "neither 2xx nor 4xx";
    }
    String contentType = answer.header("Content-Type");
    if (contentType == null || !contentType.startsWith("application/json")) {
      return "a " + status + " without a JSON content type";
    }
    try {
      JsonNode problem = JSON.readTree(answer.body());
      if (!"service".equals(problem.path("kind").asText()) || problem.path("statusCode").asInt() != status || !problem.path("message").isTextual()) {
        return "a " + status + " whose body is not a ServiceProblem";
      }
    } catch (Exception e) {
      return "a " + status + " whose body is not JSON";
    }
    if (answer.header("X-ManyWho-Service-Problem-Kind") == null) {
      return "a " + status + " without X-ManyWho-Service-Problem-Kind";
    }
    if (generated.endpoint().upload()) {
      // The file is streamed to the implementation, which may have read part of it: but stored nothing.
      return implementations.changes.get() == changesBefore ? null : "a refused upload stored a file";
    }
    return implementations.calls.get() == callsBefore ? null : "a refused request reached the implementation";
  }

  private static boolean isJson(String body) {
    try {
      JSON.readTree(body);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static void assertHealthy(FlowServer open, FlowServer guarded, String when) {
    for (FlowServer server : List.of(open, guarded)) {
      try (KeptAliveConnection connection = KeptAliveConnection.open(server.uri())) {
        assertThat(connection.send("GET", "/health", Map.of(), null).status()).as("health " + when).isEqualTo(200);
        Endpoint order = ENDPOINTS.get(3);
        RawRequest request = template(order, "b");
        if (server == guarded) {
          request = request.withHeader("Authorization", basic(USER, TOKEN));
        }
        Answer answer = connection.sendRaw(request.toBytes(connection.host()), false);
        assertThat(answer.status()).as("a valid order " + when + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"invokeType\":\"FORWARD\"");
      }
    }
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }

  /** One kept-alive connection per server, replaced whenever a case leaves it unusable. */
  private static final class Connections implements AutoCloseable {
    private final FlowServer open;
    private final FlowServer guarded;
    private KeptAliveConnection toOpen;
    private KeptAliveConnection toGuarded;

    Connections(FlowServer open, FlowServer guarded) {
      this.open = open;
      this.guarded = guarded;
    }

    Answer send(Case generated) {
      boolean authenticated = generated.authenticated();
      KeptAliveConnection connection = connection(authenticated);
      RawRequest request = generated.request();
      Answer answer = connection.sendRaw(request.toBytes(connection.host()), request.halfCloses());
      if (request.closesConnection() || !answer.keptAlive() || request.framing() == Framing.NONE && request.body() != null) {
        reset(authenticated);
      }
      return answer;
    }

    void reset(boolean authenticated) {
      KeptAliveConnection connection = authenticated ? toGuarded : toOpen;
      if (connection != null) {
        connection.close();
      }
      if (authenticated) {
        toGuarded = null;
      } else {
        toOpen = null;
      }
    }

    private KeptAliveConnection connection(boolean authenticated) {
      if (authenticated) {
        if (toGuarded == null) {
          toGuarded = KeptAliveConnection.open(guarded.uri());
        }
        return toGuarded;
      }
      if (toOpen == null) {
        toOpen = KeptAliveConnection.open(open.uri());
      }
      return toOpen;
    }

    @Override
    public void close() {
      reset(true);
      reset(false);
    }
  }
}
