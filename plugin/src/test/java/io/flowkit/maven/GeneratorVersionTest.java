package io.flowkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorVersionTest {

  @TempDir Path directory;

  @Test
  void aReleaseIsItsVersion() throws IOException {
    Path jar = Files.writeString(directory.resolve("plugin.jar"), "classes");

    assertThat(GeneratorVersion.of("0.1.0", jar)).isEqualTo("0.1.0");
  }

  @Test
  void aSnapshotIsItsVersionPlusTheJarDigestSoARebuiltPluginRegenerates() throws IOException {
    Path jar = Files.writeString(directory.resolve("plugin.jar"), "classes");
    String before = GeneratorVersion.of("0.1.0-SNAPSHOT", jar);

    Files.writeString(jar, "changed");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
    String after = GeneratorVersion.of("0.1.0-SNAPSHOT", jar);

    assertThat(before).startsWith("0.1.0-SNAPSHOT+").hasSize("0.1.0-SNAPSHOT+".length() + 64);
    assertThat(after).startsWith("0.1.0-SNAPSHOT+").isNotEqualTo(before);
  }

  @Test
  void aSnapshotRunFromClassesIsJustItsVersion() throws IOException {
    assertThat(GeneratorVersion.of("0.1.0-SNAPSHOT", directory)).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(GeneratorVersion.of("0.1.0-SNAPSHOT", null)).isEqualTo("0.1.0-SNAPSHOT");
  }
}
