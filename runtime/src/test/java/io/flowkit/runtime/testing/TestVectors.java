package io.flowkit.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The platform-made test vectors in {@code shared/vectors/external-storage}, found by walking up
 * from the working directory (in CI {@code shared/} sits beside the repository root).
 */
public final class TestVectors {

  private static final String FOLDER = "shared/vectors/external-storage";

  private TestVectors() {}

  public static Path directory() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FOLDER);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "No " + FOLDER + " directory above " + start + ": the store's known-answer tests need the"
            + " shared/ folder beside the repository (../shared from the repository root)");
  }

  public static String read(String file) {
    try {
      return Files.readString(directory().resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
