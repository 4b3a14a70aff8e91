package io.flowkit.codegen.diagnostics;

/** How bad a {@link Diagnostic} is: errors fail the build, warnings only with {@code failOnWarning}. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed in the message, as javac prints it. */
  public String label() {
    return label;
  }
}
