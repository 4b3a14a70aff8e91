package io.flowkit.cli.check.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.cli.check.CheckReport;
import io.flowkit.cli.check.CheckResult;
import io.flowkit.cli.check.Outcome;
import io.flowkit.cli.check.Progress;
import io.flowkit.cli.check.TableReport;
import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.server.FlowServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service check against the example Orders service, over HTTP: Flow would accept all of it. */
class ServiceCheckerTest {

  private static FlowServer server;

  @BeforeAll
  static void start() throws Exception {
    server = FlowServer.builder().port(0)
        .service(new ExampleImplementations().service(Duration.ofSeconds(1))).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ServiceCheckOptions options() {
    return ServiceCheckOptions.of(server.uri(OrdersService.PATH)).withConfiguration(Map.of("API Key", "k-1"));
  }

  @Test
  void theExampleServicePassesEveryCaseWithItsActionsInvoked() {
    CheckReport report = ServiceChecker.check(options().withInvoke(true), Progress.NONE);

    assertThat(report.results()).filteredOn(r -> r.outcome() == Outcome.FAIL).isEmpty();
    assertThat(report.passed()).isTrue();
    assertThat(report.exitStatus()).isZero();
    assertThat(report.results()).extracting(CheckResult::group)
        .contains("describe", "install", "data", "files", "actions");
    assertThat(report.results()).filteredOn(r -> r.group().equals("actions") && r.outcome() == Outcome.PASS)
        .extracting(CheckResult::name).contains("invoke actions/create-order");
    assertThat(report.results()).filteredOn(r -> r.group().equals("describe"))
        .extracting(CheckResult::name).contains("types", "bindings", "actions", "configuration values");
    print(report);
  }

  @Test
  void withoutInvokeTheActionsAreSkippedAndNothingIsCalled() throws Exception {
    ExampleImplementations implementations = new ExampleImplementations();
    try (FlowServer own = FlowServer.builder().port(0).service(implementations.service(Duration.ofSeconds(1))).start()) {
      CheckReport report = ServiceChecker.check(
          ServiceCheckOptions.of(own.uri(OrdersService.PATH)).withConfiguration(Map.of("API Key", "k")), Progress.NONE);

      assertThat(report.passed()).isTrue();
      assertThat(report.results()).filteredOn(r -> r.group().equals("actions"))
          .isNotEmpty().allMatch(r -> r.outcome() == Outcome.SKIP);
      assertThat(implementations.orders.lastRequest.get()).isNull();
    }
  }

  private static void print(CheckReport report) {
    StringWriter text = new StringWriter();
    TableReport.write(report, new PrintWriter(text));
    System.out.println(text);
  }
}
