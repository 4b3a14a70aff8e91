package io.flowkit.cli.check.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.cli.check.CheckReport;
import io.flowkit.cli.check.CheckResult;
import io.flowkit.cli.check.Outcome;
import io.flowkit.cli.check.Progress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service check against deliberately broken services over HTTP: each problem is found. */
class BrokenServiceTest {

  private static final String BROKEN_DESCRIBE = """
      {"providesLogic": false, "providesDatabase": true, "providesFiles": "yes",
       "configurationValues": [
         {"developerName": "API Key", "contentType": "ContentPassword"},
         {"developerName": "API Key", "contentType": "ContentString"}],
       "actions": [
         {"developerName": "Create", "uriPart": "actions/create",
          "serviceInputs": [{"developerName": "order", "contentType": "ContentObject", "typeElementDeveloperName": "Missing"}],
          "serviceOutputs": [{"developerName": "id", "contentType": "ContentText"}],
          "serviceActionOutcomes": [{"id": "not-a-uuid", "developerName": "Done"}]},
         {"developerName": "Create again", "uriPart": "actions/create"}],
       "install": {"typeElements": [
         {"developerName": "Order", "elementType": "TYPE",
          "properties": [{"developerName": "Id", "contentType": "ContentString"}, {"contentType": "ContentString"}],
          "bindings": [{"developerName": "orders", "databaseTableName": "orders",
            "propertyBindings": [{"typeElementPropertyDeveloperName": "Total", "databaseFieldName": "total"}]}]},
         {"developerName": "Order", "properties": [{"developerName": "Id", "contentType": "ContentString"}]},
         {"developerName": "$File", "properties": [{"developerName": "Name", "contentType": "ContentString"}]}]}}
      """;

  @Test
  void eachProblemOfABrokenDescribeIsAFindingWithItsRule() throws Exception {
    try (FakeService service = new FakeService()) {
      service.json("POST", "metadata", BROKEN_DESCRIBE);

      CheckReport report = ServiceChecker.check(ServiceCheckOptions.of(service.uri()), Progress.NONE);

      assertThat(report.passed()).isFalse();
      assertThat(report.exitStatus()).isEqualTo(1);
      assertThat(failures(report)).contains(
          "describe: answer: providesFiles is a boolean | service API §5.2",
          "describe: configuration values: configuration value 'API Key' is named once | service API §5.3",
          "describe: actions: providesLogic is set when there are actions | service API §12 #12",
          "describe: actions: action 'Create again' has its own uriPart | service API §5.4",
          "describe: actions: action 'Create' input 'order' refers to a type Flow will have | service API §12 #10",
          "describe: actions: action 'Create' output 'id' has a Flow content type | service API §6",
          "describe: actions: action 'Create' outcome 'Done' has a UUID id | service API §5.4",
          "describe: types: type 'Order' is named once | service API §5.19",
          "describe: types: type 'Order' property has a developerName | service API §5.19",
          "describe: types: type '$File' does not take a system type's name | service API §7",
          "describe: bindings: type 'Order' binding 'orders' binds properties of its type | service API §5.19");
      assertThat(report.results()).filteredOn(r -> r.outcome() == Outcome.FAIL)
          .allMatch(r -> r.severity().equals("error") && !r.detail().isEmpty());
      // the parts with problems get no passed row
      assertThat(report.results()).filteredOn(r -> r.outcome() == Outcome.PASS)
          .extracting(CheckResult::name).doesNotContain("types", "actions", "bindings");
    }
  }

  /** JSON between systems is UTF-8 (RFC 8259 8.1); Jackson alone would read this describe. */
  @Test
  void aDescribeThatIsNotUtf8StopsTheCheck() throws Exception {
    try (FakeService service = new FakeService()) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes("{\"providesLogic\":false,\"configurationValues\":[],\"actions\":[],\"culture\":\"x".getBytes(StandardCharsets.UTF_8));
      body.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
      body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
      service.answer("POST", "metadata", 200, "application/json", body.toByteArray());

      CheckReport report = ServiceChecker.check(ServiceCheckOptions.of(service.uri()), Progress.NONE);

      assertThat(failures(report)).contains("describe: POST /metadata answers a describe | service API §3");
      assertThat(report.results()).filteredOn(r -> r.outcome() == Outcome.FAIL)
          .anyMatch(r -> r.detail().contains("not UTF-8") && r.detail().contains("Not valid UTF-8 at byte 73"));
      assertThat(report.results()).filteredOn(r -> r.outcome() == Outcome.SKIP)
          .extracting(CheckResult::name).containsExactly("everything after describe");
    }
  }

  @Test
  void aDescribeThatIsNotJsonStopsTheCheck() throws Exception {
    try (FakeService service = new FakeService()) {
      service.answer("POST", "metadata", 200, "text/html", "<html>login</html>");

      CheckReport report = ServiceChecker.check(ServiceCheckOptions.of(service.uri()), Progress.NONE);

      assertThat(failures(report)).contains(
          "describe: POST /metadata answers a describe: answers application/json | service API §3",
          "describe: POST /metadata answers a describe | service API §3");
      assertThat(report.results()).filteredOn(r -> r.outcome() == Outcome.SKIP)
          .extracting(CheckResult::name).containsExactly("everything after describe");
    }
  }

  @Test
  void aFailingDescribeIsReportedWithTheServicesProblemMessage() throws Exception {
    try (FakeService service = new FakeService()) {
      service.answer("POST", "metadata", 500, "application/json", "{\"kind\":\"service\",\"message\":\"boom\"}");

      CheckReport report = ServiceChecker.check(ServiceCheckOptions.of(service.uri()), Progress.NONE);

      assertThat(report.results().get(0).outcome()).isEqualTo(Outcome.FAIL);
      assertThat(report.results().get(0).detail()).isEqualTo("HTTP 500: boom");
    }
  }

  @Test
  void brokenProbesAreFoundLoadsFilesAndActions() throws Exception {
    try (FakeService service = new FakeService()) {
      service.json("POST", "metadata", """
          {"providesLogic": true, "providesDatabase": true, "providesFiles": true,
           "actions": [
             {"developerName": "Echo", "uriPart": "actions/echo",
              "serviceInputs": [{"developerName": "text", "contentType": "ContentString"}],
              "serviceOutputs": [{"developerName": "text", "contentType": "ContentString"}]},
             {"developerName": "Crash", "uriPart": "actions/crash"},
             {"developerName": "Refuse", "uriPart": "actions/refuse"}],
           "install": {"typeElements": [
             {"developerName": "Order", "properties": [{"developerName": "Id", "contentType": "ContentString"}],
              "bindings": [{"developerName": "orders", "databaseTableName": "orders",
                "propertyBindings": [{"typeElementPropertyDeveloperName": "Id", "databaseFieldName": "id"}]}]}]}}
          """)
          .json("POST", "data", """
              {"objectData": [
                 {"developerName": "orders", "externalId": "", "properties": [{"developerName": "id", "contentValue": "1"}]},
                 {"developerName": "orders", "externalId": "2", "properties": []}],
               "hasMoreResults": "no"}
              """)
          .json("POST", "file", "{\"objectData\": [{\"developerName\": \"File\", \"externalId\": \"f1\"}]}")
          .json("POST", "actions/echo", """
              {"invokeType": "FORWARD", "token": "not the token", "outputs": [{"developerName": "surprise", "contentType": "ContentString"}]}
              """)
          .answer("POST", "actions/crash", 500, "text/plain", "NullPointerException")
          .answer("POST", "actions/refuse", 422, "application/json", "{\"kind\":\"service\",\"message\":\"no such order\"}");

      CheckReport report = ServiceChecker.check(
          ServiceCheckOptions.of(service.uri()).withInvoke(true).withConfiguration(Map.of("Unknown", "x")),
          Progress.NONE);

      assertThat(failures(report)).as(details(report)).contains(
          "data: load one page of 'orders': hasMoreResults is a boolean | service API §12 #22",
          "data: load one page of 'orders': objects have ids and typed properties | service API §12 #14",
          "files: list files: $File objects with ids | service API §12 #27",
          "actions: invoke actions/echo: token and tenantId are echoed | service API §12 #15",
          "actions: invoke actions/echo: outputs are the declared ones | service API §12 #17",
          "actions: invoke actions/crash | service API §3.3");
      assertThat(warnings(report)).contains(
          "install: POST /metadata/install answers the types to install | service API §12 #9",
          "describe: GET /metadata answers too | service API §12 #8",
          "describe: configuration value 'Unknown' is one the service defines | service API §5.3",
          "actions: invoke actions/refuse | service API §9");
      assertThat(report.results()).filteredOn(r -> r.name().equals("invoke actions/refuse"))
          .extracting(CheckResult::detail).first().asString().contains("HTTP 422").contains("no such order");
      // the echo probe sent the declared input
      assertThat(service.calls).anyMatch(call -> call.startsWith("POST /svc/actions/echo"));
    }
  }

  @Test
  void aServiceThatAnswersWithoutTheBasicCredentialsIsWarnedAbout() throws Exception {
    try (FakeService service = new FakeService()) {
      service.json("POST", "metadata", "{\"providesLogic\": false}");

      CheckReport report = ServiceChecker.check(
          ServiceCheckOptions.of(service.uri()).withBasic("account", "token"), Progress.NONE);

      assertThat(warnings(report)).contains(
          "describe: calls without the Basic credentials are refused | service API §12 #33");
      assertThat(service.calls).contains("POST /svc/metadata Basic YWNjb3VudDp0b2tlbg==", "POST /svc/metadata null");
    }
  }

  @Test
  void aRequiredConfigurationValueNotGivenIsWarnedAbout() throws Exception {
    try (FakeService service = new FakeService()) {
      service.json("POST", "metadata", """
          {"configurationValues": [
             {"developerName": "API Key", "contentType": "ContentPassword", "isRequired": true},
             {"developerName": "Region", "contentType": "ContentString", "required": true},
             {"developerName": "Debug", "contentType": "ContentBoolean", "isRequired": false}]}
          """);

      CheckReport report = ServiceChecker.check(
          ServiceCheckOptions.of(service.uri()).withConfiguration(Map.of("Region", "eu")), Progress.NONE);

      assertThat(warnings(report)).contains(
          "describe: required configuration value 'API Key' is given | service API §5.3")
          .noneMatch(line -> line.contains("'Region'") || line.contains("'Debug'"));
    }
  }

  /** Every finding with its detail, for a failure message. */
  private static String details(CheckReport report) {
    StringBuilder text = new StringBuilder("findings:");
    report.results().stream().filter(r -> r.outcome() != Outcome.PASS)
        .forEach(r -> text.append("\n  ").append(r.outcome()).append(' ').append(r.group()).append(": ")
            .append(r.name()).append(" — ").append(r.detail()));
    return text.toString();
  }

    private static List<String> failures(CheckReport report) {
    return lines(report, Outcome.FAIL);
  }

  private static List<String> warnings(CheckReport report) {
    return lines(report, Outcome.WARN);
  }

  private static List<String> lines(CheckReport report, Outcome outcome) {
    return report.results().stream().filter(r -> r.outcome() == outcome)
        .map(r -> r.group() + ": " + r.name() + " | " + r.rule()).toList();
  }
}
