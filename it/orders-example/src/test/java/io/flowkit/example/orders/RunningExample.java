package io.flowkit.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.example.orders.actions.BackendKey;
import io.flowkit.example.orders.flow.OrdersService;
import io.flowkit.runtime.server.FlowServer;
import io.flowkit.runtime.server.ServerLimits;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.ServiceProblem;
import io.flowkit.testkit.CallbackReceiver;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.PlatformValues;
import io.flowkit.testkit.RawResponse;
import io.flowkit.testkit.ServiceCallException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The example service served by {@link FlowServer} on an ephemeral port, with HTTP Basic
 * authentication, and a {@link FlowPlatform} that calls it as Flow does (credentials, tenant,
 * configuration values, a {@link CallbackReceiver} for WAIT callbacks).
 */
final class RunningExample implements AutoCloseable {

  static final String USERNAME = "integration-account";
  static final String TOKEN = "shared-web-server-token";
  static final String API_KEY = "api-key-that-must-never-show";
  static final String TENANT = "7f1c2b1e-9a3d-4c55-8e0f-2b7d9e6a1c40";
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final long MAX_RECEIPT_BYTES = 64 * 1024;
  static final long MAX_BODY_BYTES = 256 * 1024;

  /** The configuration values Flow sends with every call: every one the service defines. */
  static final List<EngineValue> CONFIGURATION = PlatformValues.create()
      .password("API Key", API_KEY)
      .string("Region", "eu-west-1")
      .bool("Sandbox", false)
      .number("Max Lines", new BigDecimal("5"))
      .dateTime("Cut-off", Instant.parse("2026-01-01T16:00:00Z").atOffset(ZoneOffset.UTC))
      .build();

  /** A well-formed message action request without configuration values or inputs, for raw sends. */
  static final byte[] PASSWORD_FREE_INPUTS = "{\"inputs\":[]}".getBytes(StandardCharsets.UTF_8);

  final FlowServer server;
  final CallbackReceiver callbacks;
  final FlowPlatform platform;

  private RunningExample(FlowServer server, CallbackReceiver callbacks, FlowPlatform platform) {
    this.server = server;
    this.callbacks = callbacks;
    this.platform = platform;
  }

  /** With HTTP Basic, as a Flow connector configured with an account id and token calls it. */
  static RunningExample start(Path receipts) throws Exception {
    return start(receipts, true);
  }

  static RunningExample start(Path receipts, boolean basicAuth) throws Exception {
    ExampleService.Settings settings = new ExampleService.Settings(
        BackendKey.accepting(API_KEY), CLOCK, Duration.ofMillis(50), receipts, MAX_RECEIPT_BYTES);
    FlowServer.Builder builder = FlowServer.builder()
        .port(0)
        .service(ExampleService.create(settings))
        .limits(ServerLimits.DEFAULT.withMaxBodyBytes(MAX_BODY_BYTES));
    if (basicAuth) {
      builder.basicAuth(USERNAME, TOKEN);
    }
    FlowServer server = builder.start();
    CallbackReceiver callbacks = CallbackReceiver.start();
    FlowPlatform.Builder platform = FlowPlatform.builder(server.uri(OrdersService.PATH))
        .tenantId(TENANT)
        .configuration(CONFIGURATION)
        .callbacks(callbacks);
    if (basicAuth) {
      platform.basicAuth(USERNAME, TOKEN);
    }
    return new RunningExample(server, callbacks, platform.build());
  }

  @Override
  public void close() {
    server.close();
    callbacks.close();
  }

  /** The answer to a call that must be refused. */
  static RawResponse refusal(Runnable call) {
    try {
      call.run();
    } catch (ServiceCallException e) {
      return e.response();
    }
    throw new AssertionError("The call was not refused");
  }

  /**
   * Asserts an answer is a {@code ServiceProblem} as Flow expects one: the status in the body and the
   * header, a message (with the request id) and nothing that looks like a stack trace or a secret.
   */
  static ServiceProblem assertProblem(RawResponse response, int status) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header(ServiceProblem.KIND_HEADER)).contains("service");
    assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    ServiceProblem problem = response.problem().orElseThrow();
    assertThat(problem.kind()).isEqualTo("service");
    assertThat(problem.statusCode()).isEqualTo(status);
    assertThat(problem.message()).contains("(request id ");
    assertThat(response.bodyText())
        .doesNotContain("Exception", "\tat ", "at io.flowkit", "at org.eclipse")
        .doesNotContain(API_KEY, TOKEN);
    return problem;
  }
}
