package io.flowkit.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the service descriptors ({@code **}{@code /*.flow.json}) below a source directory. */
public final class DescriptorFinder {

  /** The file name suffix of a service descriptor. */
  public static final String SUFFIX = ".flow.json";

  private DescriptorFinder() {}

  /**
   * Every descriptor below {@code directory}, sorted by their path relative to it (with {@code /}
   * separators, so the order is the same on every platform); empty when the directory does not exist.
   */
  public static List<Path> find(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(SUFFIX))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(f -> directory.relativize(f).toString().replace('\\', '/')))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
