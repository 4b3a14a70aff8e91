package io.flowkit.codegen.reader;

import io.flowkit.codegen.descriptor.DescriptorParser;
import io.flowkit.codegen.descriptor.DescriptorSchema;
import io.flowkit.codegen.descriptor.ServiceDescriptor;
import io.flowkit.codegen.diagnostics.Diagnostics;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.generation.GenerationRequest;
import io.flowkit.codegen.generation.ModelReader;
import io.flowkit.codegen.json.JsonDocument;
import io.flowkit.codegen.json.JsonDocuments;
import io.flowkit.codegen.model.ServiceModel;
import io.flowkit.codegen.naming.ClassNameRegistry;
import io.flowkit.codegen.profile.ProfileOptions;
import io.flowkit.codegen.profile.ProfileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ModelReader} of flowkit: reads {@code *.flow.json} descriptors (validated against the
 * shipped JSON Schema) and the JSON Schema or sample profiles they name, and builds one {@link
 * ServiceModel} per descriptor.
 *
 * <p>Every problem of the run is reported, each at its file, line, column and JSON pointer: a
 * broken descriptor or profile does not stop the others from being read, and nothing is thrown for
 * bad input. Descriptors are read in path order; services generated into the same Java package
 * share one set of class names, so their generated classes never collide.
 */
public final class DescriptorModelReader implements ModelReader {

  public DescriptorModelReader() {
    // instantiated by name by the Maven mojo
  }

  @Override
  public List<ServiceModel> read(GenerationRequest request, Diagnostics diagnostics) {
    Reporter run = new Reporter(diagnostics);
    JsonDocuments documents = new JsonDocuments(request.baseDirectory());
    ProfileOptions options = new ProfileOptions(request.scalarArrays(), request.maxDepth());
    Map<String, ClassNameRegistry> packages = new HashMap<>();
    Map<String, SourceLocation> serviceNames = new HashMap<>();
    Map<String, SourceLocation> servicePaths = new HashMap<>();
    List<ServiceModel> models = new ArrayList<>();
    for (Path file : descriptorFiles(request)) {
      Reporter reporter = run.child();
      try {
        Optional<ServiceDescriptor> descriptor = load(file, documents, reporter);
        if (descriptor.isEmpty()) {
          continue;
        }
        ServiceDescriptor service = descriptor.get();
        unique(serviceNames, service.name(), service.nameSource(), "service name", reporter);
        unique(servicePaths, service.path(), service.pathSource(), "service path", reporter);
        String javaPackage = service.javaPackage() != null ? service.javaPackage() : request.packageName();
        ClassNameRegistry classNames = packages.computeIfAbsent(javaPackage, p -> new ClassNameRegistry());
        ProfileReader profiles = new ProfileReader(documents, options, reporter);
        Optional<ServiceModel> model =
            new ServiceModelBuilder(request, profiles, classNames, reporter).build(service);
        if (model.isPresent() && !reporter.failed()) {
          models.add(model.get());
        }
      } catch (StackOverflowError e) {
        reporter.error(SourceLocation.of(documents.shown(file)),
            "a profile of this descriptor nests too deeply to be read; simplify it or lower maxDepth");
      } catch (RuntimeException e) {
        reporter.error(SourceLocation.of(documents.shown(file)),
            "internal error while reading this descriptor (please report it): " + e);
      }
    }
    return List.copyOf(models);
  }

  @Override
  public List<Path> inputFiles(GenerationRequest request) {
    return InputFiles.of(request.baseDirectory().toAbsolutePath().normalize(), descriptorFiles(request));
  }

  private static List<Path> descriptorFiles(GenerationRequest request) {
    Path base = request.baseDirectory().toAbsolutePath().normalize();
    return request.descriptors().stream()
        .map(d -> base.resolve(d).normalize())
        .distinct()
        .sorted()
        .toList();
  }

  /** Parses and validates a descriptor; a schema violation does not stop its profiles from being read. */
  private static Optional<ServiceDescriptor> load(Path file, JsonDocuments documents, Reporter reporter) {
    Optional<JsonDocument> document = documents.load(file, null, "descriptor", reporter);
    if (document.isEmpty()) {
      return Optional.empty();
    }
    DescriptorSchema.validate(document.get(), reporter);
    return Optional.of(DescriptorParser.parse(document.get()));
  }

  private static void unique(
      Map<String, SourceLocation> seen, String value, SourceLocation at, String what, Reporter reporter) {
    if (value == null) {
      return;
    }
    SourceLocation other = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), at);
    if (other != null) {
      reporter.error(at, "duplicate " + what + " \"" + value + "\": another descriptor has it at "
          + other.place());
    }
  }
}
