package io.flowkit.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;

/**
 * What a command reads and writes besides its arguments, so that tests can run commands with their
 * own environment and capture what they print.
 *
 * @param environment the environment variables
 * @param out standard output
 * @param err standard error
 * @param outIsTerminal whether standard output is a terminal (progress lines are drawn only there)
 */
public record CliContext(
    Map<String, String> environment, PrintWriter out, PrintWriter err, boolean outIsTerminal) {

  /** Checks every part is present. */
  public CliContext {
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** A context whose output is not a terminal (a file, a pipe, a test's writer). */
  public CliContext(Map<String, String> environment, PrintWriter out, PrintWriter err) {
    this(environment, out, err, false);
  }
}
