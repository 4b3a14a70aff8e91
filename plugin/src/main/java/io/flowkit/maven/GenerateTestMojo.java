package io.flowkit.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed Java for Flow services used only by tests (for example a fake service a test
 * talks to), from {@code src/test/flow} into a test compile source root. Same parameters and
 * behaviour as {@code flowkit:generate}, with test defaults.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true)
public class GenerateTestMojo extends AbstractGenerateMojo {

  /**
   * The directory holding the test service descriptors ({@code *.flow.json}, at any depth).
   *
   * <p>Named differently from {@code flowkit:generate}'s {@code sourceDirectory} so that a
   * plugin-level {@code <configuration>} cannot point both goals at the same descriptors.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "flowkit.testSourceDirectory",
      defaultValue = "${project.basedir}/src/test/flow",
      required = true)
  private File testSourceDirectory;

  /**
   * The directory the test sources are written to; it is added to the project's test compile
   * source roots.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "flowkit.testOutputDirectory",
      defaultValue = "${project.build.directory}/generated-test-sources/flowkit",
      required = true)
  private File testOutputDirectory;

  /**
   * Maven's own switch for not compiling tests at all; test sources are then not generated either.
   *
   * @since 0.1.0
   */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  private boolean skipTestCompilation;

  @Override
  protected File sourceDirectory() {
    return testSourceDirectory;
  }

  @Override
  protected File outputDirectory() {
    return testOutputDirectory;
  }

  @Override
  protected void registerSourceRoot(MavenProject project, String directory) {
    project.addTestCompileSourceRoot(directory);
  }

  @Override
  protected String skipReason() {
    String reason = super.skipReason();
    return reason == null && skipTestCompilation ? "maven.test.skip is set" : reason;
  }
}
