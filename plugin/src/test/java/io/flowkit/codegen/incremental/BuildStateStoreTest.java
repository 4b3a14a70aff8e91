package io.flowkit.codegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateStoreTest {

  @TempDir Path directory;

  private final BuildState state =
      new BuildState(
          BuildState.FORMAT, true, "abc", 2,
          List.of(new BuildState.Input("src/main/flow/orders.flow.json", "d1", 120, 987_654_321L)),
          List.of(new BuildState.Output("com/example/A.java", "d2", 10, 123_456_789L)),
          List.of(
              new BuildState.Warning("src/main/flow/p.json", 3, 4, "/a", "odd\tvalue 100%\r\nnext line"),
              new BuildState.Warning(null, 0, 0, "", "")));

  @Test
  void aWrittenStateReadsBackEqual() throws IOException {
    BuildStateStore store = new BuildStateStore(directory.resolve("flowkit/default/generate.state"));

    store.write(state);

    assertThat(store.read()).contains(state);
    try (var files = Files.list(store.file().getParent())) {
      assertThat(files).containsExactly(store.file());
    }
  }

  @Test
  void aMissingStateIsEmpty() throws IOException {
    assertThat(new BuildStateStore(directory.resolve("none.json")).read()).isEmpty();
  }

  @Test
  void aStateOfAnotherFormatIsIgnored() throws IOException {
    BuildStateStore store = new BuildStateStore(directory.resolve("generate.state"));
    store.write(new BuildState(BuildState.FORMAT + 1, true, "abc", 2, List.of(), List.of(), List.of()));

    assertThat(store.read()).isEmpty();
  }

  @Test
  void anUnreadableStateIsIgnored() throws IOException {
    Path file = Files.writeString(directory.resolve("generate.state"), "flowkit-build-state\t1\noutput\ta.java\n");
    Path json = Files.writeString(directory.resolve("other.json"), "{\"format\": 1}");

    assertThat(new BuildStateStore(file).read()).isEmpty();
    assertThat(new BuildStateStore(json).read()).isEmpty();
  }
}
