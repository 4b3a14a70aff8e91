package io.flowkit.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed Java for the Flow services described under {@code src/main/flow}: records and
 * codecs for every Flow type, an interface per message action, data action and file resource, and
 * the service class that assembles them, then registers the output as a compile source root.
 *
 * <p>Runs only when something changed since its last successful run (a descriptor, a profile, the
 * configuration or the plugin) and rewrites only files whose content changed.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractGenerateMojo {

  /**
   * The directory holding the service descriptors.
   *
   * <p>Every file named {@code *.flow.json} below it, at any depth, is one service; they are read
   * in the order of their paths. Profile paths in a descriptor are relative to the descriptor, so
   * profiles usually live next to it (for example in {@code src/main/flow/profiles/}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "flowkit.sourceDirectory", defaultValue = "${project.basedir}/src/main/flow", required = true)
  private File sourceDirectory;

  /**
   * The directory the Java sources are written to; it is added to the project's compile source
   * roots.
   *
   * <p>flowkit owns the files it writes here and deletes those it no longer generates, but never
   * touches other files. Keep it under {@code target/} so {@code mvn clean} removes it.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "flowkit.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/flowkit",
      required = true)
  private File outputDirectory;

  @Override
  protected File sourceDirectory() {
    return sourceDirectory;
  }

  @Override
  protected File outputDirectory() {
    return outputDirectory;
  }

  @Override
  protected void registerSourceRoot(MavenProject project, String directory) {
    project.addCompileSourceRoot(directory);
  }
}
