package io.flowkit.cli.check.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.flowkit.cli.check.CheckReport;
import io.flowkit.cli.check.CheckResult;
import io.flowkit.cli.check.CheckRun;
import io.flowkit.cli.check.Outcome;
import io.flowkit.cli.check.Progress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The describe rules on their own, without HTTP. */
class DescribeValidatorTest {

  private static CheckReport validate(String describe) throws Exception {
    CheckRun run = new CheckRun("service", "test", Progress.NONE);
    DescribeValidator.validate(JsonMapper.builder().build().readTree(describe), run);
    return run.finish();
  }

  private static List<String> lines(CheckReport report) {
    return report.results().stream().map(r -> r.outcome() + " " + r.name() + " | " + r.rule()).toList();
  }

  @Test
  void aSoundDescribePassesEachPart() throws Exception {
    CheckReport report = validate("""
        {"providesLogic": true, "providesDatabase": true,
         "configurationValues": [{"developerName": "Key", "contentType": "ContentPassword"}],
         "actions": [{"developerName": "Get", "uriPart": "actions/get",
           "serviceInputs": [{"developerName": "file", "contentType": "ContentObject", "typeElementDeveloperName": "$File"}],
           "serviceOutputs": [{"developerName": "order", "contentType": "ContentObject", "typeElementDeveloperName": "Order"}],
           "serviceActionOutcomes": [{"id": "6f1c1d2e-8a5b-4c1a-9d2e-3b4c5d6e7f80", "developerName": "Found"}]}],
         "install": {"typeElements": [{"developerName": "Order", "elementType": "TYPE",
           "properties": [{"developerName": "Id", "contentType": "ContentString"},
                          {"developerName": "Lines", "contentType": "ContentList", "typeElementDeveloperName": "Order"}],
           "bindings": [{"developerName": "orders", "databaseTableName": "orders",
             "propertyBindings": [{"typeElementPropertyDeveloperName": "Id", "databaseFieldName": "id"}]}]}]}}
        """);

    assertThat(lines(report)).containsExactly(
        "PASS answer | service API §5.2",
        "PASS configuration values | service API §5.3",
        "PASS actions | service API §5.4",
        "PASS types | service API §5.19",
        "PASS bindings | service API §5.19");
  }

  @Test
  void contentTypesWrittenInAnotherCaseAreWarnedAboutNotFailed() throws Exception {
    CheckReport report = validate("""
        {"configurationValues": [{"developerName": "Key", "contentType": "contentstring"}]}
        """);

    assertThat(lines(report)).contains(
        "WARN configuration values: configuration value 'Key' writes its content type as Flow does | service API §12 #2");
    assertThat(report.passed()).isTrue();
  }

  @Test
  void twoTypesBoundToOneTableAndADatabaseWithoutBindingsFail() throws Exception {
    assertThat(lines(validate("""
        {"providesDatabase": true, "install": {"typeElements": [
          {"developerName": "A", "properties": [{"developerName": "Id", "contentType": "ContentString"}],
           "bindings": [{"databaseTableName": "t", "propertyBindings": [
             {"typeElementPropertyDeveloperName": "Id", "databaseFieldName": "id"},
             {"typeElementPropertyDeveloperName": "Id", "databaseFieldName": "id"}]}]},
          {"developerName": "B", "properties": [{"developerName": "Id", "contentType": "ContentString"}],
           "bindings": [{"databaseTableName": "t"}]}]}}
        """))).contains(
        "FAIL bindings: type 'B' binding 't' has its own table name | service API §12 #21",
        "FAIL bindings: type 'A' binding 't' field 'id' is bound once | service API §12 #21");

    assertThat(lines(validate("{\"providesDatabase\": true}"))).contains(
        "FAIL bindings: providesDatabase is set only with bindings | service API §5.19");
  }

  @Test
  void aDescribeThatIsNotAnObjectIsOneFailure() throws Exception {
    CheckReport report = validate("[1, 2]");

    assertThat(report.results()).extracting(CheckResult::outcome).containsExactly(Outcome.FAIL);
    assertThat(report.results().get(0).detail()).isEqualTo("the answer is array");
  }
}
