package io.flowkit.codegen.incremental;

import io.flowkit.codegen.generation.GeneratedFile;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Brings an output directory in line with a set of generated files: writes a file only when its
 * bytes differ from what is on disk (an unchanged file keeps its modification time, so the compiler
 * does not recompile it), and deletes the files a previous run generated that are no longer
 * produced. Files it was not told it generated are never touched.
 */
public final class OutputSynchronizer {

  /**
   * @param outputDirectory where the files go
   * @param files the new output; relative paths must stay inside {@code outputDirectory}
   * @param previouslyGenerated the previous manifest's paths, relative and {@code /}-separated
   */
  public SyncResult synchronize(
      Path outputDirectory, List<GeneratedFile> files, Collection<String> previouslyGenerated)
      throws IOException {
    Path root = outputDirectory.toAbsolutePath().normalize();
    List<Path> written = new ArrayList<>();
    List<Path> unchanged = new ArrayList<>();
    List<BuildState.Output> manifest = new ArrayList<>();
    Set<String> produced = new TreeSet<>();

    List<GeneratedFile> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(f -> RelativePaths.separators(f.relativePath())));
    for (GeneratedFile file : sorted) {
      Path relative = file.relativePath();
      Path target = inside(root, relative);
      String stored = RelativePaths.separators(root.relativize(target));
      produced.add(stored);
      if (sameBytes(target, file.content())) {
        unchanged.add(root.relativize(target));
      } else {
        write(target, file.content());
        written.add(root.relativize(target));
      }
      BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
      manifest.add(
          new BuildState.Output(
              stored,
              Sha256.of(file.content()),
              attributes.size(),
              attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
    }

    List<Path> deleted = new ArrayList<>();
    for (String old : new TreeSet<>(previouslyGenerated)) {
      if (produced.contains(old)) {
        continue;
      }
      Path stale = insideOrNull(root, old);
      if (stale != null && Files.deleteIfExists(stale)) {
        deleted.add(root.relativize(stale));
        pruneEmptyParents(root, stale.getParent());
      }
    }
    return new SyncResult(written, unchanged, deleted, manifest);
  }

  private static boolean sameBytes(Path target, byte[] content) throws IOException {
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.size(target) != content.length) {
      return false;
    }
    return Arrays.equals(Files.readAllBytes(target), content);
  }

  // Written next to the target and moved over it, so that IDEs watching the directory never see
  // half a file.
  private static void write(Path target, byte[] content) throws IOException {
    Files.createDirectories(target.getParent());
    Path temporary = target.resolveSibling("." + target.getFileName() + ".flowkit.tmp");
    Files.write(temporary, content);
    try {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Path inside(Path root, Path relative) {
    if (relative.isAbsolute()) {
      throw new IllegalArgumentException("Generated file path must be relative: " + relative);
    }
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IllegalArgumentException("Generated file path leaves the output directory: " + relative);
    }
    return target;
  }

  // A manifest is only a file under target/: a path in it that would leave the output directory
  // is ignored rather than trusted.
  private static Path insideOrNull(Path root, String stored) {
    try {
      Path target = root.resolve(stored).normalize();
      return target.startsWith(root) && !target.equals(root) ? target : null;
    } catch (RuntimeException invalidPath) {
      return null;
    }
  }

  private static void pruneEmptyParents(Path root, Path directory) throws IOException {
    for (Path dir = directory; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
      try {
        Files.deleteIfExists(dir);
      } catch (DirectoryNotEmptyException notEmpty) {
        return;
      }
    }
  }

  /**
   * What a synchronisation did; paths relative to the output directory, sorted.
   *
   * @param manifest the new manifest, one entry per generated file
   */
  public record SyncResult(
      List<Path> written, List<Path> unchanged, List<Path> deleted, List<BuildState.Output> manifest) {

    public SyncResult {
      written = List.copyOf(written);
      unchanged = List.copyOf(unchanged);
      deleted = List.copyOf(deleted);
      manifest = List.copyOf(manifest);
    }
  }
}
