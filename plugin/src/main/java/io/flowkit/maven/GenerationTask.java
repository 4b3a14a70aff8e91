package io.flowkit.maven;

import io.flowkit.codegen.diagnostics.Diagnostic;
import io.flowkit.codegen.diagnostics.Severity;
import io.flowkit.codegen.generation.GenerationRequest;
import io.flowkit.codegen.generation.GenerationResult;
import io.flowkit.codegen.generation.Generator;
import io.flowkit.codegen.generation.NameClashes;
import io.flowkit.codegen.generation.ScalarArrays;
import io.flowkit.codegen.incremental.RelativePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What a generate goal does once Maven has injected its parameters: find the descriptors, run the
 * {@link Generator}, log the outcome and fail the build on errors. Kept apart from the mojo so that
 * it can be run (and benchmarked) without a Maven container.
 */
public final class GenerationTask {

  private final Generator generator;
  private final Log log;

  public GenerationTask(Generator generator, Log log) {
    this.generator = Objects.requireNonNull(generator, "generator");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * The goal's effective parameters.
   *
   * @param stateFile where the incremental state is kept
   * @param packageName the default package; {@code null} or empty when every descriptor sets its own
   * @param generatorVersion see {@link GeneratorVersion}
   */
  public record Settings(
      Path baseDirectory,
      Path sourceDirectory,
      Path outputDirectory,
      Path stateFile,
      String packageName,
      ScalarArrays scalarArrays,
      NameClashes nameClashes,
      int maxDepth,
      boolean failOnWarning,
      String generatorVersion) {}

  /**
   * @return the generator's result; empty when there were no descriptors and nothing generated
   *     earlier, so there was nothing to do
   * @throws MojoFailureException when a descriptor or profile has errors (or warnings, with {@code
   *     failOnWarning}); every one of them has been logged first
   * @throws MojoExecutionException when files cannot be read or written, or the generator breaks
   */
  public Optional<GenerationResult> run(Settings settings) throws MojoExecutionException, MojoFailureException {
    Path base = settings.baseDirectory();
    String sourceShown = RelativePaths.of(base, settings.sourceDirectory());
    String outputShown = RelativePaths.of(base, settings.outputDirectory());
    try {
      List<Path> descriptors = DescriptorFinder.find(settings.sourceDirectory());
      if (descriptors.isEmpty() && !Files.exists(settings.stateFile())) {
        log.info("flowkit: no service descriptors (**/*" + DescriptorFinder.SUFFIX + ") in " + sourceShown
            + ", nothing to generate");
        return Optional.empty();
      }
      GenerationRequest request =
          new GenerationRequest(
              base, descriptors, settings.outputDirectory(),
              settings.packageName() == null ? "" : settings.packageName().trim(),
              settings.scalarArrays(), settings.nameClashes(), settings.maxDepth(),
              settings.failOnWarning(), settings.generatorVersion());
      GenerationResult result = generator.generate(request, settings.stateFile());
      report(result, base, sourceShown, outputShown);
      return Optional.of(result);
    } catch (IOException e) {
      throw new MojoExecutionException("flowkit: " + e, e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(
          "flowkit: generation failed unexpectedly; this is a bug in flowkit, please report it with"
              + " the stack trace (mvn -e): " + e, e);
    }
  }

  private void report(GenerationResult result, Path base, String sourceShown, String outputShown)
      throws MojoFailureException {
    for (Diagnostic diagnostic : result.diagnostics()) {
      if (diagnostic.severity() == Severity.ERROR) {
        log.error(diagnostic.format(base));
      } else {
        log.warn(diagnostic.format(base));
      }
    }
    switch (result.outcome()) {
      case FAILED -> throw new MojoFailureException(failureMessage(result));
      case UP_TO_DATE -> log.info(
          result.services() == 0
              ? "flowkit: no service descriptors in " + sourceShown + ", up to date, nothing to generate"
              : "flowkit: " + count(result.services(), "service") + " up to date, nothing to generate");
      case GENERATED -> {
        if (log.isDebugEnabled()) {
          log.debug("flowkit: regenerating because " + result.reason());
          result.written().forEach(p -> log.debug("flowkit: wrote " + p));
          result.deleted().forEach(p -> log.debug("flowkit: deleted " + p));
        }
        log.info(
            "flowkit: generated " + count(result.services(), "service") + " into " + outputShown + " ("
                + result.written().size() + " written, " + result.unchanged().size() + " unchanged, "
                + result.deleted().size() + " deleted; " + result.reason() + ")");
      }
    }
  }

  private static String failureMessage(GenerationResult result) {
    long errors = result.errorCount();
    if (errors > 0) {
      return "flowkit: " + count(errors, "error") + " in descriptors and profiles (see above)";
    }
    return "flowkit: " + count(result.warningCount(), "warning")
        + " in descriptors and profiles and failOnWarning is set (see above)";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
