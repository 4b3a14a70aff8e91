package io.flowkit.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The three ways a report is written, and the progress line. */
class ReportsTest {

  private static final CheckReport REPORT = new CheckReport("store", "http://localhost:8080/api/storage/1", List.of(
      new CheckResult("basics", "GET /health answers 200", Outcome.PASS, "storage API §4", ""),
      new CheckResult("rejections", "refuses wrong path claim: 401", Outcome.FAIL, "storage API §5.2",
          "answered HTTP 204 & stored <it>"),
      new CheckResult("rejections", "refuses tampered ciphertext", Outcome.WARN, "storage API §6.3", "HTTP 500"),
      new CheckResult("round trips", "load", Outcome.SKIP, "storage API §7", "not saved")),
      Duration.ofMillis(1234));

  @Test
  void theTableHasARowPerCaseWithWhatWasFoundAndTheSummary() {
    StringWriter text = new StringWriter();
    TableReport.write(REPORT, new PrintWriter(text));

    assertThat(text.toString())
        .startsWith("flowkit check store http://localhost:8080/api/storage/1")
        .containsPattern("FAIL +rejections +refuses wrong path claim: 401 +storage API §5.2")
        .contains("→ answered HTTP 204 & stored <it>")
        .contains("FAILED: 4 cases: 1 passed, 1 failed, 1 warnings, 1 skipped in 1234 ms")
        .doesNotContain("\u001b");
  }

  @Test
  void jsonCarriesOutcomeSeverityRuleAndCounts() {
    JsonNode json = JsonReport.tree(REPORT);

    assertThat(json.path("passed").booleanValue()).isFalse();
    assertThat(json.path("summary").path("fail").intValue()).isEqualTo(1);
    assertThat(json.path("summary").path("cases").intValue()).isEqualTo(4);
    JsonNode failure = json.path("results").get(1);
    assertThat(failure.path("outcome").textValue()).isEqualTo("FAIL");
    assertThat(failure.path("severity").textValue()).isEqualTo("error");
    assertThat(failure.path("rule").textValue()).isEqualTo("storage API §5.2");
    assertThat(json.path("results").get(2).path("severity").textValue()).isEqualTo("warning");
  }

  @Test
  void junitXmlHasATestcasePerCaseWithFailuresAndSkips() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JUnitReport.write(REPORT, bytes);

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(bytes.toByteArray()));
    Element suite = xml.getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("4");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(4);
    Element failed = (Element) cases.item(1);
    assertThat(failed.getAttribute("classname")).isEqualTo("flowkit.check.store.rejections");
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("storage API §5.2");
    assertThat(failure.getAttribute("message")).isEqualTo("answered HTTP 204 & stored <it>");
    assertThat(((Element) cases.item(3)).getElementsByTagName("skipped").getLength()).isEqualTo(1);
    assertThat(((Element) cases.item(2)).getElementsByTagName("system-out").item(0).getTextContent())
        .isEqualTo("warning (storage API §6.3): HTTP 500");
  }

  @Test
  void theProgressLineRewritesItselfAndIsErasedAtTheEnd() {
    StringWriter terminal = new StringWriter();
    CheckRun run = new CheckRun("store", "x", new ProgressLine(new PrintWriter(terminal)));
    run.step("GET /health");
    run.pass("basics", "health", "storage API §4");
    run.step("save a new state");
    CheckReport report = run.finish();

    assertThat(terminal.toString()).isEqualTo(
        "\r\u001b[2Kchecking (0 done): GET /health\r\u001b[2Kchecking (1 done): save a new state\r\u001b[2K");
    assertThat(report.exitStatus()).isZero();
  }
}
