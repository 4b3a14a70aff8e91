package io.flowkit.codegen.generation;

import io.flowkit.codegen.diagnostics.Diagnostic;
import io.flowkit.codegen.diagnostics.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What one {@link Generator} run did.
 *
 * @param outcome whether it was skipped, wrote its output or failed
 * @param diagnostics every problem found, sorted; on an up-to-date run, the warnings of the run it
 *     skipped (so they are not silently lost)
 * @param services how many services were generated (or are up to date)
 * @param written files whose bytes changed, relative to the output directory
 * @param unchanged files regenerated with the same bytes, left untouched
 * @param deleted files an earlier run generated that are no longer produced
 * @param reason why the run regenerated (e.g. {@code src/main/flow/orders.flow.json changed}); empty
 *     when it was up to date
 */
public record GenerationResult(
    Outcome outcome,
    List<Diagnostic> diagnostics,
    int services,
    List<Path> written,
    List<Path> unchanged,
    List<Path> deleted,
    String reason) {

  public GenerationResult {
    diagnostics = List.copyOf(diagnostics);
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    deleted = List.copyOf(deleted);
    reason = reason == null ? "" : reason;
  }

  public enum Outcome {
    /** Nothing changed since the last successful run; nothing was read or written. */
    UP_TO_DATE,
    /** The output directory now holds exactly the generated files. */
    GENERATED,
    /** Errors (or warnings under {@code failOnWarning}) were found; no output file was touched. */
    FAILED
  }

  static GenerationResult failed(List<Diagnostic> diagnostics, String reason) {
    return new GenerationResult(Outcome.FAILED, diagnostics, 0, List.of(), List.of(), List.of(), reason);
  }

  public boolean upToDate() {
    return outcome == Outcome.UP_TO_DATE;
  }

  public boolean failed() {
    return outcome == Outcome.FAILED;
  }

  public long errorCount() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  public long warningCount() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }
}
