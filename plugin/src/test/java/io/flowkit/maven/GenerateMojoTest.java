package io.flowkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mojos' own behaviour, with parameters set as Maven would inject them. */
class GenerateMojoTest {

  @TempDir Path base;

  private MavenProject project;
  private final RecordingLog log = new RecordingLog(false);

  @BeforeEach
  void setUp() {
    project = new MavenProject();
    project.setFile(base.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(base.resolve("target").toString());
  }

  @Test
  void generatesRegistersTheSourceRootAndKeepsItsStatePerExecutionAndGoal() throws Exception {
    descriptor("src/main/flow/greeter.flow.json", "{\"name\": \"Greeter\", \"path\": \"/fs/greeter\"}");

    mojo(new GenerateMojo(), "generate", "custom-id", "com.example.greeter").execute();

    Path output = base.resolve("target/generated-sources/flowkit");
    assertThat(output.resolve("com/example/greeter/GreeterService.java")).isRegularFile();
    assertThat(project.getCompileSourceRoots()).containsExactly(output.toString());
    assertThat(base.resolve("target/flowkit/custom-id/generate.state")).isRegularFile();
    assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] flowkit: generated 1 service into target/generated-sources/flowkit"));
  }

  @Test
  void anUpToDateRunStillRegistersTheSourceRoot() throws Exception {
    descriptor("src/main/flow/greeter.flow.json", "{\"name\": \"Greeter\", \"path\": \"/fs/greeter\"}");
    mojo(new GenerateMojo(), "generate", "default", "com.example.greeter").execute();
    setUp();

    mojo(new GenerateMojo(), "generate", "default", "com.example.greeter").execute();

    assertThat(log.lines).last().isEqualTo("[INFO] flowkit: 1 service up to date, nothing to generate");
    assertThat(project.getCompileSourceRoots()).containsExactly(base.resolve("target/generated-sources/flowkit").toString());
  }

  @Test
  void theTestGoalReadsTestDescriptorsAndRegistersATestSourceRoot() throws Exception {
    descriptor("src/test/flow/fake.flow.json", "{\"name\": \"Fake\", \"path\": \"/fs/fake\"}");

    mojo(new GenerateTestMojo(), "generate-test", "default", "com.example.fake").execute();

    Path output = base.resolve("target/generated-test-sources/flowkit");
    assertThat(output.resolve("com/example/fake/FakeService.java")).isRegularFile();
    assertThat(project.getTestCompileSourceRoots()).containsExactly(output.toString());
    assertThat(project.getCompileSourceRoots()).isEmpty();
    assertThat(base.resolve("target/flowkit/default/generate-test.state")).isRegularFile();
  }

  @Test
  void skipDoesNothingAtAll() throws Exception {
    descriptor("src/main/flow/greeter.flow.json", "{\"name\": \"Greeter\", \"path\": \"/fs/greeter\"}");
    GenerateMojo mojo = mojo(new GenerateMojo(), "generate", "default", "com.example.greeter");
    set(mojo, "skip", true);

    mojo.execute();

    assertThat(base.resolve("target")).doesNotExist();
    assertThat(project.getCompileSourceRoots()).isEmpty();
    assertThat(log.lines).containsExactly("[INFO] flowkit: skipped (flowkit.skip is set)");
  }

  @Test
  void theTestGoalHonoursMavenTestSkip() throws Exception {
    descriptor("src/test/flow/fake.flow.json", "{\"name\": \"Fake\", \"path\": \"/fs/fake\"}");
    GenerateTestMojo mojo = mojo(new GenerateTestMojo(), "generate-test", "default", "com.example.fake");
    set(mojo, "skipTestCompilation", true);

    mojo.execute();

    assertThat(base.resolve("target")).doesNotExist();
    assertThat(log.lines).containsExactly("[INFO] flowkit: skipped (maven.test.skip is set)");
  }

  @Test
  void enumeratedParametersAreCaseInsensitiveAndUnknownValuesAreNamed() throws Exception {
    GenerateMojo lenient = mojo(new GenerateMojo(), "generate", "default", "com.example");
    set(lenient, "scalarArrays", "WRAP");
    set(lenient, "nameClashes", " Path ");
    lenient.execute();

    GenerateMojo wrong = mojo(new GenerateMojo(), "generate", "default", "com.example");
    set(wrong, "scalarArrays", "wrapped");

    assertThatThrownBy(wrong::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("flowkit: scalarArrays must be one of error, wrap, not 'wrapped'");
  }

  @Test
  void anInvalidPackageNameOrDepthStopsTheBuildBeforeAnythingIsRead() throws Exception {
    descriptor("src/main/flow/greeter.flow.json", "{\"name\": \"Greeter\", \"path\": \"/fs/greeter\"}");

    assertThatThrownBy(mojo(new GenerateMojo(), "generate", "default", "com.example.class")::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("flowkit: packageName 'com.example.class' is not a valid Java package name");
    GenerateMojo shallow = mojo(new GenerateMojo(), "generate", "default", "com.example");
    set(shallow, "maxDepth", 0);
    assertThatThrownBy(shallow::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("flowkit: maxDepth must be positive, not 0");
    assertThat(base.resolve("target")).doesNotExist();
  }

  @Test
  void withoutAnyPackageTheBuildFailsSayingWhereToSetOne() throws Exception {
    descriptor("src/main/flow/greeter.flow.json",
        "{\"name\": \"Greeter\", \"path\": \"/fs/greeter\", \"messageActions\": [{\"name\": \"Hello\"}]}");
    GenerateMojo mojo = mojo(new GenerateMojo(), "generate", "default", null);

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("flowkit: 1 error in descriptors and profiles (see above)");
    assertThat(log.lines).containsExactly(
        "[ERROR] src/main/flow/greeter.flow.json:1:1: error: no Java package for service \"Greeter\": set"
            + " <packageName> in the plugin configuration or \"package\" in the descriptor");
    assertThat(base.resolve("target/generated-sources/flowkit")).doesNotExist();
  }

  @Test
  void aDescriptorsOwnPackageNeedsNoPackageName() throws Exception {
    descriptor("src/main/flow/greeter.flow.json",
        "{\"name\": \"Greeter\", \"path\": \"/fs/greeter\", \"package\": \"com.example.own\"}");

    mojo(new GenerateMojo(), "generate", "default", " ").execute();

    assertThat(base.resolve("target/generated-sources/flowkit/com/example/own/GreeterService.java")).isRegularFile();
  }

  private <M extends AbstractGenerateMojo> M mojo(M mojo, String goal, String executionId, String packageName)
      throws ReflectiveOperationException {
    MojoDescriptor descriptor = new MojoDescriptor();
    descriptor.setGoal(goal);
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setVersion("0.1.0");
    set(mojo, "project", project);
    set(mojo, "mojoExecution", new MojoExecution(descriptor, executionId));
    set(mojo, "plugin", plugin);
    set(mojo, "packageName", packageName);
    set(mojo, "skip", false);
    set(mojo, "failOnWarning", false);
    set(mojo, "scalarArrays", "error");
    set(mojo, "nameClashes", "error");
    set(mojo, "maxDepth", 32);
    if (mojo instanceof GenerateMojo) {
      set(mojo, "sourceDirectory", base.resolve("src/main/flow").toFile());
      set(mojo, "outputDirectory", base.resolve("target/generated-sources/flowkit").toFile());
    } else {
      set(mojo, "testSourceDirectory", base.resolve("src/test/flow").toFile());
      set(mojo, "testOutputDirectory", base.resolve("target/generated-test-sources/flowkit").toFile());
      set(mojo, "skipTestCompilation", false);
    }
    mojo.setLog(log);
    return mojo;
  }

  private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
        return;
      } catch (NoSuchFieldException notHere) {
        // declared further up
      }
    }
    throw new NoSuchFieldException(name);
  }

  private void descriptor(String relative, String json) throws IOException {
    Path file = base.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
  }
}
