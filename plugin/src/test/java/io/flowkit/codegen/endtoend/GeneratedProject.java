package io.flowkit.codegen.endtoend;

import io.flowkit.codegen.diagnostics.Diagnostic;
import io.flowkit.codegen.diagnostics.Diagnostics;
import io.flowkit.codegen.emit.InMemoryCompiler;
import io.flowkit.codegen.emit.JavaSourceEmitter;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.generation.GenerationRequest;
import io.flowkit.codegen.generation.NameClashes;
import io.flowkit.codegen.generation.ScalarArrays;
import io.flowkit.codegen.model.ServiceModel;
import io.flowkit.codegen.reader.DescriptorModelReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A small project on disk that the real reader and emitter turn into Java. */
final class GeneratedProject {

  static final String PACKAGE = "com.example.flow";

  private final Path dir;

  GeneratedProject(Path dir) {
    this.dir = dir;
  }

  GeneratedProject file(String path, String content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code *.flow.json} below the project, in path order. */
  List<Path> descriptors() {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".flow.json")).map(dir::relativize).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the given descriptors (in the order given) and emits every service. */
  Run generate(List<Path> descriptors) {
    GenerationRequest request = new GenerationRequest(dir, descriptors, dir.resolve("target/out"), PACKAGE,
        ScalarArrays.ERROR, NameClashes.ERROR, GenerationRequest.DEFAULT_MAX_DEPTH, false, "test");
    Diagnostics diagnostics = new Diagnostics();
    List<ServiceModel> models = new DescriptorModelReader().read(request, diagnostics);
    List<GeneratedFile> files = new ArrayList<>();
    JavaSourceEmitter emitter = new JavaSourceEmitter();
    models.forEach(model -> files.addAll(emitter.emit(model)));
    List<String> messages = diagnostics.sorted().stream().map(d -> d.format(dir)).toList();
    return new Run(models, files, messages, diagnostics.sorted());
  }

  Run generate() {
    return generate(descriptors());
  }

  /** What one read-and-emit produced. */
  record Run(List<ServiceModel> models, List<GeneratedFile> files, List<String> messages, List<Diagnostic> diagnostics) {

    ServiceModel model() {
      if (models.size() != 1) {
        throw new AssertionError("expected one model, got " + models.size() + ": " + messages);
      }
      return models.get(0);
    }

    /** Compiles the files; fails unless javac is silent under {@code -Xlint:all -Werror}. */
    InMemoryCompiler.Result compile() {
      if (files.isEmpty()) {
        throw new AssertionError("nothing was generated: " + messages);
      }
      InMemoryCompiler.Result result = InMemoryCompiler.compile(files);
      if (!result.succeeded() || !result.diagnostics().isEmpty()) {
        throw new AssertionError("the generated code does not compile cleanly: " + result.diagnostics());
      }
      return result;
    }

    /** The simple names of the generated classes. */
    List<String> classNames() {
      return files.stream().map(f -> f.relativePath().getFileName().toString().replace(".java", "")).sorted().toList();
    }
  }
}
