package io.flowkit.codegen.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Decides whether a previous run's outputs are still exactly what a new run would produce.
 *
 * <p>The inputs checked are those the previous run recorded. That is sound: which files a run
 * reads is itself decided by the bytes of the descriptors (whose list is part of the configuration)
 * and of the profiles they reach, so if none of those bytes changed, the same files would be read.
 * It is also what keeps the check cheap: nothing is parsed, files are only hashed.
 */
public final class UpToDateCheck {

  private UpToDateCheck() {}

  /**
   * Why a new run is needed, or empty when the previous one is still valid.
   *
   * @param previous the stored state, if any
   * @param configuration the current {@link ConfigurationDigest}
   */
  public static Optional<String> staleReason(
      Optional<BuildState> previous, String configuration, Path baseDirectory, Path outputDirectory)
      throws IOException {
    if (previous.isEmpty()) {
      return Optional.of("no previous generation");
    }
    BuildState state = previous.get();
    if (!state.complete()) {
      return Optional.of("the previous generation did not complete");
    }
    if (!state.configuration().equals(configuration)) {
      return Optional.of("the configuration, the descriptor list or the plugin changed");
    }
    for (BuildState.Input input : state.inputs()) {
      Path file = RelativePaths.resolve(baseDirectory, input.path());
      String now = Files.isRegularFile(file) ? Sha256.ofFile(file) : BuildState.Input.MISSING;
      if (!now.equals(input.sha256())) {
        return Optional.of(input.path() + (now.equals(BuildState.Input.MISSING) ? " was deleted" : " changed"));
      }
    }
    Path root = outputDirectory.toAbsolutePath().normalize();
    for (BuildState.Output output : state.outputs()) {
      Optional<String> problem = outputProblem(root, output);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> outputProblem(Path root, BuildState.Output output) throws IOException {
    Path file = root.resolve(output.path()).normalize();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Optional.of("generated " + output.path() + " was deleted");
    }
    if (!attributes.isRegularFile() || attributes.size() != output.size()) {
      return Optional.of("generated " + output.path() + " was modified");
    }
    // Same size and time: trusted without reading, as git trusts its index. A different time alone
    // (a touch, a checkout) is settled by the content.
    if (attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) != output.modified()
        && !Sha256.ofFile(file).equals(output.sha256())) {
      return Optional.of("generated " + output.path() + " was modified");
    }
    return Optional.empty();
  }
}
