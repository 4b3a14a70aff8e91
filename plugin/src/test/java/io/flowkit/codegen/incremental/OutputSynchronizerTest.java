package io.flowkit.codegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.codegen.generation.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSynchronizerTest {

  @TempDir Path root;

  private final OutputSynchronizer synchronizer = new OutputSynchronizer();

  @Test
  void theManifestRecordsDigestSizeAndTimeOfEveryFile() throws IOException {
    OutputSynchronizer.SyncResult result =
        synchronizer.synchronize(root, List.of(GeneratedFile.text(Path.of("a/B.java"), "class B {}")), List.of());

    Path written = root.resolve("a/B.java");
    assertThat(result.manifest())
        .containsExactly(
            new BuildState.Output(
                "a/B.java", Sha256.of("class B {}".getBytes()), 10,
                Files.getLastModifiedTime(written).to(TimeUnit.NANOSECONDS)));
    try (var siblings = Files.list(written.getParent())) {
      assertThat(siblings).as("no temporary file is left behind").containsExactly(written);
    }
  }

  @Test
  void aFileWithTheSameBytesIsNotRewritten() throws IOException {
    Path existing = Files.createDirectories(root.resolve("a")).resolve("B.java");
    Files.writeString(existing, "class B {}");
    FileTime old = FileTime.from(Instant.parse("2021-05-05T00:00:00Z"));
    Files.setLastModifiedTime(existing, old);

    OutputSynchronizer.SyncResult result =
        synchronizer.synchronize(root, List.of(GeneratedFile.text(Path.of("a/B.java"), "class B {}")), List.of());

    assertThat(result.unchanged()).containsExactly(Path.of("a/B.java"));
    assertThat(result.written()).isEmpty();
    assertThat(Files.getLastModifiedTime(existing)).isEqualTo(old);
  }

  @Test
  void aFileWithTheSameSizeButOtherBytesIsRewritten() throws IOException {
    Path existing = Files.createDirectories(root.resolve("a")).resolve("B.java");
    Files.writeString(existing, "class X {}");

    OutputSynchronizer.SyncResult result =
        synchronizer.synchronize(root, List.of(GeneratedFile.text(Path.of("a/B.java"), "class B {}")), List.of());

    assertThat(result.written()).containsExactly(Path.of("a/B.java"));
    assertThat(existing).hasContent("class B {}");
  }

  @Test
  void generatedPathsMayNotLeaveTheOutputDirectory() {
    assertThatThrownBy(
            () -> synchronizer.synchronize(root, List.of(GeneratedFile.text(Path.of("../Evil.java"), "")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaves the output directory");
    assertThatThrownBy(
            () -> synchronizer.synchronize(root, List.of(GeneratedFile.text(root.resolve("X.java"), "")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be relative");
  }

  @Test
  void aManifestEntryOutsideTheOutputDirectoryIsNeverDeleted() throws IOException {
    Path output = Files.createDirectories(root.resolve("out"));
    Path outside = Files.writeString(root.resolve("precious.txt"), "mine");

    OutputSynchronizer.SyncResult result =
        synchronizer.synchronize(output, List.of(), List.of("../precious.txt", "/etc/hostname", ""));

    assertThat(result.deleted()).isEmpty();
    assertThat(outside).hasContent("mine");
  }
}
