package io.flowkit.codegen.generation;

import io.flowkit.codegen.diagnostics.Diagnostic;
import io.flowkit.codegen.diagnostics.Diagnostics;
import io.flowkit.codegen.diagnostics.Severity;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.incremental.BuildState;
import io.flowkit.codegen.incremental.BuildStateStore;
import io.flowkit.codegen.incremental.ConfigurationDigest;
import io.flowkit.codegen.incremental.FileStamp;
import io.flowkit.codegen.incremental.OutputSynchronizer;
import io.flowkit.codegen.incremental.RelativePaths;
import io.flowkit.codegen.incremental.Sha256;
import io.flowkit.codegen.incremental.UpToDateCheck;
import io.flowkit.codegen.model.ServiceModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.lang.model.SourceVersion;

/**
 * One generation run: up-to-date check, reading, emitting and writing, in that order.
 *
 * <p>Nothing is written unless the whole run is clean: when the reader reports an error (or a
 * warning, with {@code failOnWarning}), the run returns every diagnostic and leaves the output
 * directory as it was. Otherwise only files whose bytes changed are written and files an earlier
 * run generated but this one does not are deleted (see {@link io.flowkit.codegen.incremental}).
 *
 * <p>Not thread-safe; cheap to create, one per run.
 */
public final class Generator {

  /** The standard {@link ModelReader}, looked up by name so that this class does not depend on it. */
  public static final String READER_CLASS = "io.flowkit.codegen.reader.DescriptorModelReader";

  /** The standard {@link SourceEmitter}, looked up by name for the same reason. */
  public static final String EMITTER_CLASS = "io.flowkit.codegen.emit.JavaSourceEmitter";

  private final ModelReader reader;
  private final SourceEmitter emitter;
  private final OutputSynchronizer synchronizer = new OutputSynchronizer();

  public Generator(ModelReader reader, SourceEmitter emitter) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.emitter = Objects.requireNonNull(emitter, "emitter");
  }

  /**
   * The generator with the standard reader and emitter. They are created on first use, so an
   * up-to-date run never loads them (nor the schema validator and JavaPoet behind them).
   */
  public static Generator standard() {
    return new Generator(
        new LazyReader(() -> instantiate(READER_CLASS, ModelReader.class)),
        new LazyEmitter(() -> instantiate(EMITTER_CLASS, SourceEmitter.class)));
  }

  /**
   * Runs the generation.
   *
   * @param stateFile where the incremental state of this run is kept (e.g. {@code
   *     target/flowkit/default/generate.state}); {@code null} to always regenerate and remember nothing
   * @throws IOException when reading inputs or writing outputs fails; the stored state then makes
   *     the next run regenerate
   */
  public GenerationResult generate(GenerationRequest request, Path stateFile) throws IOException {
    Path base = request.baseDirectory();
    BuildStateStore store = stateFile == null ? null : new BuildStateStore(stateFile);
    Optional<BuildState> previous = store == null ? Optional.empty() : store.read();
    String configuration = ConfigurationDigest.of(request);

    UpToDateCheck.Verdict verdict =
        store == null
            ? new UpToDateCheck.Verdict("incremental generation is off", null)
            : UpToDateCheck.check(previous, store.lastWritten(), configuration, base, request.outputDirectory());
    if (verdict.upToDate()) {
      if (verdict.refreshed() != null) {
        // Same content, current stamps: the next check can trust them instead of hashing again.
        store.write(verdict.refreshed());
      }
      BuildState state = previous.orElseThrow();
      return new GenerationResult(
          GenerationResult.Outcome.UP_TO_DATE, restore(state.warnings(), base), state.services(),
          List.of(), List.of(), List.of(), "");
    }
    String reason = verdict.staleReason();

    List<BuildState.Output> previousManifest = previous.map(BuildState::outputs).orElse(List.of());
    if (store != null && previous.isPresent() && previous.get().complete()) {
      // Phase one: until this run succeeds, the stored state must not make any run up to date.
      store.write(previous.get().incomplete(previousManifest));
    }

    // Hashed before reading: an input edited while this run reads it is seen by the next run.
    List<BuildState.Input> inputs = digestInputs(request);
    Diagnostics diagnostics = new Diagnostics();
    List<ServiceModel> models = reader.read(request, diagnostics);
    checkPackages(models, diagnostics);
    if (blocksOutput(diagnostics, request)) {
      return GenerationResult.failed(diagnostics.sorted(), reason);
    }
    List<GeneratedFile> files = emitAll(models, diagnostics);
    if (blocksOutput(diagnostics, request)) {
      return GenerationResult.failed(diagnostics.sorted(), reason);
    }

    if (store != null) {
      // Every path about to be written joins the manifest first, so that even an interrupted run
      // leaves the next one able to delete what it wrote.
      store.write(
          new BuildState(
              BuildState.FORMAT, false, configuration, models.size(), inputs,
              union(previousManifest, files), List.of()));
    }
    List<String> previousPaths = previousManifest.stream().map(BuildState.Output::path).toList();
    OutputSynchronizer.SyncResult sync =
        synchronizer.synchronize(request.outputDirectory(), files, previousPaths);
    List<Diagnostic> sorted = diagnostics.sorted();
    if (store != null) {
      store.write(
          new BuildState(
              BuildState.FORMAT, true, configuration, models.size(), inputs, sync.manifest(),
              warnings(sorted, base)));
    }
    return new GenerationResult(
        GenerationResult.Outcome.GENERATED, sorted, models.size(), sync.written(), sync.unchanged(),
        sync.deleted(), reason);
  }

  private static boolean blocksOutput(Diagnostics diagnostics, GenerationRequest request) {
    return diagnostics.hasErrors() || (request.failOnWarning() && !diagnostics.sorted().isEmpty());
  }

  private List<BuildState.Input> digestInputs(GenerationRequest request) throws IOException {
    Path base = request.baseDirectory();
    Map<String, Path> files = new TreeMap<>();
    for (Path descriptor : request.descriptors()) {
      files.put(RelativePaths.of(base, descriptor), descriptor);
    }
    for (Path input : reader.inputFiles(request)) {
      files.putIfAbsent(RelativePaths.of(base, input), input);
    }
    List<BuildState.Input> inputs = new ArrayList<>(files.size());
    for (Map.Entry<String, Path> entry : files.entrySet()) {
      Path file = RelativePaths.resolve(base, entry.getKey());
      // Stamped before hashing: a change while hashing leaves a stamp that no longer matches.
      FileStamp stamp = FileStamp.of(file);
      String digest = stamp.exists() ? Sha256.ofFile(file) : BuildState.Input.MISSING;
      inputs.add(new BuildState.Input(entry.getKey(), digest, stamp.size(), stamp.modified()));
    }
    return inputs;
  }

  // The reader decides each service's package (the plugin's packageName unless the descriptor sets
  // its own); code in no package, or in an invalid one, could not be compiled or imported.
  private static void checkPackages(List<ServiceModel> models, Diagnostics diagnostics) {
    for (ServiceModel model : models) {
      String javaPackage = model.javaPackage();
      if (javaPackage == null || javaPackage.isBlank()) {
        diagnostics.error(
            model.descriptor(),
            "service '" + model.name() + "' has no Java package: set the plugin parameter"
                + " packageName (property flowkit.packageName) or \"package\" in the descriptor");
      } else if (!SourceVersion.isName(javaPackage)) {
        diagnostics.error(
            model.descriptor(), "'" + javaPackage + "' is not a valid Java package name");
      }
    }
  }

  private List<GeneratedFile> emitAll(List<ServiceModel> models, Diagnostics diagnostics) {
    Map<String, GeneratedFile> byPath = new LinkedHashMap<>();
    Map<String, ServiceModel> owner = new LinkedHashMap<>();
    for (ServiceModel model : models) {
      for (GeneratedFile file : emitter.emit(model)) {
        String path = RelativePaths.separators(file.relativePath().normalize());
        GeneratedFile earlier = byPath.putIfAbsent(path, file);
        if (earlier == null) {
          owner.put(path, model);
        } else if (!Arrays.equals(earlier.content(), file.content())) {
          ServiceModel first = owner.get(path);
          diagnostics.error(
              model.descriptor(),
              "service '" + model.name() + "' generates " + path + ", which service '"
                  + first.name() + "' also generates with different content; give the services"
                  + " different Java packages");
        }
      }
    }
    return List.copyOf(byPath.values());
  }

  private static List<BuildState.Output> union(List<BuildState.Output> previous, List<GeneratedFile> files) {
    Map<String, BuildState.Output> paths = new TreeMap<>();
    for (BuildState.Output output : previous) {
      paths.put(output.path(), output);
    }
    for (GeneratedFile file : files) {
      String path = RelativePaths.separators(file.relativePath().normalize());
      paths.putIfAbsent(path, new BuildState.Output(path, "", -1, -1));
    }
    return List.copyOf(paths.values());
  }

  private static List<BuildState.Warning> warnings(List<Diagnostic> diagnostics, Path base) {
    List<BuildState.Warning> warnings = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.WARNING) {
        SourceLocation at = d.location();
        String file = at.file() == null ? null : RelativePaths.of(base, at.file());
        warnings.add(new BuildState.Warning(file, at.line(), at.column(), at.pointer(), d.message()));
      }
    }
    return warnings;
  }

  private static List<Diagnostic> restore(List<BuildState.Warning> warnings, Path base) {
    List<Diagnostic> restored = new ArrayList<>(warnings.size());
    for (BuildState.Warning w : warnings) {
      Path file = w.file() == null ? null : RelativePaths.resolve(base, w.file());
      restored.add(Diagnostic.warning(new SourceLocation(file, w.line(), w.column(), w.pointer()), w.message()));
    }
    return restored;
  }

  private static <T> T instantiate(String className, Class<T> type) {
    try {
      Class<?> implementation = Class.forName(className, true, Generator.class.getClassLoader());
      return type.cast(implementation.getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("Cannot create the flowkit " + type.getSimpleName() + " " + className, e);
    }
  }

  private static final class LazyReader implements ModelReader {
    private final Supplier<ModelReader> factory;
    private ModelReader delegate;

    LazyReader(Supplier<ModelReader> factory) {
      this.factory = factory;
    }

    private ModelReader delegate() {
      if (delegate == null) {
        delegate = factory.get();
      }
      return delegate;
    }

    @Override
    public List<ServiceModel> read(GenerationRequest request, Diagnostics diagnostics) {
      return delegate().read(request, diagnostics);
    }

    @Override
    public List<Path> inputFiles(GenerationRequest request) {
      return delegate().inputFiles(request);
    }
  }

  private static final class LazyEmitter implements SourceEmitter {
    private final Supplier<SourceEmitter> factory;
    private SourceEmitter delegate;

    LazyEmitter(Supplier<SourceEmitter> factory) {
      this.factory = factory;
    }

    @Override
    public List<GeneratedFile> emit(ServiceModel model) {
      if (delegate == null) {
        delegate = factory.get();
      }
      return delegate.emit(model);
    }
  }
}
