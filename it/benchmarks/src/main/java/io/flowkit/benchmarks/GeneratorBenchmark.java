package io.flowkit.benchmarks;

import io.flowkit.codegen.diagnostics.Diagnostics;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.generation.GenerationRequest;
import io.flowkit.codegen.generation.GenerationResult;
import io.flowkit.codegen.generation.Generator;
import io.flowkit.codegen.generation.ModelReader;
import io.flowkit.codegen.generation.NameClashes;
import io.flowkit.codegen.generation.ScalarArrays;
import io.flowkit.codegen.generation.SourceEmitter;
import io.flowkit.codegen.model.ServiceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The generator alone on the large schema ({@link LargeSchemaProject}, 300 definitions): reading
 * and emitting in memory, and a full run that also compares the output with what is on disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class GeneratorBenchmark {

  @Param("300")
  public int definitions;

  private Path project;
  private GenerationRequest request;
  private ModelReader reader;
  private SourceEmitter emitter;
  private ServiceModel model;

  @Setup
  public void setUp() throws Exception {
    project = Files.createTempDirectory("flowkit-bench");
    Path descriptor = LargeSchemaProject.write(project, definitions);
    request =
        new GenerationRequest(
            project, List.of(descriptor), project.resolve("target/generated-sources/flowkit"),
            "com.example.large", ScalarArrays.WRAP, NameClashes.ERROR, GenerationRequest.DEFAULT_MAX_DEPTH,
            false, "bench");
    reader = (ModelReader) Class.forName(Generator.READER_CLASS).getDeclaredConstructor().newInstance();
    emitter = (SourceEmitter) Class.forName(Generator.EMITTER_CLASS).getDeclaredConstructor().newInstance();
    model = reader.read(request, new Diagnostics()).get(0);
    GenerationResult first = Generator.standard().generate(request, null);
    if (first.failed()) {
      throw new IllegalStateException("the large schema does not generate: " + first.diagnostics());
    }
    System.out.printf(
        "%nlarge schema: %d bytes, %d services, %d files generated%n",
        Files.size(project.resolve("src/main/flow/profiles/large.schema.json")), first.services(),
        first.written().size() + first.unchanged().size());
  }

  @TearDown
  public void tearDown() throws IOException {
    BenchmarkFiles.deleteRecursively(project);
  }

  /** Descriptor and profiles to the service model only. */
  @Benchmark
  public List<ServiceModel> read() {
    return reader.read(request, new Diagnostics());
  }

  /** The service model to Java sources only. */
  @Benchmark
  public long emit() {
    long bytes = 0;
    for (GeneratedFile file : emitter.emit(model)) {
      bytes += file.content().length;
    }
    return bytes;
  }

  /** Descriptor and profiles to Java sources, in memory. */
  @Benchmark
  public long readAndEmit() {
    Diagnostics diagnostics = new Diagnostics();
    long bytes = 0;
    for (ServiceModel model : reader.read(request, diagnostics)) {
      for (GeneratedFile file : emitter.emit(model)) {
        bytes += file.content().length;
      }
    }
    if (diagnostics.hasErrors()) {
      throw new IllegalStateException(diagnostics.sorted().toString());
    }
    return bytes;
  }

  /**
   * A whole run without incremental state, as after a profile edit: read, emit, compare every file
   * with the one on disk (all equal here, so nothing is written).
   */
  @Benchmark
  public GenerationResult regenerate() throws IOException {
    return Generator.standard().generate(request, null);
  }
}
