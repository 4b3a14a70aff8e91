package io.flowkit.codegen.emit;

import io.flowkit.codegen.generation.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources in memory with the system compiler, {@code -Xlint:all -Werror}, against the test
 * class path, and loads the classes in a class loader of their own. Public for the end-to-end
 * tests, which compile what the real reader and emitter produce.
 */
public final class InMemoryCompiler {

  /** The options every generated file set must compile with, warnings counting as errors. */
  public static final List<String> OPTIONS = List.of("--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8");

  private static final Map<String, Result> CACHE = new ConcurrentHashMap<>();

  private InMemoryCompiler() {}

  /** The outcome: every diagnostic javac reported and, when it succeeded, the loaded classes. */
  public record Result(List<String> diagnostics, ClassLoader classLoader) {

    public boolean succeeded() {
      return classLoader != null;
    }

    public Class<?> load(String name) {
      try {
        return Class.forName(name, true, classLoader);
      } catch (ClassNotFoundException e) {
        throw new AssertionError("Not compiled: " + name, e);
      }
    }
  }

  /** Compiles the emitted files of a test case once per test run. */
  static Result compileCached(String key, List<GeneratedFile> files) {
    return CACHE.computeIfAbsent(key, k -> compile(files));
  }

  public static Result compile(List<GeneratedFile> files) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFile file : files) {
      sources.add(new Source(file.relativePath(), file.text()));
    }
    List<String> options = new ArrayList<>(OPTIONS);
    options.add("-classpath");
    options.add(testClassPath());
    StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    ClassesInMemory manager = new ClassesInMemory(standard);
    boolean ok = compiler.getTask(null, manager, diagnostics, options, null, sources).call();
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
      messages.add(where + d.getKind() + ": " + d.getMessage(Locale.ROOT));
    }
    return new Result(List.copyOf(messages), ok ? new BytesClassLoader(manager.classes) : null);
  }

  /**
   * The class path of this test run. Surefire may hide it in a manifest-only jar, so the places the
   * runtime and Jackson's annotations were loaded from are added explicitly.
   */
  static String testClassPath() {
    Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    for (String marker :
        List.of("io.flowkit.runtime.service.FlowService", "com.fasterxml.jackson.annotation.JsonProperty")) {
      try {
        URI location = Class.forName(marker).getProtectionDomain().getCodeSource().getLocation().toURI();
        entries.add(Path.of(location).toString());
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("Cannot locate " + marker, e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(Path path, String text) {
      super(URI.create("string:///" + path.toString().replace(File.separatorChar, '/')), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  private static final class ClassFile extends SimpleJavaFileObject {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ClassFile(String className) {
      super(URI.create("bytes:///" + className.replace('.', '/') + ".class"), Kind.CLASS);
    }

    @Override
    public OutputStream openOutputStream() {
      return bytes;
    }
  }

  private static final class ClassesInMemory extends ForwardingJavaFileManager<JavaFileManager> {
    private final Map<String, ClassFile> classes = new TreeMap<>();

    ClassesInMemory(JavaFileManager delegate) {
      super(delegate);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      ClassFile file = new ClassFile(className);
      classes.put(className, file);
      return file;
    }
  }

  private static final class BytesClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes = new TreeMap<>();

    BytesClassLoader(Map<String, ClassFile> compiled) {
      super(InMemoryCompiler.class.getClassLoader());
      compiled.forEach((name, file) -> classes.put(name, file.bytes.toByteArray()));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
