package io.flowkit.cli.check;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * All the cases of one check.
 *
 * @param kind {@code service} or {@code store}
 * @param target the URL checked
 * @param results the cases, in the order they ran
 * @param elapsed how long the check took
 */
public record CheckReport(String kind, String target, List<CheckResult> results, Duration elapsed) {

  /** Copies the results. */
  public CheckReport {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    results = List.copyOf(results);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** How many cases ended with {@code outcome}. */
  public long count(Outcome outcome) {
    return results.stream().filter(result -> result.outcome() == outcome).count();
  }

  /** Whether no case failed (warnings and skipped cases do not fail a check). */
  public boolean passed() {
    return count(Outcome.FAIL) == 0;
  }

  /** The process exit status: 0 only when nothing failed. */
  public int exitStatus() {
    return passed() ? 0 : 1;
  }

  /** One line: {@code 14 cases: 13 passed, 1 failed, 0 warnings, 0 skipped}. */
  public String summary() {
    return results.size() + " cases: " + count(Outcome.PASS) + " passed, " + count(Outcome.FAIL)
        + " failed, " + count(Outcome.WARN) + " warnings, " + count(Outcome.SKIP) + " skipped";
  }
}
