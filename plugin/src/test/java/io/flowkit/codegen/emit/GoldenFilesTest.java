package io.flowkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.codegen.generation.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact output for each hand-built model, compared with {@code src/test/resources/golden/<case>}.
 *
 * <p>After an intended change to the generated code, regenerate the golden files and review the diff:
 *
 * <pre>
 * mvn -B -ntp -pl plugin -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dflowkit.golden.update=true
 * git diff plugin/src/test/resources/golden
 * </pre>
 */
class GoldenFilesTest {

  private static final Path GOLDEN =
      Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");

  static List<ServiceModels.Case> cases() {
    return ServiceModels.all();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void emitsExactlyTheGoldenFiles(ServiceModels.Case testCase) throws IOException {
    Map<String, String> actual = new TreeMap<>();
    for (GeneratedFile file : new JavaSourceEmitter().emit(testCase.model())) {
      actual.put(file.relativePath().toString().replace('\\', '/'), file.text());
    }
    Path directory = GOLDEN.resolve(testCase.name());
    if (Boolean.getBoolean("flowkit.golden.update")) {
      rewrite(directory, actual);
    }

    Map<String, String> expected = read(directory);

    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    actual.forEach((path, text) -> assertThat(text).as(path).isEqualTo(expected.get(path)));
  }

  private static Map<String, String> read(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(directory)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(directory.relativize(path).toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void rewrite(Path directory, Map<String, String> files) throws IOException {
    if (Files.isDirectory(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        paths.sorted(Comparator.reverseOrder()).forEach(GoldenFilesTest::delete);
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = directory.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
