package io.flowkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.codegen.fixtures.FakeToolchain;
import io.flowkit.codegen.generation.GenerationResult;
import io.flowkit.codegen.generation.Generator;
import io.flowkit.codegen.generation.NameClashes;
import io.flowkit.codegen.generation.ScalarArrays;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationTaskTest {

  @TempDir Path base;

  private final FakeToolchain toolchain = new FakeToolchain();
  private final RecordingLog log = new RecordingLog(false);
  private final GenerationTask task = new GenerationTask(new Generator(toolchain, toolchain), log);

  @Test
  void aCleanRunLogsOneSummaryAndASecondOneSaysUpToDate() throws Exception {
    descriptor("orders.flow.json", "file com/example/A.java class A {}");

    task.run(settings(false));
    task.run(settings(false));

    assertThat(log.lines)
        .containsExactly(
            "[INFO] flowkit: generated 1 service into target/generated-sources/flowkit"
                + " (1 written, 0 unchanged, 0 deleted; no previous generation)",
            "[INFO] flowkit: 1 service up to date, nothing to generate");
  }

  @Test
  void everyDiagnosticIsLoggedJavacStyleBeforeTheBuildFails() throws Exception {
    descriptor("orders.flow.json", "error first problem", "warning a doubt", "error second problem");

    assertThatThrownBy(() -> task.run(settings(false)))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("flowkit: 2 errors in descriptors and profiles (see above)");
    assertThat(log.lines)
        .containsExactly(
            "[ERROR] src/main/flow/orders.flow.json:1:1: error: first problem (at /0)",
            "[WARNING] src/main/flow/orders.flow.json:2:1: warning: a doubt (at /1)",
            "[ERROR] src/main/flow/orders.flow.json:3:1: error: second problem (at /2)");
  }

  @Test
  void warningsFailTheBuildUnderFailOnWarning() throws Exception {
    descriptor("orders.flow.json", "file com/example/A.java class A {}", "warning a doubt");

    assertThatThrownBy(() -> task.run(settings(true)))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("flowkit: 1 warning in descriptors and profiles and failOnWarning is set (see above)");
  }

  @Test
  void upToDateRunsRepeatTheWarnings() throws Exception {
    descriptor("orders.flow.json", "file com/example/A.java class A {}", "warning a doubt");
    task.run(settings(false));
    log.lines.clear();

    task.run(settings(false));

    assertThat(log.lines)
        .containsExactly(
            "[WARNING] src/main/flow/orders.flow.json:2:1: warning: a doubt (at /1)",
            "[INFO] flowkit: 1 service up to date, nothing to generate");
  }

  @Test
  void noDescriptorsAndNoHistoryIsNothingToDo() throws Exception {
    Optional<GenerationResult> result = task.run(settings(false));

    assertThat(result).isEmpty();
    assertThat(toolchain.reads()).isZero();
    assertThat(log.lines).containsExactly(
        "[INFO] flowkit: no service descriptors (**/*.flow.json) in src/main/flow, nothing to generate");
    assertThat(base.resolve("target")).doesNotExist();
  }

  @Test
  void removingTheLastDescriptorDeletesWhatItGenerated() throws Exception {
    Path descriptor = descriptor("orders.flow.json", "file com/example/A.java class A {}");
    task.run(settings(false));
    Files.delete(descriptor);

    GenerationResult result = task.run(settings(false)).orElseThrow();

    assertThat(result.deleted()).containsExactly(Path.of("com/example/A.java"));
    assertThat(base.resolve("target/generated-sources/flowkit/com")).doesNotExist();
  }

  @Test
  void debugLoggingNamesTheReasonAndEachFile() throws Exception {
    RecordingLog debug = new RecordingLog(true);
    descriptor("orders.flow.json", "file com/example/A.java class A {}");

    new GenerationTask(new Generator(toolchain, toolchain), debug).run(settings(false));

    assertThat(debug.lines).contains(
        "[DEBUG] flowkit: regenerating because no previous generation",
        "[DEBUG] flowkit: wrote " + Path.of("com/example/A.java"));
  }

  @Test
  void aBrokenGeneratorIsReportedAsAnExecutionErrorNotABuildFailure() throws Exception {
    descriptor("orders.flow.json", "file com/example/A.java class A {}");
    toolchain.failEmitsWith(new IllegalStateException("boom"));

    assertThatThrownBy(() -> task.run(settings(false)))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("this is a bug in flowkit")
        .hasMessageContaining("boom");
  }

  private GenerationTask.Settings settings(boolean failOnWarning) {
    return new GenerationTask.Settings(
        base, base.resolve("src/main/flow"), base.resolve("target/generated-sources/flowkit"),
        base.resolve("target/flowkit/default/generate.state"), "com.example", ScalarArrays.ERROR,
        NameClashes.ERROR, 32, failOnWarning, "0.1.0");
  }

  private Path descriptor(String name, String... lines) throws IOException {
    Path file = base.resolve("src/main/flow").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, String.join("\n", lines) + "\n");
  }
}
