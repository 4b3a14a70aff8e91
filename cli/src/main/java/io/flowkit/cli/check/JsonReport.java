package io.flowkit.cli.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/**
 * The report as JSON for scripts: {@code kind}, {@code target}, {@code passed}, {@code summary}
 * counts, {@code elapsedMillis} and {@code results} (each with {@code group}, {@code name}, {@code
 * outcome}, {@code severity}, {@code rule} and {@code detail}).
 */
public final class JsonReport {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private JsonReport() {}

  /** The report as a JSON tree. */
  public static ObjectNode tree(CheckReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("kind", report.kind());
    root.put("target", report.target());
    root.put("passed", report.passed());
    ObjectNode summary = root.putObject("summary");
    summary.put("cases", report.results().size());
    for (Outcome outcome : Outcome.values()) {
      summary.put(outcome.name().toLowerCase(java.util.Locale.ROOT), report.count(outcome));
    }
    root.put("elapsedMillis", report.elapsed().toMillis());
    ArrayNode results = root.putArray("results");
    for (CheckResult result : report.results()) {
      ObjectNode node = results.addObject();
      node.put("group", result.group());
      node.put("name", result.name());
      node.put("outcome", result.outcome().name());
      node.put("severity", result.severity());
      node.put("rule", result.rule());
      node.put("detail", result.detail());
    }
    return root;
  }

  /** Writes {@code report} to {@code out}. */
  public static void write(CheckReport report, PrintWriter out) {
    try {
      out.println(JSON.writeValueAsString(tree(report)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
    out.flush();
  }
}
