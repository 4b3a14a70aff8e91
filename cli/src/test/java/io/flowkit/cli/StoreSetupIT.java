package io.flowkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.testing.Await;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The store set-up of the Flow documentation, followed locally with the executable jar, each step
 * its own process: {@code flowkit platform serve}, create a store over HTTP (platformKey and
 * receiverKey answered once), {@code flowkit store} with them, {@code flowkit check store} with
 * the platform's halves: exit status 0.
 */
class StoreSetupIT {

  private static final Path JAR = Path.of(System.getProperty("flowkit.allJar", "target/missing-all.jar"));
  private static final Pattern LISTENING = Pattern.compile("flowkit platform listening on (http://\\S+)");

  private static ProcessBuilder java(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder process = new ProcessBuilder(command).directory(dir.toFile());
    process.environment().keySet().removeIf(name -> name.startsWith("PLATFORM_KEY")
        || name.startsWith("RECEIVER_KEY") || name.startsWith("DATABASE_") || name.equals("PORT"));
    return process;
  }

  @Test
  void createStartAndCheckAStoreAsTheFlowDocumentationDoes() throws Exception {
    Path dir = Files.createDirectories(
        Path.of(System.getProperty("flowkit.test.dir", "target/it-data")).resolve("setup-" + UUID.randomUUID()));
    Path platformLog = dir.resolve("platform.log");
    Path storeLog = dir.resolve("store.log");
    Process platform = java(dir, "platform", "serve", "--port", "0", "--dir", "platform")
        .redirectErrorStream(true).redirectOutput(platformLog.toFile()).start();
    Process store = null;
    try {
      AtomicReference<String> listening = new AtomicReference<>();
      Await.until("the platform to listen (its output: " + platformLog + ")", Duration.ofSeconds(60), () -> {
        Matcher matcher = LISTENING.matcher(Files.readString(platformLog));
        if (!platform.isAlive()) {
          throw new AssertionError("the platform exited: " + Files.readString(platformLog));
        }
        if (matcher.find()) {
          listening.set(matcher.group(1));
        }
        return listening.get() != null;
      });
      URI stores = URI.create(listening.get());

      // 1. create the store: the only answer with the receiver key
      int port = freePort();
      String storeUrl = "http://localhost:" + port + "/api/storage/1";
      HttpResponse<String> created = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(stores).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(
                  "{\"name\":\"local store\",\"endpoint\":\"" + storeUrl + "\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
      JsonNode answer = new ObjectMapper().readTree(created.body());
      String id = answer.path("id").textValue();
      Path platformKey = Files.writeString(dir.resolve("platformKey.json"), answer.path("platformKey").textValue());
      Path receiverKey = Files.writeString(dir.resolve("receiverKey.json"), answer.path("receiverKey").textValue());

      // 2. run the store with the two keys
      store = java(dir, "store", "--port", Integer.toString(port), "--platform-key", platformKey.toString(),
          "--receiver-key", receiverKey.toString()).redirectErrorStream(true).redirectOutput(storeLog.toFile()).start();
      Process running = store;
      Await.until("the store to listen (its output: " + storeLog + ")", Duration.ofSeconds(60), () -> {
        if (!running.isAlive()) {
          throw new AssertionError("the store exited: " + Files.readString(storeLog));
        }
        return Files.readString(storeLog).contains("flowkit store listening on");
      });

      // 3. check it as the platform, with the platform's halves the local platform kept
      Path keys = dir.resolve("platform").resolve(id);
      Process check = java(dir, "check", "store", storeUrl,
          "--platform-key-private", keys.resolve("platform-key-pair.jwk").toString(),
          "--receiver-key-public", keys.resolve("receiver-public-key.jwk").toString(),
          "--report", "check-store.xml").redirectErrorStream(true).start();
      String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(check.exitValue()).as(output).isZero();
      assertThat(output).contains("PASS   rejections  refuses bad signature (another key, same kid): 401")
          .contains("PASSED: 20 cases: 20 passed, 0 failed").doesNotContain("\u001b");
      assertThat(Files.readString(dir.resolve("check-store.xml"))).contains("tests=\"20\" failures=\"0\"");
      // the listing never gives the receiver key again
      HttpResponse<String> listed = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(stores).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(listed.body()).contains(id).doesNotContain("receiverKey");
    } finally {
      if (store != null) {
        store.destroy();
        assertThat(store.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
      platform.destroy();
      assertThat(platform.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
