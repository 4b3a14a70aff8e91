package io.flowkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.testing.Await;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The executable jar, run as an operator runs it: {@code java -jar flowkit-runtime-<v>-all.jar}. */
class StandaloneJarIT {

  private static final Path JAR = Path.of(System.getProperty("flowkit.allJar", "target/missing-all.jar"));

  private static Path workDir() throws IOException {
    String base = System.getProperty("flowkit.test.dir", "target/it-data");
    return Files.createDirectories(Path.of(base).resolve("jar-" + UUID.randomUUID()));
  }

  private static ProcessBuilder java(Path dir, Map<String, String> environment, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder process = new ProcessBuilder(command).directory(dir.toFile());
    process.environment().keySet().removeIf(name -> name.startsWith("PLATFORM_KEY")
        || name.startsWith("RECEIVER_KEY") || name.startsWith("DATABASE_") || name.equals("PORT")
        || name.equals("FLOWKIT_CRYPTO_PROVIDER"));
    process.environment().putAll(environment);
    return process;
  }

  @Test
  void printsKeysForAStore() throws Exception {
    Path dir = workDir();
    Process keys = java(dir, Map.of(), "keys", "--format", "env")
        .redirectError(dir.resolve("err.log").toFile()).start();
    String out = new String(keys.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(keys.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keys.exitValue()).isZero();
    assertThat(out).startsWith("PLATFORM_KEY='{").contains("\nRECEIVER_KEY='{");
  }

  @Test
  void runsAStoreFromTheEnvironmentOnTheEmbeddedDatabaseUntilStopped() throws Exception {
    Path dir = workDir();
    StoreKeyPairs keys = StoreKeyPairs.generate();

    String output = saveAndLoadThroughAStore(dir, keys, Map.of(), "{\"from\":\"the jar\"}");

    assertThat(dir.resolve("flowkit-store.mv.db")).exists();
    assertThat(output).contains("flowkit store listening on http://localhost:");
    assertThat(output).doesNotContain(keys.receiverPair().getD().toString());
    if (nativePlatform()) {
      // auto: the jar's own native provider, loaded from the platform's jar it carries
      assertThat(output).contains("(cryptography: AmazonCorrettoCryptoProvider 2.5.0 (native))");
    }
  }

  @Test
  void runsOnTheProviderTheSettingForces() throws Exception {
    for (String mode : nativePlatform() ? List.of("jdk", "native") : List.of("jdk")) {
      String output = saveAndLoadThroughAStore(
          workDir(), StoreKeyPairs.generate(), Map.of("FLOWKIT_CRYPTO_PROVIDER", mode),
          "{\"provider\":\"" + mode + "\"}");

      assertThat(output)
          .contains(mode.equals("jdk")
              ? "(cryptography: the JDK's providers (SunEC, SunJCE))"
              : "(cryptography: AmazonCorrettoCryptoProvider 2.5.0 (native))");
    }
  }

  @Test
  void refusesToStartWithABadKeyAndSaysWhy() throws Exception {
    Path dir = workDir();
    StoreKeyPairs keys = StoreKeyPairs.generate();
    Process store = java(dir, Map.of(
            "PORT", Integer.toString(freePort()),
            "PLATFORM_KEY", keys.platformKeyForStore(),
            "RECEIVER_KEY", keys.receiverPublicKey().toJSONString()),
        "store")
        .redirectErrorStream(true).start();
    String output = new String(store.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(store.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(store.exitValue()).isEqualTo(1);
    assertThat(output).contains("RECEIVER_KEY has no private part");
  }

  /**
   * Runs the jar's store in {@code dir} with the keys (and {@code environment}) in its environment,
   * saves and loads one state with {@code content} through it, stops it, and answers what it printed.
   */
  private static String saveAndLoadThroughAStore(
      Path dir, StoreKeyPairs keys, Map<String, String> environment, String content) throws Exception {
    int port = freePort();
    Path log = dir.resolve("store.log");
    Map<String, String> settings = new HashMap<>(environment);
    settings.put("PORT", Integer.toString(port));
    settings.put("PLATFORM_KEY", keys.platformKeyForStore());
    settings.put("RECEIVER_KEY", keys.receiverKeyForStore());
    Process store = java(dir, settings, "store").redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      StoreClient client = new StoreClient(
          URI.create("http://localhost:" + port + "/api/storage/1"), new PlatformTokens(keys));
      awaitHealthy(client, store, log);
      UUID tenant = UUID.randomUUID();
      PlatformState state = PlatformState.of(tenant, content);

      assertThat(client.save(tenant, state).status()).isEqualTo(204);
      assertThat(client.loadState(tenant, state.id()).orElseThrow().content()).isEqualTo(state.content());
    } finally {
      store.destroy();
      assertThat(store.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    String output = Files.readString(log);
    assertThat(output).contains("flowkit store listening on http://localhost:" + port + "/api/storage/1");
    return output;
  }

  private static boolean nativePlatform() {
    return NativeCryptoJars.classifier(System.getProperty("os.name"), System.getProperty("os.arch"))
        .isPresent();
  }

  private static void awaitHealthy(StoreClient client, Process store, Path log) throws Exception {
    // Bounded wait for start-up (JVM, migrations); the assertion is on health, not on time.
    Await.until("the store to answer its health check (its output: " + log + ")", Duration.ofSeconds(60), () -> {
      if (!store.isAlive()) {
        throw new AssertionError("the store exited: " + Files.readString(log));
      }
      try {
        return client.health().status() == 200;
      } catch (IllegalStateException notYetListening) {
        return false;
      }
    });
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
