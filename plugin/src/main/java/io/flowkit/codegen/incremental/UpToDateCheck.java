package io.flowkit.codegen.incremental;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a previous run's outputs are still exactly what a new run would produce.
 *
 * <p>The inputs checked are those the previous run recorded. That is sound: which files a run
 * reads is itself decided by the bytes of the descriptors (whose list is part of the configuration)
 * and of the profiles they reach, so if none of those bytes changed, the same files would be read.
 * It is also what keeps the check cheap: nothing is parsed. A file whose size and time are as
 * recorded is not even read (see {@link FileStamp}); any other is hashed, and its SHA-256 decides.
 */
public final class UpToDateCheck {

  private UpToDateCheck() {}

  /**
   * The outcome of a check.
   *
   * @param staleReason why a new run is needed; {@code null} when the previous one is still valid
   * @param refreshed when up to date but some files had to be hashed (they were touched, or too
   *     recent to trust): the state with their current stamps, worth storing so that the next
   *     check need not hash them again; otherwise {@code null}
   */
  public record Verdict(String staleReason, BuildState refreshed) {

    static Verdict stale(String reason) {
      return new Verdict(reason, null);
    }

    public boolean upToDate() {
      return staleReason == null;
    }
  }

  /**
   * @param previous the stored state, if any
   * @param stateWritten when that state was written (see {@link BuildStateStore#lastWritten()})
   * @param configuration the current {@link ConfigurationDigest}
   */
  public static Verdict check(
      Optional<BuildState> previous, long stateWritten, String configuration, Path baseDirectory,
      Path outputDirectory) throws IOException {
    if (previous.isEmpty()) {
      return Verdict.stale("no previous generation");
    }
    BuildState state = previous.get();
    if (!state.complete()) {
      return Verdict.stale("the previous generation did not complete");
    }
    if (!state.configuration().equals(configuration)) {
      return Verdict.stale("the configuration, the descriptor list or the plugin changed");
    }
    boolean hashed = false;
    List<BuildState.Input> inputs = new ArrayList<>(state.inputs().size());
    for (BuildState.Input input : state.inputs()) {
      Path file = RelativePaths.resolve(baseDirectory, input.path());
      FileStamp stamp = FileStamp.of(file);
      if (stamp.provesUnchanged(input.size(), input.modified(), stateWritten)
          || (!stamp.exists() && input.sha256().equals(BuildState.Input.MISSING))) {
        inputs.add(input);
        continue;
      }
      String now = stamp.exists() ? Sha256.ofFile(file) : BuildState.Input.MISSING;
      if (!now.equals(input.sha256())) {
        return Verdict.stale(input.path() + (stamp.exists() ? " changed" : " was deleted"));
      }
      hashed = true;
      inputs.add(new BuildState.Input(input.path(), now, stamp.size(), stamp.modified()));
    }
    Path root = outputDirectory.toAbsolutePath().normalize();
    List<BuildState.Output> outputs = new ArrayList<>(state.outputs().size());
    for (BuildState.Output output : state.outputs()) {
      Path file = root.resolve(output.path()).normalize();
      FileStamp stamp = FileStamp.of(file);
      if (!stamp.exists()) {
        return Verdict.stale("generated " + output.path() + " was deleted");
      }
      if (stamp.provesUnchanged(output.size(), output.modified(), stateWritten)) {
        outputs.add(output);
        continue;
      }
      if (stamp.size() != output.size() || !Sha256.ofFile(file).equals(output.sha256())) {
        return Verdict.stale("generated " + output.path() + " was modified");
      }
      hashed = true;
      outputs.add(new BuildState.Output(output.path(), output.sha256(), stamp.size(), stamp.modified()));
    }
    BuildState refreshed =
        hashed
            ? new BuildState(state.format(), true, state.configuration(), state.services(), inputs, outputs,
                state.warnings())
            : null;
    return new Verdict(null, refreshed);
  }
}
