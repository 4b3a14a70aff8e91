package io.flowkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.codegen.generation.GeneratedFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratedCodeCompilesTest {

  static List<ServiceModels.Case> cases() {
    return ServiceModels.all();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void compilesWithoutAnyDiagnosticUnderXlintAll(ServiceModels.Case testCase) {
    List<GeneratedFile> files = new JavaSourceEmitter().emit(testCase.model());

    InMemoryCompiler.Result result = InMemoryCompiler.compile(files);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.succeeded()).isTrue();
    for (GeneratedFile file : files) {
      String name = file.relativePath().toString().replace('/', '.').replace('\\', '.').replaceAll("\\.java$", "");
      assertThat(result.load(name).getName()).isEqualTo(name);
    }
  }
}
