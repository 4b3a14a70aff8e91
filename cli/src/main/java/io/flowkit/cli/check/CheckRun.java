package io.flowkit.cli.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Records the cases of a check as they end, telling {@link Progress} what is going on. */
public final class CheckRun {

  private final String kind;
  private final String target;
  private final Progress progress;
  private final long started = System.nanoTime();
  private final List<CheckResult> results = new ArrayList<>();

  /** A check of {@code kind} ({@code service}, {@code store}) against {@code target}. */
  public CheckRun(String kind, String target, Progress progress) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.target = Objects.requireNonNull(target, "target");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Says what the check does next. */
  public void step(String what) {
    progress.step(results.size(), what);
  }

  /** Records a case. */
  public CheckResult record(String group, String name, Outcome outcome, String rule, String detail) {
    CheckResult result = new CheckResult(group, name, outcome, rule, detail);
    results.add(result);
    return result;
  }

  public CheckResult pass(String group, String name, String rule) {
    return record(group, name, Outcome.PASS, rule, "");
  }

  public CheckResult pass(String group, String name, String rule, String detail) {
    return record(group, name, Outcome.PASS, rule, detail);
  }

  public CheckResult fail(String group, String name, String rule, String detail) {
    return record(group, name, Outcome.FAIL, rule, detail);
  }

  public CheckResult warn(String group, String name, String rule, String detail) {
    return record(group, name, Outcome.WARN, rule, detail);
  }

  public CheckResult skip(String group, String name, String rule, String detail) {
    return record(group, name, Outcome.SKIP, rule, detail);
  }

  /** The cases recorded so far. */
  public List<CheckResult> results() {
    return List.copyOf(results);
  }

  /** Whether any case of {@code group} recorded so far failed. */
  public boolean failedIn(String group) {
    return results.stream().anyMatch(r -> r.group().equals(group) && r.outcome() == Outcome.FAIL);
  }

  /** The report of what was recorded; ends the progress line. */
  public CheckReport finish() {
    progress.finished();
    return new CheckReport(kind, target, results, Duration.ofNanos(System.nanoTime() - started));
  }
}
