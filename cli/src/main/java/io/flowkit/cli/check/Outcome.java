package io.flowkit.cli.check;

/** How one case of a check ended, and how serious that is. */
public enum Outcome {
  /** The endpoint does what the protocol asks. */
  PASS("none"),
  /** The endpoint breaks a rule: Flow would refuse it or fail with it. Fails the check. */
  FAIL("error"),
  /** Allowed, but likely to cause trouble in Flow, or not checkable here. Does not fail the check. */
  WARN("warning"),
  /** Not run: an earlier case failed, or it needs an option (such as {@code --invoke}). */
  SKIP("none");

  private final String severity;

  Outcome(String severity) {
    this.severity = severity;
  }

  /** {@code error}, {@code warning} or {@code none}. */
  public String severity() {
    return severity;
  }
}
