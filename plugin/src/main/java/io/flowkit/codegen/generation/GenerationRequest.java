package io.flowkit.codegen.generation;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one generation run depends on. Two requests that are equal, over input files with the
 * same bytes, produce the same output bytes.
 *
 * @param baseDirectory the project directory; file names in messages are relative to it
 * @param descriptors the {@code *.flow.json} files, sorted
 * @param outputDirectory where sources are written
 * @param packageName the default Java package of generated code
 * @param maxDepth how deeply profiles may nest objects before generation fails
 * @param generatorVersion the plugin's version, part of the up-to-date check
 */
public record GenerationRequest(
    Path baseDirectory,
    List<Path> descriptors,
    Path outputDirectory,
    String packageName,
    ScalarArrays scalarArrays,
    NameClashes nameClashes,
    int maxDepth,
    boolean failOnWarning,
    String generatorVersion) {

  /** The default nesting cap: deeper than Boomi's 10-level import, shallow enough to stop runaway recursion. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  public GenerationRequest {
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    descriptors = List.copyOf(descriptors);
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(packageName, "packageName");
    scalarArrays = scalarArrays == null ? ScalarArrays.ERROR : scalarArrays;
    nameClashes = nameClashes == null ? NameClashes.ERROR : nameClashes;
    if (maxDepth <= 0) {
      throw new IllegalArgumentException("maxDepth must be positive");
    }
  }
}
