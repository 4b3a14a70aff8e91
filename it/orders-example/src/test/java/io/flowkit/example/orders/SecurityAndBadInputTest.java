package io.flowkit.example.orders;

import static io.flowkit.example.orders.RunningExample.MAX_BODY_BYTES;
import static io.flowkit.example.orders.RunningExample.PASSWORD_FREE_INPUTS;
import static io.flowkit.example.orders.RunningExample.USERNAME;
import static io.flowkit.example.orders.RunningExample.assertProblem;
import static io.flowkit.example.orders.RunningExample.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.wire.ServiceProblem;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.RawResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP Basic authentication and bad input: every refusal is a {@code ServiceProblem} with the
 * problem-kind header, the right status and no stack trace or secret.
 */
class SecurityAndBadInputTest {

  @TempDir
  static Path receipts;

  static RunningExample example;
  static FlowPlatform platform;

  @BeforeAll
  static void start() throws Exception {
    example = RunningExample.start(receipts);
    platform = example.platform;
  }

  @AfterAll
  static void stop() {
    example.close();
  }

  @Test
  void theRightBasicCredentialsAreAccepted() {
    RawResponse answer = platform.send("POST", "actions/get-order-status", "application/json", PASSWORD_FREE_INPUTS);

    // Past authentication, the call is refused only for what it lacks: the required API Key.
    assertThat(assertProblem(answer, 400).message()).contains("'API Key'");
    assertThat(platform.describe().actions()).hasSize(3);
  }

  @Test
  void aWrongTokenIsA401() {
    FlowPlatform wrongToken = platform.withBasicAuth(USERNAME, "not-the-token");

    RawResponse refused = refusal(wrongToken::describe);

    assertProblem(refused, 401);
    assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic realm="));
  }

  @Test
  void noCredentialsAreA401OnEveryKindOfEndpoint() {
    FlowPlatform anonymous = platform.withBasicAuth(null, null);

    assertProblem(refusal(anonymous::describe), 401);
    assertProblem(anonymous.send("POST", "actions/get-order-status", "application/json", PASSWORD_FREE_INPUTS), 401);
    assertProblem(refusal(() -> anonymous.load("Ticket", null)), 401);
    assertProblem(refusal(() -> anonymous.listFiles("/receipts", null)), 401);
  }

  @Test
  void malformedJsonIsA400() {
    RawResponse refused = platform.send("POST", "actions/create-order", "application/json",
        "{\"inputs\": [".getBytes(StandardCharsets.UTF_8));

    assertThat(assertProblem(refused, 400).message()).startsWith("Malformed JSON at line 1");
  }

  @Test
  void jsonOfTheWrongShapeIsA400() {
    RawResponse refused = platform.send("POST", "data", "application/json",
        "{\"listFilter\": \"everything\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(assertProblem(refused, 400).message()).contains("listFilter");
  }

  @Test
  void aWrongContentTypeIsA415() {
    RawResponse refused = platform.send("POST", "actions/get-order-status", "text/plain", PASSWORD_FREE_INPUTS);

    assertProblem(refused, 415);
  }

  @Test
  void anUploadThatIsNotMultipartIsA415() {
    RawResponse refused = platform.send("POST", "file/content", "application/json", "{}".getBytes(StandardCharsets.UTF_8));

    assertProblem(refused, 415);
  }

  @Test
  void anUnknownActionIsA404() {
    RawResponse refused = platform.send("POST", "actions/cancel-order", "application/json", PASSWORD_FREE_INPUTS);

    ServiceProblem problem = assertProblem(refused, 404);
    assertThat(problem.message()).contains("'actions/cancel-order'");
  }

  @Test
  void anUnknownTableIsA400() {
    RawResponse refused = refusal(() -> platform.load("Invoice", null));

    assertThat(assertProblem(refused, 400).message()).contains("Invoice");
  }

  @Test
  void anOversizedBodyIsA413() {
    String padding = "x".repeat((int) MAX_BODY_BYTES);
    byte[] body = ("{\"inputs\":[],\"annotations\":{\"padding\":\"" + padding + "\"}}").getBytes(StandardCharsets.UTF_8);

    RawResponse refused = platform.send("POST", "actions/get-order-status", "application/json", body);

    assertProblem(refused, 413);
  }
}
