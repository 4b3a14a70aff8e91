package io.flowkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;
import io.flowkit.store.FlowStore;
import io.flowkit.store.keys.KeyConfigurationException;
import io.flowkit.store.keys.StoreKeyRing;
import io.flowkit.store.testing.TestDatabases;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FlowkitCliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CliContext context(Map<String, String> environment) {
    return new CliContext(environment, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private int run(Map<String, String> environment, String... args) {
    return FlowkitCli.run(args, context(environment));
  }

  private StoreCommand storeCommand(Map<String, String> environment, String... args) {
    CommandLine line = FlowkitCli.commandLine(context(environment));
    CommandLine.ParseResult parsed = line.parseArgs(args);
    return (StoreCommand) parsed.subcommand().commandSpec().userObject();
  }

  @Test
  void listsItsCommands() {
    assertThat(run(Map.of())).isZero();

    assertThat(out.toString()).contains("keys").contains("store");
  }

  @Test
  void keysAsJsonAreAWorkingPairSetWithTheStoresHalvesAsFlowReturnsThem() throws Exception {
    assertThat(run(Map.of(), "keys", "--format", "json", "--kid", "3f0e5c4e-0a4c-4d39-9c55-8a3b5b0b3c21"))
        .isZero();

    JsonNode json = new ObjectMapper().readTree(out.toString());
    ECKey platformKey = ECKey.parse(json.get("platformKey").textValue());
    ECKey receiverKey = ECKey.parse(json.get("receiverKey").textValue());
    assertThat(platformKey.isPrivate()).isFalse();
    assertThat(receiverKey.isPrivate()).isTrue();
    assertThat(platformKey.getKeyID()).isEqualTo("3f0e5c4e-0a4c-4d39-9c55-8a3b5b0b3c21");
    ECKey platformPair = ECKey.parse(json.get("platform").get("platformKeyPair").toString());
    assertThat(platformPair.toPublicJWK()).isEqualTo(platformKey);
    // The store accepts its halves.
    StoreKeyRing ring = StoreKeyRing.builder()
        .pair(json.get("platformKey").textValue(), json.get("receiverKey").textValue()).build();
    assertThat(ring.receiverKeyIds()).containsExactly("3f0e5c4e-0a4c-4d39-9c55-8a3b5b0b3c21");
  }

  @Test
  void keysAsTextExplainWhichHalfTheStoreKeeps() {
    assertThat(run(Map.of(), "keys")).isZero();

    assertThat(out.toString())
        .contains("POST /api/admin/1/stores")
        .contains("THE STORE KEEPS")
        .contains("PLATFORM_KEY='{")
        .contains("RECEIVER_KEY='{")
        .contains("THE PLATFORM KEEPS");
  }

  @Test
  void keysAsEnvLinesConfigureAStore() {
    assertThat(run(Map.of(), "keys", "--format", "env")).isZero();

    Map<String, String> environment = new HashMap<>();
    for (String line : out.toString().strip().split("\n")) {
      String[] parts = line.split("=", 2);
      environment.put(parts[0], parts[1].substring(1, parts[1].length() - 1));
    }
    assertThat(environment).containsOnlyKeys("PLATFORM_KEY", "RECEIVER_KEY");
    assertThat(FlowStore.builder().settings(environment).build().basePath())
        .isEqualTo("/api/storage/1");
  }

  @Test
  void storeRunsFromTheEnvironmentWithFlagsOverridingIt() throws Exception {
    StoreKeyPairs keys = StoreKeyPairs.generate();
    Map<String, String> environment = Map.of(
        "PLATFORM_KEY", keys.platformKeyForStore(),
        "RECEIVER_KEY", keys.receiverKeyForStore(),
        "DATABASE_URL", TestDatabases.h2InMemory().url(),
        "PORT", "1",
        "FLOWKIT_STORE_BASE_PATH", "/from-environment");

    FlowStore store = storeCommand(environment,
        "store", "--port", "0", "--host", "127.0.0.1", "--base-path", "/from-flag").createStore();
    try {
      store.start();
      assertThat(store.basePath()).isEqualTo("/from-flag");
      UUID tenant = UUID.randomUUID();
      PlatformState state = PlatformState.of(tenant, "{\"cli\":true}");
      StoreClient client = new StoreClient(store.uri(), new PlatformTokens(keys));
      assertThat(client.save(tenant, state).status()).isEqualTo(204);
      assertThat(client.loadState(tenant, state.id()).orElseThrow().content()).isEqualTo(state.content());
    } finally {
      store.close();
    }
  }

  @Test
  void storeReadsKeysAndSettingsFromFiles() throws Exception {
    StoreKeyPairs keys = StoreKeyPairs.generate();
    Path dir = Files.createDirectories(TestDatabases.dataDirectory().resolve("cli-" + UUID.randomUUID()));
    Path platformKey = Files.writeString(dir.resolve("platform-key.json"), keys.platformKeyForStore());
    Path receiverKey = Files.writeString(dir.resolve("receiver-key.json"), keys.receiverKeyForStore());
    Path config = Files.writeString(dir.resolve("store.properties"),
        "DATABASE_URL=" + TestDatabases.h2InMemory().url() + "\nFLOWKIT_STORE_BASE_PATH=/from-file\n");

    FlowStore store = storeCommand(Map.of(), "store", "--config", config.toString(),
        "--platform-key", platformKey.toString(), "--receiver-key", receiverKey.toString(),
        "--port", "0", "--host", "127.0.0.1").createStore();
    try {
      store.start();
      assertThat(store.basePath()).isEqualTo("/from-file");
      UUID tenant = UUID.randomUUID();
      StoreClient client = new StoreClient(store.uri(), new PlatformTokens(keys));
      assertThat(client.save(tenant, PlatformState.of(tenant, "{}")).status()).isEqualTo(204);
    } finally {
      store.close();
    }
  }

  @Test
  void storeStopsAtABadKeyWithAClearMessage() {
    StoreKeyPairs keys = StoreKeyPairs.generate();
    Map<String, String> environment = Map.of(
        "PLATFORM_KEY", keys.platformKeyForStore(),
        "RECEIVER_KEY", keys.receiverPublicKey().toJSONString());

    assertThatThrownBy(() -> storeCommand(environment, "store").createStore())
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessageContaining("RECEIVER_KEY has no private part");
    assertThat(run(environment, "store")).isEqualTo(1);
    assertThat(err.toString()).contains("store: RECEIVER_KEY has no private part");
  }

  @Test
  void unknownFlagsAreUsageErrors() {
    assertThat(run(Map.of(), "store", "--no-such-flag")).isEqualTo(2);
    assertThat(err.toString()).contains("--no-such-flag");
  }
}
