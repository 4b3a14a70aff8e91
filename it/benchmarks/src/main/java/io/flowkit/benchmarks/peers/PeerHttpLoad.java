package io.flowkit.benchmarks.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.benchmarks.BenchmarkOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP half of the comparison: starts flowkit's server, the SDK's and the bare Jetty handler
 * as processes of their own (same JVM options), checks that flowkit and the SDK answer the same
 * values, records flowkit's answers for the bare handler, then loads each with {@code wrk}
 * (warm-up, then a timed window with latency percentiles) one after the other.
 *
 * <p>{@code java -cp benchmarks.jar io.flowkit.benchmarks.peers.PeerHttpLoad jar=<benchmarks.jar>
 * out=<dir> seconds=20 warmup=10 threads=2 connections=16}
 */
public final class PeerHttpLoad {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern PERCENTILE = Pattern.compile("\\s(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\b");
  private static final List<String> SERVER_JVM = List.of("-Xms512m", "-Xmx512m");

  private record Endpoint(String name, String path, byte[] body) {}

  private PeerHttpLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchmarkOptions.parse(args, Map.of(
        "seconds", "20", "warmup", "10", "threads", "2", "connections", "16", "lines", "1"));
    Path jar = Path.of(options.get("jar"));
    Path out = Files.createDirectories(Path.of(options.get("out")));
    PeerResults results = new PeerResults(out.resolve("results.tsv"));
    List<Endpoint> endpoints = List.of(
        new Endpoint("Quote (message action, 20 inputs, one list line: about 2.7 KB answered)", "/fs/peers/actions/quote",
            PeerRequests.quote(Integer.parseInt(options.get("lines")))),
        new Endpoint("Load (100 objects × 12 properties)", "/fs/peers/data", PeerRequests.load()));

    List<Process> servers = new ArrayList<>();
    try {
      HttpClient client = HttpClient.newHttpClient();
      int flowkitPort = 18481;
      int sdkPort = 18482;
      int barePort = 18483;
      servers.add(start(jar, out, "flowkit", SERVER_JVM, "io.flowkit.benchmarks.peers.flowkit.FlowkitPeerServer",
          List.of(Integer.toString(flowkitPort))));
      servers.add(start(jar, out, "sdk", with(SERVER_JVM, "--add-opens", "java.base/java.lang=ALL-UNNAMED"),
          "io.flowkit.benchmarks.peers.sdk.SdkPeerServer", List.of(Integer.toString(sdkPort))));

      List<String> bareArgs = new ArrayList<>();
      bareArgs.add(Integer.toString(barePort));
      bareArgs.add("");
      for (Endpoint endpoint : endpoints) {
        String slug = slug(endpoint);
        Files.write(out.resolve(slug + "-request.json"), endpoint.body());
        HttpResponse<byte[]> flowkit = awaitAnswer(client, flowkitPort, endpoint);
        HttpResponse<byte[]> sdk = awaitAnswer(client, sdkPort, endpoint);
        Files.write(out.resolve(slug + "-flowkit.json"), flowkit.body());
        Files.write(out.resolve(slug + "-sdk.json"), sdk.body());
        String flowkitValues = values(flowkit.body());
        String sdkValues = values(sdk.body());
        System.out.printf("%s: flowkit answers %d bytes (%s), the SDK %d bytes (%s); same values: %s%n",
            endpoint.name(), flowkit.body().length, flowkit.headers().firstValue("content-type").orElse("?"),
            sdk.body().length, sdk.headers().firstValue("content-type").orElse("?"), flowkitValues.equals(sdkValues));
        if (!flowkitValues.equals(sdkValues)) {
          throw new IllegalStateException("flowkit and the SDK answer different values for " + endpoint.name()
              + ":\nflowkit " + flowkitValues + "\nSDK     " + sdkValues);
        }
        bareArgs.set(1, flowkit.headers().firstValue("content-type").orElseThrow());
        bareArgs.add(endpoint.path() + "=" + out.resolve(slug + "-flowkit.json"));
      }
      servers.add(start(jar, out, "bare", SERVER_JVM, "io.flowkit.benchmarks.peers.bare.BareJettyServer", bareArgs));
      for (Endpoint endpoint : endpoints) {
        HttpResponse<byte[]> bare = awaitAnswer(client, barePort, endpoint);
        if (!java.util.Arrays.equals(bare.body(), Files.readAllBytes(out.resolve(slug(endpoint) + "-flowkit.json")))) {
          throw new IllegalStateException("the bare handler does not answer flowkit's bytes");
        }
      }

      for (Endpoint endpoint : endpoints) {
        Path script = out.resolve(slug(endpoint) + ".lua");
        Files.writeString(script, "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
            + "local f = assert(io.open(\"" + out.resolve(slug(endpoint) + "-request.json").toAbsolutePath()
            + "\", \"rb\"))\nwrk.body = f:read(\"*a\")\nf:close()\n");
        double[] flowkit = load(options, script, flowkitPort, endpoint, "flowkit");
        double[] sdk = load(options, script, sdkPort, endpoint, "sdk");
        double[] bare = load(options, script, barePort, endpoint, "bare");
        String name = endpoint.name().substring(0, endpoint.name().indexOf(' '));
        boolean message = endpoint.path().contains("/actions/");
        results.add(new PeerResults.Row("HTTP " + name + " throughput", "req/s", PeerResults.Better.HIGHER,
            flowkit[0], "Flow Java SDK 2.0.1", sdk[0], message ? 2 : 0));
        results.add(new PeerResults.Row("HTTP " + name + " throughput", "req/s", PeerResults.Better.HIGHER,
            flowkit[0], "bare Jetty 12 handler", bare[0], message ? 0.85 : 0));
        results.add(new PeerResults.Row("HTTP " + name + " p50", "ms", PeerResults.Better.LOWER,
            flowkit[1], "Flow Java SDK 2.0.1", sdk[1], 0));
        results.add(new PeerResults.Row("HTTP " + name + " p50", "ms", PeerResults.Better.LOWER,
            flowkit[1], "bare Jetty 12 handler", bare[1], 0));
        results.add(new PeerResults.Row("HTTP " + name + " p99", "ms", PeerResults.Better.LOWER,
            flowkit[2], "Flow Java SDK 2.0.1", sdk[2], 0));
        results.add(new PeerResults.Row("HTTP " + name + " p99", "ms", PeerResults.Better.LOWER,
            flowkit[2], "bare Jetty 12 handler", bare[2], 0));
      }
    } finally {
      for (Process server : servers) {
        server.destroy();
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
      }
    }
  }

  private static String slug(Endpoint endpoint) {
    return endpoint.path().substring(endpoint.path().lastIndexOf('/') + 1);
  }

  private static List<String> with(List<String> options, String... more) {
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of(more));
    return all;
  }

  /** A {@code java} process of the benchmarks jar with exactly these JVM options, its output in {@code <name>-server.log}. */
  static Process start(Path jar, Path out, String name, List<String> jvm, String main, List<String> args)
      throws IOException {
    return start(jar.toString(), out, name, jvm, main, args);
  }

  /** The same with any class path, such as a test's. */
  static Process start(String classPath, Path out, String name, List<String> jvm, String main, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-cp");
    command.add(classPath);
    command.add(main);
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.resolve(name + "-server.log").toFile())
        .start();
  }

  /** The endpoint's answer once the server is up (60 s at most); another answer than 200 fails the run. */
  private static HttpResponse<byte[]> awaitAnswer(HttpClient client, int port, Endpoint endpoint) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + endpoint.path()))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(endpoint.body()))
        .timeout(Duration.ofSeconds(10))
        .build();
    Instant deadline = Instant.now().plusSeconds(60);
    while (true) {
      try {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        // The SDK's Undertow listens before RESTEasy has deployed the service: 404 until then.
        if (response.statusCode() == 404 && Instant.now().isBefore(deadline)) {
          Thread.sleep(200);
          continue;
        }
        if (response.statusCode() != 200) {
          throw new IllegalStateException("port " + port + " answered " + endpoint.path() + " with "
              + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response;
      } catch (java.net.ConnectException notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("nothing listens on port " + port + " after 60 s", notYet);
        }
        Thread.sleep(200);
      }
    }
  }

  /** {requests/s, p50 ms, p99 ms} of a timed window after a warm-up. */
  private static double[] load(Map<String, String> options, Path script, int port, Endpoint endpoint, String side)
      throws Exception {
    String url = "http://127.0.0.1:" + port + endpoint.path();
    wrk(options, script, url, options.get("warmup"), false);
    String output = wrk(options, script, url, options.get("seconds"), true);
    System.out.printf("--- %s %s%n%s", side, endpoint.path(), output);
    if (output.contains("Non-2xx")) {
      throw new IllegalStateException(side + " answered errors under load:\n" + output);
    }
    Matcher requests = REQUESTS.matcher(output);
    if (!requests.find()) {
      throw new IllegalStateException("no Requests/sec in wrk's output:\n" + output);
    }
    double[] figures = {Double.parseDouble(requests.group(1)), 0, 0};
    Matcher percentile = PERCENTILE.matcher(output);
    while (percentile.find()) {
      double value = Double.parseDouble(percentile.group(2));
      double ms = switch (percentile.group(3)) {
        case "us" -> value / 1000;
        case "s" -> value * 1000;
        default -> value;
      };
      figures[percentile.group(1).equals("50") ? 1 : 2] = ms;
    }
    return figures;
  }

  private static String wrk(Map<String, String> options, Path script, String url, String seconds, boolean latency)
      throws Exception {
    List<String> command = new ArrayList<>(List.of("wrk", "-t" + options.get("threads"), "-c" + options.get("connections"),
        "-d" + seconds + "s", "-s", script.toString()));
    if (latency) {
      command.add("--latency");
    }
    command.add(url);
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + output);
    }
    return output;
  }

  /**
   * The values of an answer without its spelling: outputs or objects by name, numbers compared as
   * decimals, date/times as instants, so that the two sides' answers can be compared.
   */
  static String values(byte[] answer) throws IOException {
    JsonNode root = JSON.readTree(answer);
    Map<String, Object> values = new TreeMap<>();
    if (root.has("outputs")) {
      for (JsonNode output : root.get("outputs")) {
        values.put(output.get("developerName").asText(), value(output));
      }
      values.put("invokeType", root.path("invokeType").asText());
    } else {
      values.put("objectData", objects(root.get("objectData")));
      values.put("hasMoreResults", root.path("hasMoreResults").asBoolean());
    }
    return values.toString();
  }

  private static Object value(JsonNode value) {
    String type = value.path("contentType").asText();
    if (type.equals("ContentObject") || type.equals("ContentList")) {
      return objects(value.get("objectData"));
    }
    JsonNode content = value.get("contentValue");
    if (content == null || content.isNull()) {
      return "null";
    }
    return switch (type) {
      case "ContentNumber" -> new BigDecimal(content.asText()).stripTrailingZeros().toPlainString();
      case "ContentDateTime" -> OffsetDateTime.parse(content.asText()).toInstant().toString();
      case "ContentBoolean" -> content.asText().toLowerCase(java.util.Locale.ROOT);
      default -> content.asText();
    };
  }

  private static List<Object> objects(JsonNode objects) {
    List<Object> list = new ArrayList<>();
    if (objects != null) {
      for (JsonNode object : objects) {
        Map<String, Object> properties = new TreeMap<>();
        properties.put("@developerName", object.path("developerName").asText());
        properties.put("@externalId", object.path("externalId").asText(""));
        for (JsonNode property : object.get("properties")) {
          properties.put(property.get("developerName").asText(), value(property));
        }
        list.add(properties);
      }
    }
    return list;
  }
}
