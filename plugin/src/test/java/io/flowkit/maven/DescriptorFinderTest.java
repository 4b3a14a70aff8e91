package io.flowkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorFinderTest {

  @TempDir Path flow;

  @Test
  void findsDescriptorsAtAnyDepthSortedByRelativePath() throws IOException {
    touch("z.flow.json");
    touch("billing/b.flow.json");
    touch("a.flow.json");
    touch("profiles/order.json");
    touch("notes.flow.json.bak");
    Files.createDirectories(flow.resolve("dir.flow.json"));

    assertThat(DescriptorFinder.find(flow))
        .containsExactly(flow.resolve("a.flow.json"), flow.resolve("billing/b.flow.json"), flow.resolve("z.flow.json"));
  }

  @Test
  void aMissingDirectoryHasNoDescriptors() throws IOException {
    assertThat(DescriptorFinder.find(flow.resolve("absent"))).isEmpty();
  }

  private void touch(String relative) throws IOException {
    Path file = flow.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{}");
  }
}
