package io.flowkit.codegen.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a run, so that a build reports all of them at once. Not thread-safe:
 * one per generation.
 */
public final class Diagnostics {

  private final List<Diagnostic> all = new ArrayList<>();

  public void error(SourceLocation location, String message) {
    all.add(Diagnostic.error(location, message));
  }

  public void warning(SourceLocation location, String message) {
    all.add(Diagnostic.warning(location, message));
  }

  public void add(Diagnostic diagnostic) {
    all.add(diagnostic);
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Every diagnostic, ordered by file, line, column, then message: stable across runs. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(all);
    copy.sort(
        Comparator.comparing((Diagnostic d) -> String.valueOf(d.location().file()))
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::message));
    return List.copyOf(copy);
  }
}
