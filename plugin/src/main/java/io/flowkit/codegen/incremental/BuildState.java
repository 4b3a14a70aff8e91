package io.flowkit.codegen.incremental;

import java.util.List;

/**
 * What one generation run recorded about itself, stored under the build directory (see {@link
 * BuildStateStore}).
 *
 * @param format the cache format; a state of another format is ignored as if absent
 * @param complete {@code false} while a run is under way or after it failed: such a state never
 *     makes a run up to date, it only keeps the manifest so that stale outputs can still be deleted
 * @param configuration digest of the effective configuration, see {@link ConfigurationDigest}
 * @param services how many services the run generated, for the up-to-date message
 * @param inputs every input file with its digest, sorted by path
 * @param outputs the manifest: every file the run wrote or found already correct, sorted by path
 * @param warnings the warnings of the run, reported again when a later run is up to date
 */
public record BuildState(
    int format,
    boolean complete,
    String configuration,
    int services,
    List<Input> inputs,
    List<Output> outputs,
    List<Warning> warnings) {

  /** Bumped whenever the meaning or layout of the stored state changes. */
  public static final int FORMAT = 1;

  public BuildState {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** This state, marked as belonging to a run that has not (yet) succeeded, with the given manifest. */
  public BuildState incomplete(List<Output> manifest) {
    return new BuildState(format, false, configuration, services, inputs, manifest, List.of());
  }

  /**
   * An input file.
   *
   * @param path relative to the project's base directory, {@code /}-separated
   * @param sha256 its digest, or {@link #MISSING} when the file did not exist
   * @param size its length in bytes when it was hashed ({@code -1} when missing)
   * @param modified its modification time in nanoseconds since the epoch when it was hashed
   */
  public record Input(String path, String sha256, long size, long modified) {
    public static final String MISSING = "missing";
  }

  /**
   * A generated file as it was left on disk.
   *
   * @param path relative to the output directory, {@code /}-separated
   * @param sha256 digest of its bytes
   * @param size its length in bytes
   * @param modified its modification time in nanoseconds since the epoch
   */
  public record Output(String path, String sha256, long size, long modified) {}

  /**
   * A warning of the run.
   *
   * @param file relative to the project's base directory, {@code /}-separated; {@code null} if unknown
   */
  public record Warning(String file, int line, int column, String pointer, String message) {}
}
