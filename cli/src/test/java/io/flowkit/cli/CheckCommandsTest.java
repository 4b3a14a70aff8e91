package io.flowkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.cli.check.service.FakeService;
import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.server.FlowServer;
import io.flowkit.store.FlowStore;
import io.flowkit.store.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowkit check ...} and {@code flowkit platform ...} as commands: options, output, exit status. */
class CheckCommandsTest {

  @TempDir Path directory;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(boolean terminal, String... args) {
    return FlowkitCli.run(args, new CliContext(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), terminal));
  }

  @Test
  void checkServiceAsJsonWithAJUnitReportExitsZeroForTheExampleService() throws Exception {
    try (FlowServer server = FlowServer.builder().port(0)
        .service(new ExampleImplementations().service(Duration.ofSeconds(1))).start()) {
      Path junit = directory.resolve("reports/service.xml");

      int status = run(false, "check", "service", server.uri(OrdersService.PATH).toString(),
          "--config", "API Key=k-1", "--config", "Region=eu", "--invoke", "--format", "json", "--report", junit.toString());

      assertThat(status).as(err.toString()).isZero();
      JsonNode json = new ObjectMapper().readTree(out.toString());
      assertThat(json.path("passed").booleanValue()).isTrue();
      assertThat(json.path("summary").path("fail").intValue()).isZero();
      assertThat(json.path("results").findValuesAsText("name")).contains("invoke actions/create-order");
      assertThat(Files.readString(junit)).contains("<testsuite name=\"flowkit check service ")
          .contains("failures=\"0\"");
    }
  }

  @Test
  void checkServiceExitsOneWhenACaseFails() {
    // nothing listens on port 1: describe fails
    int status = run(false, "check", "service", "http://127.0.0.1:1/fs/none");

    assertThat(status).isEqualTo(1);
    assertThat(out.toString()).contains("FAIL   describe POST /metadata answers a describe")
        .contains("FAILED: 2 cases: 0 passed, 1 failed");
  }

  @Test
  void theProgressLineIsDrawnOnlyOnATerminalAndNeverInJson() {
    run(true, "check", "service", "http://127.0.0.1:1/fs/none");
    assertThat(out.toString()).contains("\r\u001b[2Kchecking (0 done): describe: POST /metadata");

    out.getBuffer().setLength(0);
    run(true, "check", "service", "http://127.0.0.1:1/fs/none", "--format", "json");
    assertThat(out.toString()).doesNotContain("\u001b").startsWith("{");

    out.getBuffer().setLength(0);
    run(false, "check", "service", "http://127.0.0.1:1/fs/none");
    assertThat(out.toString()).doesNotContain("\u001b");
  }

  @Test
  void checkStoreReadsTheKeysDocumentFlowkitKeysWrites() throws Exception {
    assertThat(run(false, "keys", "--format", "json")).isZero();
    Path keys = Files.writeString(directory.resolve("keys.json"), out.toString());
    JsonNode document = new ObjectMapper().readTree(out.toString());
    // the store gets the halves Flow gives it; the check the platform's, from the same document
    try (FlowStore store = FlowStore.builder().database(TestDatabases.h2InMemory())
        .addKeys(ring -> ring.platformKey("platformKey", document.path("platformKey").textValue())
            .receiverKey("receiverKey", document.path("receiverKey").textValue()))
        .host("127.0.0.1").port(0).build().start()) {
      out.getBuffer().setLength(0);

      int status = run(false, "check", "store", store.uri().toString(),
          "--platform-key-private", keys.toString(), "--receiver-key-public", keys.toString());

      assertThat(status).as(out + "" + err).isZero();
      assertThat(out.toString()).contains("PASS   rejections  refuses wrong path claim: 401").contains("PASSED: ");
    }
  }

  @Test
  void checkStoreNeedsThePlatformsPrivateHalf() throws Exception {
    assertThat(run(false, "keys", "--format", "json")).isZero();
    JsonNode document = new ObjectMapper().readTree(out.toString());
    Path publicOnly = Files.writeString(directory.resolve("platform.jwk"), document.path("platformKey").textValue());

    int status = run(false, "check", "store", "http://127.0.0.1:1/api/storage/1",
        "--platform-key-private", publicOnly.toString(), "--receiver-key-public", publicOnly.toString());

    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("holds the platform key's public half only");
  }

  @Test
  void platformCreateStorePrintsWhatFlowAnswersAndKeepsThePlatformsHalves() throws Exception {
    Path platform = directory.resolve("platform");

    int status = run(false, "platform", "create-store", "--dir", platform.toString(),
        "--name", "local", "--endpoint", "http://localhost:8080/api/storage/1");

    assertThat(status).isZero();
    JsonNode created = new ObjectMapper().readTree(out.toString());
    assertThat(created.fieldNames()).toIterable()
        .containsExactly("id", "name", "endpoint", "platformKey", "receiverKey");
    Path folder = platform.resolve(created.path("id").textValue());
    assertThat(folder.resolve("platform-key-pair.jwk")).exists();
    assertThat(folder.resolve("receiver-public-key.jwk")).exists();
    assertThat(err.toString()).contains(folder.resolve("platform-key-pair.jwk").toString());
  }

  @Test
  void basicCredentialsCanComeFromTheEnvironment() throws Exception {
    try (FakeService service = new FakeService()) {
      service.json("POST", "metadata", "{}");

      FlowkitCli.run(new String[] {"check", "service", service.uri().toString()}, new CliContext(
          Map.of("FLOWKIT_CHECK_BASIC", "account:token"), new PrintWriter(out, true), new PrintWriter(err, true)));

      assertThat(service.calls).contains("POST /svc/metadata Basic YWNjb3VudDp0b2tlbg==");
    }
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertThat(run(false, "check", "service", "http://h/x", "--basic", "nocolon")).isEqualTo(2);
    assertThat(err.toString()).contains("--basic takes USER:TOKEN");
    assertThat(run(false, "check", "store", "http://h/api/storage/1")).isEqualTo(2);
    assertThat(err.toString()).contains("--platform-key-private");
    assertThat(run(false, "platform", "create-store", "--name", "x", "--endpoint", "http://example.com/s",
        "--dir", directory.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("must support HTTPS");
  }
}
