package io.flowkit.codegen.reader;

import io.flowkit.codegen.diagnostics.Diagnostic;
import io.flowkit.codegen.diagnostics.Diagnostics;
import io.flowkit.codegen.generation.GenerationRequest;
import io.flowkit.codegen.generation.NameClashes;
import io.flowkit.codegen.generation.ScalarArrays;
import io.flowkit.codegen.model.ServiceModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One run of {@link DescriptorModelReader} over a directory, with its results. */
final class ReaderRun {

  final Path base;
  final GenerationRequest request;
  final List<ServiceModel> models;
  final List<Diagnostic> diagnostics;

  private ReaderRun(Path base, GenerationRequest request) {
    this.base = base;
    this.request = request;
    Diagnostics sink = new Diagnostics();
    this.models = new DescriptorModelReader().read(request, sink);
    this.diagnostics = sink.sorted();
  }

  /** Options of a run. */
  static final class Options {
    ScalarArrays scalarArrays = ScalarArrays.ERROR;
    NameClashes nameClashes = NameClashes.ERROR;
    int maxDepth = GenerationRequest.DEFAULT_MAX_DEPTH;
    String packageName = "com.example.flow";

    Options wrap() {
      scalarArrays = ScalarArrays.WRAP;
      return this;
    }

    Options pathNames() {
      nameClashes = NameClashes.PATH;
      return this;
    }

    Options maxDepth(int depth) {
      maxDepth = depth;
      return this;
    }
  }

  /** Reads every {@code *.flow.json} below {@code base}. */
  static ReaderRun in(Path base) {
    return in(base, new Options());
  }

  static ReaderRun in(Path base, Options options) {
    List<Path> descriptors = new ArrayList<>();
    try (Stream<Path> files = Files.walk(base)) {
      files.filter(f -> f.getFileName().toString().endsWith(".flow.json"))
          .map(base::relativize)
          .sorted()
          .forEach(descriptors::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReaderRun(base, new GenerationRequest(base, descriptors, base.resolve("target/out"),
        options.packageName, options.scalarArrays, options.nameClashes, options.maxDepth, false, "test"));
  }

  /** A directory of the test resources, e.g. {@code examples/orders}. */
  static Path resource(String directory) {
    try {
      return Paths.get(ReaderRun.class.getResource("/" + directory).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A directory of this repository, e.g. {@code it/orders-example/src/main/flow}: found by walking up
   * from the working directory (the module's, under Maven) to the checkout that holds it.
   */
  static Path repositoryDirectory(String relative) {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No directory " + relative + " above " + Paths.get("").toAbsolutePath());
  }

  /** Every diagnostic as the build prints it. */
  List<String> messages() {
    return diagnostics.stream().map(d -> d.format(base)).toList();
  }

  ServiceModel model() {
    if (models.size() != 1) {
      throw new AssertionError("expected one model, got " + models.size() + "; diagnostics: " + messages());
    }
    return models.get(0);
  }

  String text() {
    return ModelText.of(model());
  }
}
