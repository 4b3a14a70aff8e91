package io.flowkit.codegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpToDateCheckTest {

  @TempDir Path base;

  @Test
  void aDeletedInputIsNamed() throws IOException {
    Path input = Files.writeString(base.resolve("a.json"), "{}");
    BuildState state =
        new BuildState(BuildState.FORMAT, true, "c", 1,
            List.of(new BuildState.Input("a.json", Sha256.ofFile(input))), List.of(), List.of());
    assertThat(UpToDateCheck.staleReason(Optional.of(state), "c", base, base.resolve("out"))).isEmpty();

    Files.delete(input);

    assertThat(UpToDateCheck.staleReason(Optional.of(state), "c", base, base.resolve("out")))
        .contains("a.json was deleted");
  }

  @Test
  void anInputThatWasMissingAndStillIsIsUnchanged() throws IOException {
    BuildState state =
        new BuildState(BuildState.FORMAT, true, "c", 1,
            List.of(new BuildState.Input("gone.json", BuildState.Input.MISSING)), List.of(), List.of());

    assertThat(UpToDateCheck.staleReason(Optional.of(state), "c", base, base.resolve("out"))).isEmpty();
  }

  @Test
  void anIncompleteStateIsNeverUpToDate() throws IOException {
    BuildState state = new BuildState(BuildState.FORMAT, false, "c", 1, List.of(), List.of(), List.of());

    assertThat(UpToDateCheck.staleReason(Optional.of(state), "c", base, base.resolve("out")))
        .contains("the previous generation did not complete");
  }

  @Test
  void aDirectoryInPlaceOfAnOutputIsAModification() throws IOException {
    Path out = Files.createDirectories(base.resolve("out/A.java"));
    BuildState state =
        new BuildState(BuildState.FORMAT, true, "c", 1, List.of(),
            List.of(new BuildState.Output("A.java", "x", 1, 1)), List.of());

    assertThat(UpToDateCheck.staleReason(Optional.of(state), "c", base, out.getParent()))
        .contains("generated A.java was modified");
  }
}
