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

  private static Optional<String> check(
      Optional<BuildState> state, long written, String configuration, Path base, Path output) throws IOException {
    return Optional.ofNullable(UpToDateCheck.check(state, written, configuration, base, output).staleReason());
  }

  @Test
  void aDeletedInputIsNamed() throws IOException {
    Path input = Files.writeString(base.resolve("a.json"), "{}");
    BuildState state =
        new BuildState(BuildState.FORMAT, true, "c", 1,
            List.of(new BuildState.Input("a.json", Sha256.ofFile(input), 2, 0)), List.of(), List.of());
    assertThat(check(Optional.of(state), Long.MAX_VALUE, "c", base, base.resolve("out"))).isEmpty();

    Files.delete(input);

    assertThat(check(Optional.of(state), Long.MAX_VALUE, "c", base, base.resolve("out")))
        .contains("a.json was deleted");
  }

  @Test
  void anInputThatWasMissingAndStillIsIsUnchanged() throws IOException {
    BuildState state =
        new BuildState(BuildState.FORMAT, true, "c", 1,
            List.of(new BuildState.Input("gone.json", BuildState.Input.MISSING, -1, 0)), List.of(), List.of());

    assertThat(check(Optional.of(state), Long.MAX_VALUE, "c", base, base.resolve("out"))).isEmpty();
  }

  @Test
  void aStampIsTrustedOnlyWhenClearlyOlderThanTheState() throws IOException {
    Path input = Files.writeString(base.resolve("a.json"), "{}");
    FileStamp stamp = FileStamp.of(input);
    // Same size and time as recorded, but a different digest: only hashing can tell.
    BuildState state =
        new BuildState(BuildState.FORMAT, true, "c", 1,
            List.of(new BuildState.Input("a.json", "recorded-before-a-same-size-edit", stamp.size(), stamp.modified())),
            List.of(), List.of());
    long longAfter = stamp.modified() + FileStamp.racyMargin(stamp.modified()) + 1;
    long justAfter = stamp.modified() + FileStamp.racyMargin(stamp.modified()) - 1;

    assertThat(check(Optional.of(state), longAfter, "c", base, base.resolve("out")))
        .as("an old, unchanged stamp is trusted without reading the file")
        .isEmpty();
    assertThat(check(Optional.of(state), justAfter, "c", base, base.resolve("out")))
        .as("a racy stamp is not trusted: the file is hashed")
        .contains("a.json changed");
  }

  @Test
  void filesThatHadToBeHashedAreRefreshedWithTheirCurrentStamps() throws IOException {
    Path input = Files.writeString(base.resolve("a.json"), "{}");
    Path output = Files.writeString(Files.createDirectories(base.resolve("out")).resolve("A.java"), "class A {}");
    FileStamp in = FileStamp.of(input);
    FileStamp out = FileStamp.of(output);
    BuildState state =
        new BuildState(BuildState.FORMAT, true, "c", 1,
            List.of(new BuildState.Input("a.json", Sha256.ofFile(input), in.size(), in.modified() - 5)),
            List.of(new BuildState.Output("A.java", Sha256.ofFile(output), out.size(), out.modified() - 5)),
            List.of());

    UpToDateCheck.Verdict touched = UpToDateCheck.check(Optional.of(state), Long.MAX_VALUE, "c", base, base.resolve("out"));

    assertThat(touched.upToDate()).isTrue();
    assertThat(touched.refreshed().inputs()).extracting(BuildState.Input::modified).containsExactly(in.modified());
    assertThat(touched.refreshed().outputs()).extracting(BuildState.Output::modified).containsExactly(out.modified());
    assertThat(UpToDateCheck.check(Optional.of(touched.refreshed()), Long.MAX_VALUE, "c", base, base.resolve("out")).refreshed())
        .as("nothing left to refresh")
        .isNull();
  }

  @Test
  void wholeSecondTimesSuggestACoarseFileSystemAndGetTheWiderMargin() {
    assertThat(FileStamp.racyMargin(1_700_000_000_000_000_000L)).isEqualTo(2_000_000_000L);
    assertThat(FileStamp.racyMargin(1_700_000_000_123_456_789L)).isEqualTo(50_000_000L);
  }

  @Test
  void anIncompleteStateIsNeverUpToDate() throws IOException {
    BuildState state = new BuildState(BuildState.FORMAT, false, "c", 1, List.of(), List.of(), List.of());

    assertThat(check(Optional.of(state), Long.MAX_VALUE, "c", base, base.resolve("out")))
        .contains("the previous generation did not complete");
  }

  @Test
  void aDirectoryInPlaceOfAnOutputIsADeletion() throws IOException {
    Path out = Files.createDirectories(base.resolve("out/A.java"));
    BuildState state =
        new BuildState(BuildState.FORMAT, true, "c", 1, List.of(),
            List.of(new BuildState.Output("A.java", "x", 1, 1)), List.of());

    assertThat(check(Optional.of(state), Long.MAX_VALUE, "c", base, out.getParent()))
        .contains("generated A.java was deleted");
  }
}
