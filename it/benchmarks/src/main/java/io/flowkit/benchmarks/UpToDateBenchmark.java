package io.flowkit.benchmarks;

import io.flowkit.codegen.generation.GenerationResult;
import io.flowkit.codegen.generation.Generator;
import io.flowkit.codegen.generation.NameClashes;
import io.flowkit.codegen.generation.ScalarArrays;
import io.flowkit.maven.GenerationTask;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the {@code generate} goal costs when nothing changed, on the large schema's project: find the
 * descriptors, read the state, hash every input, check every output's size and time, log.
 *
 * <p>{@code warm} is the steady state (a long-lived Maven daemon, or the second module of a build);
 * {@code cold} is one call in a fresh JVM whose flowkit classes, Jackson included, were never
 * loaded, as in a fresh {@code mvn} run. The project is generated beforehand in a separate class
 * loader so that the cold measurement starts truly cold.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UpToDateBenchmark {

  @Param("300")
  public int definitions;

  private Path project;
  private GenerationTask.Settings settings;
  private final Log quiet = new QuietLog();

  @Setup
  public void setUp() throws Exception {
    project = Files.createTempDirectory("flowkit-bench");
    prepareIsolated(project, definitions);
    settings = settings(project);
  }

  @TearDown
  public void tearDown() throws IOException {
    BenchmarkFiles.deleteRecursively(project);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Optional<GenerationResult> warm() throws Exception {
    return upToDate();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Optional<GenerationResult> cold() throws Exception {
    return upToDate();
  }

  private Optional<GenerationResult> upToDate() throws Exception {
    // A new generator per run, as the mojo creates one per execution.
    Optional<GenerationResult> result = new GenerationTask(Generator.standard(), quiet).run(settings);
    if (result.isEmpty() || !result.get().upToDate()) {
      throw new IllegalStateException("expected an up-to-date run, got " + result);
    }
    return result;
  }

  static GenerationTask.Settings settings(Path project) {
    return new GenerationTask.Settings(
        project, project.resolve("src/main/flow"), project.resolve("target/generated-sources/flowkit"),
        project.resolve("target/flowkit/default/generate.state"), "com.example.large", ScalarArrays.WRAP,
        NameClashes.ERROR, 32, false, "0.1.0");
  }

  /**
   * Writes and generates the project, then settles its state: the files written in the last moments
   * before the state are "racy" (see {@code FileStamp}) and hashed by the first up-to-date run,
   * which records their stamps; the runs measured here are the ones after that. Called in an
   * isolated class loader by {@link #setUp()}.
   */
  public static void prepare(Path project, int definitions) throws Exception {
    LargeSchemaProject.write(project, definitions);
    GenerationTask task = new GenerationTask(Generator.standard(), new QuietLog());
    Optional<GenerationResult> result = task.run(settings(project));
    if (result.isEmpty() || result.get().failed()) {
      throw new IllegalStateException("the large schema does not generate");
    }
    Thread.sleep(2_100);
    task.run(settings(project));
  }

  private static void prepareIsolated(Path project, int definitions) throws Exception {
    URL jar = UpToDateBenchmark.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader())) {
      loader.loadClass(UpToDateBenchmark.class.getName())
          .getMethod("prepare", Path.class, int.class)
          .invoke(null, project, definitions);
    }
  }

  /** Discards everything, as a quiet build log would, but still formats what a build prints. */
  private static final class QuietLog extends SystemStreamLog {
    @Override
    public void info(CharSequence content) {
      content.toString();
    }

    @Override
    public void warn(CharSequence content) {
      content.toString();
    }
  }
}
