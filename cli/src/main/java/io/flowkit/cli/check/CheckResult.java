package io.flowkit.cli.check;

import java.util.Objects;

/**
 * One case of a check.
 *
 * @param group what part of the endpoint it is about, e.g. {@code describe} or {@code rejections}
 * @param name what was checked, e.g. {@code type 'Order': name is unique}
 * @param outcome how it ended
 * @param rule the protocol rule it comes from, e.g. {@code service API §5.19}
 * @param detail what was found (empty when it passed as expected)
 */
public record CheckResult(String group, String name, Outcome outcome, String rule, String detail) {

  /** Checks every part is present. */
  public CheckResult {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    rule = rule == null ? "" : rule;
    detail = detail == null ? "" : detail;
  }

  /** The severity of the outcome: {@code error}, {@code warning} or {@code none}. */
  public String severity() {
    return outcome.severity();
  }
}
