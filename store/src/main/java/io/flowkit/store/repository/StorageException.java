package io.flowkit.store.repository;

/**
 * The database failed (unreachable, timed out, refused a statement). The message describes the
 * failure for the operator's log; it never carries state content.
 */
public final class StorageException extends RuntimeException {

  /** A database failure. */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
