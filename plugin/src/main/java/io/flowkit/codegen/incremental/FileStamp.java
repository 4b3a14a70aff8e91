package io.flowkit.codegen.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time: the cheap evidence, checked before the expensive one (its
 * SHA-256), that a file has not changed since a digest of it was recorded.
 *
 * <p>Equal stamps are trusted only for files whose time is clearly older than the recorded state
 * itself, as git does with its index: a file changed again within the file system's timestamp
 * resolution of being recorded could keep its size and time, so such a "racy" file is always
 * hashed. The margin follows the resolution the file's own time shows: a time with a fraction of a
 * second comes from a fine-grained file system (ext4, APFS, NTFS: nanoseconds, updated at least
 * every kernel tick), where 50 ms is ample; a time on a whole second may come from a coarse one
 * (HFS+, ext3: 1 s; FAT: 2 s), where the margin is two seconds.
 *
 * @param size in bytes; {@code -1} when the file does not exist
 * @param modified nanoseconds since the epoch
 */
public record FileStamp(long size, long modified) {

  private static final long FINE_MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final long COARSE_MARGIN_NANOS = TimeUnit.SECONDS.toNanos(2);

  public static final FileStamp MISSING = new FileStamp(-1, 0);

  /** The stamp of a regular file; {@link #MISSING} when there is none (or something else is there). */
  public static FileStamp of(Path file) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return MISSING;
    }
    if (attributes.isDirectory()) {
      return MISSING;
    }
    return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
  }

  public boolean exists() {
    return size >= 0;
  }

  /**
   * Whether this stamp proves the file unchanged since it was recorded as {@code (size, modified)}
   * in a state written at {@code stateWritten}.
   */
  public boolean provesUnchanged(long recordedSize, long recordedModified, long stateWritten) {
    return exists()
        && size == recordedSize
        && modified == recordedModified
        && modified < stateWritten - racyMargin(modified);
  }

  /** How much older than the state a file with this time must be for its stamp to be trusted. */
  public static long racyMargin(long modified) {
    return modified % TimeUnit.SECONDS.toNanos(1) == 0 ? COARSE_MARGIN_NANOS : FINE_MARGIN_NANOS;
  }
}
