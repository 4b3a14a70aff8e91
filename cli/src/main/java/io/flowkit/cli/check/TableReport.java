package io.flowkit.cli.check;

import java.io.PrintWriter;
import java.util.List;

/**
 * The report as a table for people: one row per case (outcome, group, case, rule), what was found
 * indented under rows that have something to say, then the summary line.
 */
public final class TableReport {

  private TableReport() {}

  /** Writes {@code report} to {@code out}. */
  public static void write(CheckReport report, PrintWriter out) {
    List<CheckResult> results = report.results();
    int groupWidth = width(results.stream().map(CheckResult::group).toList(), "GROUP");
    int nameWidth = Math.min(72, width(results.stream().map(CheckResult::name).toList(), "CASE"));
    out.println("flowkit check " + report.kind() + " " + report.target());
    out.println();
    String format = "%-6s %-" + groupWidth + "s %-" + nameWidth + "s %s%n";
    out.printf(format, "RESULT", "GROUP", "CASE", "RULE");
    for (CheckResult result : results) {
      out.printf(format, result.outcome(), result.group(), cut(result.name(), nameWidth), result.rule());
      if (!result.detail().isEmpty()) {
        out.println("       " + " ".repeat(groupWidth + 1) + "→ " + result.detail());
      }
    }
    out.println();
    out.println((report.passed() ? "PASSED: " : "FAILED: ") + report.summary() + " in "
        + report.elapsed().toMillis() + " ms");
    out.flush();
  }

  private static int width(List<String> values, String heading) {
    return Math.max(heading.length(), values.stream().mapToInt(String::length).max().orElse(0));
  }

  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
