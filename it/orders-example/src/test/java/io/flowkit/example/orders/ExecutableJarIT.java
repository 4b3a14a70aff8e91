package io.flowkit.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.runtime.testing.Await;
import io.flowkit.runtime.wire.WireJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The executable jar the README's run command starts, run as a process: it prints its URL and curl
 * commands, the printed requests work, and it stops on SIGTERM (what Ctrl-C sends is SIGINT; both
 * run the same shutdown).
 */
class ExecutableJarIT {

  private static final Path JAR = Path.of(System.getProperty("flowkit.example.jar", "target/flowkit-example-orders.jar"));
  // Each run's stdout and stderr are kept under target/it-runs/jar-*/ for a look after a failure.
  private static final Pattern CURL = Pattern.compile("^ {2}curl -s (?:-u \\S+ )?-H 'Content-Type: application/json' -d '(.*)' (http://\\S+)$");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void printsItsUrlAndCurlCommandsThatWorkThenStopsGracefully() throws Exception {
    Running example = start(Map.of(), "--port", "0", "--management-port", "0");
    try {
      List<String> printed = readUsage(example);
      String serviceUrl = printed.get(0).substring("Orders service: ".length());
      assertThat(serviceUrl).matches("http://127\\.0\\.0\\.1:\\d+/fs/orders");
      List<Matcher> commands = curlCommands(printed);
      assertThat(commands).hasSize(2);

      Matcher describe = commands.get(0);
      assertThat(describe.group(2)).isEqualTo(serviceUrl + "/metadata");
      HttpResponse<String> described = post(describe.group(2), describe.group(1), null);
      assertThat(described.statusCode()).isEqualTo(200);
      assertThat(json(described).get("actions")).extracting(a -> a.get("developerName").asText())
          .containsExactly("Create Order", "Get Order Status", "Ship Order");

      Matcher status = commands.get(1);
      assertThat(status.group(2)).isEqualTo(serviceUrl + "/actions/get-order-status");
      HttpResponse<String> answered = post(status.group(2), status.group(1), null);
      assertThat(answered.statusCode()).isEqualTo(200);
      JsonNode outputs = json(answered).get("outputs");
      assertThat(outputs).extracting(o -> o.get("developerName").asText() + "=" + o.get("contentValue").asText())
          .contains("orderId=0000123", "status=PICKING");

      String managementUrl = printed.get(printed.size() - 2).substring("Runtime management: ".length());
      assertThat(managementUrl).matches("http://127\\.0\\.0\\.1:\\d+");
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(managementUrl)).build(), BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Runtime management", "Orders", "actions/get-order-status").doesNotContain(OrdersExample.DEMO_API_KEY);
      HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create(managementUrl + "/status")).build(), BodyHandlers.ofString());
      JsonNode listeners = json(report).get("services").get(0).get("listeners");
      assertThat(listeners).filteredOn(l -> l.get("name").asText().equals("actions/get-order-status"))
          .singleElement().satisfies(l -> assertThat(l.get("calls").asLong()).isEqualTo(1));
      HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(managementUrl + "/metrics")).build(), BodyHandlers.ofString());
      assertThat(metrics.body()).contains("flowkit_calls_seconds_count{kind=\"message\",listener=\"actions/get-order-status\"");
    } finally {
      example.stop();
    }
    assertThat(example.printed()).endsWith("Orders service stopped.\n");
  }

  @Test
  void withBasicCredentialsAndAnApiKeyInTheEnvironmentItRequiresThemAndNeverPrintsThem() throws Exception {
    String token = "token-from-the-environment";
    String apiKey = "api-key-from-the-environment";
    Running example =
        start(Map.of("FLOW_USERNAME", "account", "FLOW_TOKEN", token, "ORDERS_API_KEY", apiKey, "PORT", "0", "MANAGEMENT_PORT", "0"));
    try {
      List<String> printed = readUsage(example);
      assertThat(String.join("\n", printed))
          .contains("-u \"$FLOW_USERNAME:$FLOW_TOKEN\"", "\"contentValue\":\"'\"$ORDERS_API_KEY\"'\"")
          .doesNotContain(token, apiKey);
      Matcher status = curlCommands(printed).get(1);
      // What the shell makes of the printed command with ORDERS_API_KEY set:
      String body = status.group(1).replace("'\"$ORDERS_API_KEY\"'", apiKey);

      assertThat(post(status.group(2), body, null).statusCode()).isEqualTo(401);
      HttpResponse<String> answered = post(status.group(2), body, "account:" + token);
      assertThat(answered.statusCode()).isEqualTo(200);
      assertThat(answered.body()).contains("PICKING").doesNotContain(apiKey);
    } finally {
      example.stop();
    }
    assertThat(example.printed()).doesNotContain(token, apiKey);
  }

  /** A running jar, its standard output going to a file (destroy() would close a pipe before it is read). */
  private record Running(Process process, Path output) {

    String printed() throws IOException {
      return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** Stops it as Ctrl-C or a service manager would (SIGTERM) and waits for it to exit. */
    void stop() throws Exception {
      process.destroy();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static Running start(Map<String, String> environment, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path runs = Files.createDirectories(Path.of(System.getProperty("flowkit.test.dir", "target/it-runs")));
    Path dir = Files.createTempDirectory(runs, "jar-");
    Path output = dir.resolve("stdout.txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(output.toFile())
        .redirectError(dir.resolve("stderr.txt").toFile());
    builder.environment().keySet().removeIf(name ->
        name.equals("PORT") || name.equals("MANAGEMENT_PORT") || name.startsWith("FLOW_") || name.equals("ORDERS_API_KEY"));
    builder.environment().putAll(environment);
    return new Running(builder.start(), output);
  }

  /** The lines printed up to "Stop with Ctrl-C.": the jar is serving once they are out. */
  private static List<String> readUsage(Running running) throws Exception {
    // Bounded for a JVM starting on a busy machine; what is asserted is the output, not the time.
    Await.until("the example's usage lines", Duration.ofMinutes(2), () -> {
      if (running.printed().lines().anyMatch("Stop with Ctrl-C."::equals)) {
        return true;
      }
      if (!running.process().isAlive()) {
        throw new AssertionError(
            "The example exited (" + running.process().exitValue() + ") printing " + running.printed());
      }
      return false;
    });
    List<String> lines = running.printed().lines().toList();
    return lines.subList(0, lines.indexOf("Stop with Ctrl-C.") + 1);
  }

  private static List<Matcher> curlCommands(List<String> printed) {
    List<Matcher> commands = new ArrayList<>();
    for (String line : printed) {
      Matcher matcher = CURL.matcher(line);
      if (matcher.matches()) {
        commands.add(matcher);
      }
    }
    return commands;
  }

  /** What the printed {@code curl} sends: a POST with the JSON body. */
  private HttpResponse<String> post(String url, String body, String basicCredentials) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(body));
    if (basicCredentials != null) {
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return WireJson.mapper().readTree(response.body());
  }
}
