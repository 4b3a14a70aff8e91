package io.flowkit.codegen.emit;

import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.runtime.codec.FlowTypeCodec;
import io.flowkit.runtime.service.FlowService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The generated sources of a test case, compiled (once per run) together with its probe, the user
 * code in {@code src/test/resources/probes/<case>}, and reached through reflection.
 */
final class CompiledCase {

  private static final Path PROBES =
      Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "probes");
  private static final Map<String, CompiledCase> CACHE = new ConcurrentHashMap<>();

  private final String javaPackage;
  private final InMemoryCompiler.Result result;

  private CompiledCase(ServiceModels.Case testCase) {
    this.javaPackage = testCase.model().javaPackage();
    List<GeneratedFile> files = new ArrayList<>(new JavaSourceEmitter().emit(testCase.model()));
    files.addAll(probes(testCase.name()));
    this.result = InMemoryCompiler.compile(files);
    if (!result.succeeded() || !result.diagnostics().isEmpty()) {
      throw new AssertionError("The " + testCase.name() + " case does not compile cleanly: " + result.diagnostics());
    }
  }

  static CompiledCase orders() {
    return of(new ServiceModels.Case("orders", ServiceModels.orders()));
  }

  static CompiledCase catalog() {
    return of(new ServiceModels.Case("catalog", ServiceModels.catalog()));
  }

  static CompiledCase weather() {
    return of(new ServiceModels.Case("weather", ServiceModels.weatherAlerts()));
  }

  static CompiledCase of(ServiceModels.Case testCase) {
    return CACHE.computeIfAbsent(testCase.name(), name -> new CompiledCase(testCase));
  }

  Class<?> type(String simpleName) {
    return result.load(javaPackage + "." + simpleName);
  }

  /** A generated record, built with its canonical constructor. */
  Object record(String simpleName, Object... components) {
    Class<?> type = type(simpleName);
    Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(parameters);
      return constructor.newInstance(components);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A record component's value. */
  static Object component(Object record, String name) {
    try {
      return record.getClass().getMethod(name).invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The generated codec of a type, by the type's record name. */
  @SuppressWarnings("unchecked")
  FlowTypeCodec<Object> codec(String recordName) {
    try {
      return (FlowTypeCodec<Object>) type(recordName + "Codec").getField("INSTANCE").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  Object constant(String enumName, String constant) {
    for (Object value : type(enumName).getEnumConstants()) {
      if (((Enum<?>) value).name().equals(constant)) {
        return value;
      }
    }
    throw new AssertionError("No constant " + enumName + "." + constant);
  }

  /** Calls a public static method of a generated class; exceptions it throws are rethrown as they are. */
  Object callStatic(String simpleName, String method, Object... arguments) {
    for (Method candidate : type(simpleName).getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
        try {
          return candidate.invoke(null, arguments);
        } catch (InvocationTargetException e) {
          throw rethrow(e);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("No method " + simpleName + "." + method);
  }

  /** A service the probe built, by the probe's method name. */
  FlowService<?> service(String probe, String method) {
    return (FlowService<?>) callStatic(probe, method);
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    if (e.getCause() instanceof RuntimeException runtime) {
      return runtime;
    }
    if (e.getCause() instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(e.getCause());
  }

  private static List<GeneratedFile> probes(String name) {
    Path directory = PROBES.resolve(name);
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      List<GeneratedFile> files = new ArrayList<>();
      for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        files.add(GeneratedFile.text(directory.relativize(path), Files.readString(path, StandardCharsets.UTF_8)));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
