package io.flowkit.codegen.incremental;

import java.nio.file.Path;

/** Paths as the build state stores them: relative where possible, always {@code /}-separated. */
public final class RelativePaths {

  private RelativePaths() {}

  /** {@code path} relative to {@code base} (with {@code ..} if it lies outside), {@code /}-separated. */
  public static String of(Path base, Path path) {
    Path absoluteBase = base.toAbsolutePath().normalize();
    Path absolute = absoluteBase.resolve(path).normalize();
    Path shown;
    try {
      shown = absoluteBase.relativize(absolute);
    } catch (IllegalArgumentException differentRoots) {
      shown = absolute;
    }
    return separators(shown);
  }

  /** The stored form of a path that is already relative. */
  public static String separators(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  /** The absolute path a stored relative path stands for. */
  public static Path resolve(Path base, String stored) {
    return base.toAbsolutePath().normalize().resolve(stored).normalize();
  }
}
