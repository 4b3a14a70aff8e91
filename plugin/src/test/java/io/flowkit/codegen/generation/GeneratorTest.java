package io.flowkit.codegen.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.codegen.diagnostics.Diagnostic;
import io.flowkit.codegen.diagnostics.Severity;
import io.flowkit.codegen.fixtures.FakeToolchain;
import io.flowkit.codegen.generation.GenerationResult.Outcome;
import io.flowkit.codegen.incremental.BuildState;
import io.flowkit.codegen.incremental.BuildStateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  @TempDir Path base;

  private Path flow;
  private Path output;
  private Path state;
  private FakeToolchain toolchain;
  private Generator generator;

  @BeforeEach
  void setUp() throws IOException {
    flow = Files.createDirectories(base.resolve("src/main/flow"));
    output = base.resolve("target/generated-sources/flowkit");
    state = base.resolve("target/flowkit/default/generate.state");
    toolchain = new FakeToolchain();
    generator = new Generator(toolchain, toolchain);
  }

  @Test
  void firstRunWritesEveryFileAndRemembersThem() throws IOException {
    write("orders.flow.json", "ref profiles/order.json", "file com/example/A.java class A {}", "file com/example/B.java class B {}");
    write("profiles/order.json", "{}");

    GenerationResult result = generate();

    assertThat(result.outcome()).isEqualTo(Outcome.GENERATED);
    assertThat(result.reason()).isEqualTo("no previous generation");
    assertThat(result.services()).isEqualTo(1);
    assertThat(result.written()).containsExactly(Path.of("com/example/A.java"), Path.of("com/example/B.java"));
    assertThat(output.resolve("com/example/A.java")).hasContent("// com.example\nclass A {}");
    assertThat(state).exists();
  }

  @Test
  void unchangedInputsAreUpToDateWithoutReadingAnythingOrTouchingOutputs() throws IOException {
    write("orders.flow.json", "ref profiles/order.json", "file com/example/A.java class A {}", "file com/example/B.java class B {}");
    write("profiles/order.json", "{}");
    generate();
    age(output.resolve("com/example/A.java"), output.resolve("com/example/B.java"));

    GenerationResult second = generate();

    assertThat(second.outcome()).isEqualTo(Outcome.UP_TO_DATE);
    assertThat(second.services()).isEqualTo(1);
    assertThat(second.written()).isEmpty();
    assertThat(toolchain.reads()).isEqualTo(1);
    assertThat(toolchain.emits()).isEqualTo(1);
    assertThat(Files.getLastModifiedTime(output.resolve("com/example/A.java"))).isEqualTo(LONG_AGO);
    assertThat(Files.getLastModifiedTime(output.resolve("com/example/B.java"))).isEqualTo(LONG_AGO);
  }

  @Test
  void aChangedProfileRegeneratesButRewritesOnlyFilesWhoseBytesChanged() throws IOException {
    write("orders.flow.json", "ref profiles/order.json", "file com/example/A.java class A {}", "file com/example/B.java class B {}");
    write("profiles/order.json", "{}");
    generate();
    age(output.resolve("com/example/A.java"), output.resolve("com/example/B.java"));

    write("profiles/order.json", "{\"type\": \"object\"}");
    write("orders.flow.json", "ref profiles/order.json", "file com/example/A.java class A {}", "file com/example/B.java class B { int b; }");
    GenerationResult result = generate();

    assertThat(result.outcome()).isEqualTo(Outcome.GENERATED);
    assertThat(result.written()).containsExactly(Path.of("com/example/B.java"));
    assertThat(result.unchanged()).containsExactly(Path.of("com/example/A.java"));
    assertThat(Files.getLastModifiedTime(output.resolve("com/example/A.java"))).isEqualTo(LONG_AGO);
    assertThat(Files.getLastModifiedTime(output.resolve("com/example/B.java"))).isNotEqualTo(LONG_AGO);
    assertThat(output.resolve("com/example/B.java")).hasContent("// com.example\nclass B { int b; }");
  }

  @Test
  void aChangedReferencedFileAloneRegeneratesAndNamesTheFile() throws IOException {
    write("orders.flow.json", "ref profiles/order.json", "file com/example/A.java class A {}");
    write("profiles/order.json", "{}");
    generate();

    write("profiles/order.json", "{ }");
    GenerationResult result = generate();

    assertThat(result.outcome()).isEqualTo(Outcome.GENERATED);
    assertThat(result.reason()).isEqualTo("src/main/flow/profiles/order.json changed");
    assertThat(toolchain.reads()).isEqualTo(2);
  }

  @Test
  void everyConfigurationFieldAndTheGeneratorVersionInvalidateTheState() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}");
    List<UnaryOperator<GenerationRequest>> changes =
        List.of(
            r -> with(r, "com.other", r.scalarArrays(), r.nameClashes(), r.maxDepth(), r.failOnWarning(), r.generatorVersion()),
            r -> with(r, r.packageName(), ScalarArrays.WRAP, r.nameClashes(), r.maxDepth(), r.failOnWarning(), r.generatorVersion()),
            r -> with(r, r.packageName(), r.scalarArrays(), NameClashes.PATH, r.maxDepth(), r.failOnWarning(), r.generatorVersion()),
            r -> with(r, r.packageName(), r.scalarArrays(), r.nameClashes(), 7, r.failOnWarning(), r.generatorVersion()),
            r -> with(r, r.packageName(), r.scalarArrays(), r.nameClashes(), r.maxDepth(), true, r.generatorVersion()),
            r -> with(r, r.packageName(), r.scalarArrays(), r.nameClashes(), r.maxDepth(), r.failOnWarning(), "0.2.0"));
    for (UnaryOperator<GenerationRequest> change : changes) {
      GenerationRequest original = request();
      assertThat(generator.generate(original, state).outcome()).isNotEqualTo(Outcome.FAILED);
      assertThat(generator.generate(original, state).outcome()).isEqualTo(Outcome.UP_TO_DATE);

      GenerationResult changed = generator.generate(change.apply(original), state);

      assertThat(changed.outcome()).isEqualTo(Outcome.GENERATED);
      assertThat(changed.reason()).contains("configuration");
    }
  }

  @Test
  void aNewDescriptorRegenerates() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}");
    generate();

    write("billing.flow.json", "file com/example/billing/B.java class B {}");
    GenerationResult result = generate();

    assertThat(result.outcome()).isEqualTo(Outcome.GENERATED);
    assertThat(result.services()).isEqualTo(2);
    assertThat(output.resolve("com/example/billing/B.java")).exists();
  }

  @Test
  void filesNoLongerGeneratedAreDeletedButForeignFilesAreNot() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}", "file com/example/old/B.java class B {}");
    generate();
    Path foreign = output.resolve("com/example/Handwritten.java");
    Files.writeString(foreign, "class Handwritten {}");
    Path foreignBeside = output.resolve("com/example/old/Notes.txt");
    Files.writeString(foreignBeside, "keep me");

    write("orders.flow.json", "file com/example/A.java class A {}", "file com/example/gone/C.java class C {}");
    GenerationResult result = generate();
    write("orders.flow.json", "file com/example/A.java class A {}");
    GenerationResult last = generate();

    assertThat(result.deleted()).containsExactly(Path.of("com/example/old/B.java"));
    assertThat(last.deleted()).containsExactly(Path.of("com/example/gone/C.java"));
    assertThat(output.resolve("com/example/old/B.java")).doesNotExist();
    assertThat(foreign).hasContent("class Handwritten {}");
    assertThat(foreignBeside).hasContent("keep me");
    assertThat(output.resolve("com/example/gone")).as("emptied directories are removed").doesNotExist();
    assertThat(output.resolve("com/example/A.java")).exists();
  }

  @Test
  void aFailedFirstRunWritesNeitherOutputNorState() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}", "error something is wrong", "warning odd");

    GenerationResult result = generate();

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.errorCount()).isEqualTo(1);
    assertThat(result.warningCount()).isEqualTo(1);
    assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly("something is wrong", "odd");
    assertThat(output).doesNotExist();
    assertThat(state).doesNotExist();
    assertThat(toolchain.emits()).isZero();
  }

  @Test
  void aFailedRunLeavesOutputsAloneAndTheNextRunRegeneratesEvenWithTheOldInputsBack() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}");
    generate();
    age(output.resolve("com/example/A.java"));

    write("orders.flow.json", "file com/example/A.java class A { broken }", "error broken");
    assertThat(generate().outcome()).isEqualTo(Outcome.FAILED);
    assertThat(output.resolve("com/example/A.java")).hasContent("// com.example\nclass A {}");
    assertThat(Files.getLastModifiedTime(output.resolve("com/example/A.java"))).isEqualTo(LONG_AGO);

    write("orders.flow.json", "file com/example/A.java class A {}");
    GenerationResult next = generate();

    assertThat(next.outcome()).isEqualTo(Outcome.GENERATED);
    assertThat(next.reason()).isEqualTo("the previous generation did not complete");
    assertThat(next.unchanged()).containsExactly(Path.of("com/example/A.java"));
  }

  @Test
  void anInterruptedRunStillLetsTheNextOneDeleteWhatItMayHaveWritten() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}");
    generate();
    write("orders.flow.json", "file com/example/A.java class A {}", "file com/example/B.java class B {}");
    toolchain.failEmitsWith(new IllegalStateException("emitter bug"));
    assertThatThrownBy(this::generate).hasMessage("emitter bug");

    toolchain.failEmitsWith(null);
    // As if the interrupted run had written B before dying.
    Files.writeString(output.resolve("com/example/B.java"), "half");
    write("orders.flow.json", "file com/example/A.java class A {}", "file com/example/B.java class B {}");
    generate();
    write("orders.flow.json", "file com/example/A.java class A {}");
    GenerationResult result = generate();

    assertThat(result.deleted()).containsExactly(Path.of("com/example/B.java"));
  }

  @Test
  void aFailedRunOfAPreviouslyGoodProjectIsNotSkippedByItsOldState() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}");
    generate();
    write("orders.flow.json", "file com/example/A.java class A {}", "error broken");
    generate();

    GenerationResult again = generate();

    assertThat(again.outcome()).as("the error is reported again, not skipped").isEqualTo(Outcome.FAILED);
    assertThat(toolchain.reads()).isEqualTo(3);
  }

  @Test
  void aGeneratedFileDeletedByHandIsRegenerated() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}", "file com/example/B.java class B {}");
    generate();
    Files.delete(output.resolve("com/example/B.java"));

    GenerationResult result = generate();

    assertThat(result.outcome()).isEqualTo(Outcome.GENERATED);
    assertThat(result.reason()).isEqualTo("generated com/example/B.java was deleted");
    assertThat(result.written()).containsExactly(Path.of("com/example/B.java"));
    assertThat(output.resolve("com/example/B.java")).exists();
  }

  @Test
  void aCleanedOutputDirectoryIsRegenerated() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}");
    generate();
    deleteRecursively(output);

    GenerationResult result = generate();

    assertThat(result.outcome()).isEqualTo(Outcome.GENERATED);
    assertThat(output.resolve("com/example/A.java")).exists();
  }

  @Test
  void aGeneratedFileEditedByHandIsRegenerated() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}");
    generate();
    Path a = output.resolve("com/example/A.java");
    FileTime written = Files.getLastModifiedTime(a);
    // Same size, same time: only the racy-stamp rule (the state was written just now) catches it.
    Files.writeString(a, "// com.example\nclass X {}\n");
    Files.setLastModifiedTime(a, written);

    GenerationResult result = generate();

    assertThat(result.outcome()).isEqualTo(Outcome.GENERATED);
    assertThat(result.reason()).isEqualTo("generated com/example/A.java was modified");
    assertThat(a).hasContent("// com.example\nclass A {}");
  }

  @Test
  void aTouchedButUnchangedOutputIsStillUpToDate() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}");
    generate();
    Files.setLastModifiedTime(output.resolve("com/example/A.java"), LONG_AGO);

    assertThat(generate().outcome()).isEqualTo(Outcome.UP_TO_DATE);
    assertThat(new BuildStateStore(state).read().orElseThrow().outputs())
        .as("the state now records the touched time, so the next check need not hash the file")
        .extracting(BuildState.Output::modified)
        .containsExactly(LONG_AGO.to(TimeUnit.NANOSECONDS));
  }

  @Test
  void warningsFailTheRunOnlyWithFailOnWarning() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}", "warning looks odd");
    GenerationRequest strict = with(request(), "com.example", null, null, 32, true, "1");

    GenerationResult failed = generator.generate(strict, state);

    assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(failed.errorCount()).isZero();
    assertThat(failed.warningCount()).isEqualTo(1);
    assertThat(output).doesNotExist();

    GenerationResult lenient = generate();
    assertThat(lenient.outcome()).isEqualTo(Outcome.GENERATED);
    assertThat(lenient.diagnostics()).extracting(Diagnostic::severity).containsExactly(Severity.WARNING);
  }

  @Test
  void anUpToDateRunReportsTheWarningsOfTheRunItSkipped() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}", "warning looks odd");
    GenerationResult first = generate();

    GenerationResult second = generate();

    assertThat(second.outcome()).isEqualTo(Outcome.UP_TO_DATE);
    assertThat(second.diagnostics()).hasSize(1);
    assertThat(second.diagnostics().get(0).format(base))
        .isEqualTo(first.diagnostics().get(0).format(base))
        .isEqualTo("src/main/flow/orders.flow.json:2:1: warning: looks odd (at /1)");
  }

  @Test
  void aServiceWithoutAPackageIsAnErrorOnItsDescriptor() throws IOException {
    write("orders.flow.json", "file A.java class A {}");
    GenerationRequest noPackage = with(request(), "", null, null, 32, false, "1");

    GenerationResult result = generator.generate(noPackage, state);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.diagnostics().get(0).format(base))
        .startsWith("src/main/flow/orders.flow.json:1:1: error: service 'orders.flow.json' has no Java package");
  }

  @Test
  void twoServicesGeneratingTheSameFileDifferentlyIsAnError() throws IOException {
    write("a.flow.json", "file com/example/Shared.java class Shared { int a; }");
    write("b.flow.json", "file com/example/Shared.java class Shared { int b; }");

    GenerationResult result = generate();

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.format(base))
        .isEqualTo("src/main/flow/b.flow.json:1:1: error: service 'b.flow.json' generates com/example/Shared.java,"
            + " which service 'a.flow.json' also generates with different content; give the services"
            + " different Java packages"));
    assertThat(output).doesNotExist();
  }

  @Test
  void aCorruptOrForeignFormatStateMeansRegenerate() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}");
    generate();
    Files.writeString(state, "{ not json");
    assertThat(generate().outcome()).isEqualTo(Outcome.GENERATED);

    Files.writeString(state, Files.readString(state).replace("flowkit-build-state\t1\n", "flowkit-build-state\t999\n"));
    assertThat(generate().outcome()).isEqualTo(Outcome.GENERATED);
    assertThat(generate().outcome()).isEqualTo(Outcome.UP_TO_DATE);
  }

  @Test
  void withoutAStateFileEveryRunRegenerates() throws IOException {
    write("orders.flow.json", "file com/example/A.java class A {}");
    generator.generate(request(), null);

    GenerationResult second = generator.generate(request(), null);

    assertThat(second.outcome()).isEqualTo(Outcome.GENERATED);
    assertThat(second.unchanged()).containsExactly(Path.of("com/example/A.java"));
  }

  private GenerationResult generate() throws IOException {
    return generator.generate(request(), state);
  }

  private GenerationRequest request() throws IOException {
    List<Path> descriptors;
    try (var files = Files.list(flow)) {
      descriptors = files.filter(f -> f.toString().endsWith(".flow.json")).sorted().toList();
    }
    return new GenerationRequest(base, descriptors, output, "com.example", ScalarArrays.ERROR, NameClashes.ERROR, 32, false, "1");
  }

  private static GenerationRequest with(
      GenerationRequest r, String packageName, ScalarArrays scalarArrays, NameClashes nameClashes,
      int maxDepth, boolean failOnWarning, String version) {
    return new GenerationRequest(
        r.baseDirectory(), r.descriptors(), r.outputDirectory(), packageName, scalarArrays, nameClashes,
        maxDepth, failOnWarning, version);
  }

  private void write(String relative, String... lines) throws IOException {
    Path file = flow.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  private static void age(Path... files) throws IOException {
    for (Path file : files) {
      Files.setLastModifiedTime(file, LONG_AGO);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
