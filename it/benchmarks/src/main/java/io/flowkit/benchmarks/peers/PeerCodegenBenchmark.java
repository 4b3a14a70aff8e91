package io.flowkit.benchmarks.peers;

import com.sun.codemodel.CodeWriter;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JPackage;
import io.flowkit.benchmarks.BenchmarkFiles;
import io.flowkit.benchmarks.LargeSchemaProject;
import io.flowkit.codegen.diagnostics.Diagnostics;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.generation.GenerationRequest;
import io.flowkit.codegen.generation.Generator;
import io.flowkit.codegen.generation.ModelReader;
import io.flowkit.codegen.generation.NameClashes;
import io.flowkit.codegen.generation.ScalarArrays;
import io.flowkit.codegen.generation.SourceEmitter;
import io.flowkit.codegen.model.ServiceModel;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.GenerationConfig;
import org.jsonschema2pojo.Jackson2Annotator;
import org.jsonschema2pojo.SchemaGenerator;
import org.jsonschema2pojo.SchemaMapper;
import org.jsonschema2pojo.SchemaStore;
import org.jsonschema2pojo.rules.RuleFactory;
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
 * The same 300-definition schema ({@link LargeSchemaProject}, its {@code allOf}s merged by
 * {@link AllOfFlattener} as jsonschema2pojo cannot read them) to Java sources in memory, by
 * flowkit's generator (descriptor and profiles read, records, enums and codecs emitted) and by
 * jsonschema2pojo 1.3.3 as its Maven plugin drives it (default configuration, Jackson 2
 * annotations, the schema's {@code $ref}s followed). Each counts the Java types it writes, so
 * that the two can be compared per generated type ({@link #typesWritten}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PeerCodegenBenchmark {

  @Param("300")
  public int definitions;

  private Path project;
  private GenerationRequest request;
  private ModelReader reader;
  private SourceEmitter emitter;
  private URL schema;

  @Setup
  public void setUp() throws Exception {
    project = Files.createTempDirectory("flowkit-peers-codegen");
    Path descriptor = LargeSchemaProject.write(project, definitions);
    Path schemaFile = project.resolve("src/main/flow/profiles/large.schema.json");
    AllOfFlattener.flatten(schemaFile);
    request = new GenerationRequest(
        project, List.of(descriptor), project.resolve("target/generated-sources/flowkit"),
        "com.example.large", ScalarArrays.WRAP, NameClashes.ERROR, GenerationRequest.DEFAULT_MAX_DEPTH,
        false, "bench");
    reader = (ModelReader) Class.forName(Generator.READER_CLASS).getDeclaredConstructor().newInstance();
    emitter = (SourceEmitter) Class.forName(Generator.EMITTER_CLASS).getDeclaredConstructor().newInstance();
    schema = schemaFile.toUri().toURL();
  }

  @TearDown
  public void tearDown() throws IOException {
    BenchmarkFiles.deleteRecursively(project);
  }

  /** flowkit: descriptor and profiles to Java sources; answers the number of types written. */
  @Benchmark
  public int flowkit() {
    Diagnostics diagnostics = new Diagnostics();
    int types = 0;
    for (ServiceModel model : reader.read(request, diagnostics)) {
      for (GeneratedFile file : emitter.emit(model)) {
        types += file.content().length > 0 ? 1 : 0;
      }
    }
    if (diagnostics.hasErrors()) {
      throw new IllegalStateException(diagnostics.sorted().toString());
    }
    return types;
  }

  /** jsonschema2pojo: the request schema to Java sources; answers the number of types written. */
  @Benchmark
  public int jsonschema2pojo() throws IOException {
    GenerationConfig config = new DefaultGenerationConfig();
    SchemaMapper mapper =
        new SchemaMapper(new RuleFactory(config, new Jackson2Annotator(config), new SchemaStore()), new SchemaGenerator());
    JCodeModel codeModel = new JCodeModel();
    mapper.generate(codeModel, "SyncEverythingRequest", "com.example.large", schema);
    CountingCodeWriter writer = new CountingCodeWriter();
    codeModel.build(writer);
    return writer.files;
  }

  /** How many Java types each side writes for the schema: {flowkit, jsonschema2pojo}. */
  public static int[] typesWritten(int definitions) throws Exception {
    PeerCodegenBenchmark benchmark = new PeerCodegenBenchmark();
    benchmark.definitions = definitions;
    benchmark.setUp();
    try {
      return new int[] {benchmark.flowkit(), benchmark.jsonschema2pojo()};
    } finally {
      benchmark.tearDown();
    }
  }

  /** Writes sources nowhere, counting the files and bytes. */
  private static final class CountingCodeWriter extends CodeWriter {
    int files;
    long bytes;

    @Override
    public OutputStream openBinary(JPackage pkg, String fileName) {
      files++;
      return new OutputStream() {
        @Override
        public void write(int b) {
          bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
          bytes += len;
        }
      };
    }

    @Override
    public void close() {}
  }
}
