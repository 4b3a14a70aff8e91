package io.flowkit.store.repository;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * The database failed (unreachable, timed out, refused a statement). The message describes the
 * failure for the operator's log; it never carries state content. {@link #kind()} tells the caller
 * whether to answer "try again later", "this data cannot be stored" or "the store failed".
 */
public final class StorageException extends RuntimeException {

  /** What kind of failure, as the HTTP answer needs to know it. */
  public enum Kind {
    /**
     * The database cannot be reached right now (no connection within the pool's timeout, the
     * connection broke, the server is shutting down or out of connections): worth retrying later.
     */
    UNAVAILABLE,
    /** The database refused the values themselves (SQLState class 22, data exception). */
    DATA_REFUSED,
    /** Anything else: a failure of the store or its database that retrying will not mend. */
    FAILED
  }

  private final Kind kind;

  /** A database failure, its kind read from {@code cause}. */
  public StorageException(String message, Throwable cause) {
    this(message, cause, classify(cause));
  }

  /** A database failure of the given kind. */
  public StorageException(String message, Throwable cause, Kind kind) {
    super(message, cause);
    this.kind = kind;
  }

  /** What kind of failure this is. */
  public Kind kind() {
    return kind;
  }

  /**
   * The kind of a JDBC failure: connection-class SQLStates ({@code 08}), PostgreSQL's shutdown and
   * resource states ({@code 57P01..57P03}, class {@code 53}), the JDK's transient and recoverable
   * exceptions (HikariCP's pool timeout is one) and broken sockets are {@link Kind#UNAVAILABLE};
   * class {@code 22} is {@link Kind#DATA_REFUSED}.
   */
  static Kind classify(Throwable failure) {
    for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (e instanceof SQLTransientException || e instanceof SQLRecoverableException
          || e instanceof ConnectException || e instanceof SocketException) {
        return Kind.UNAVAILABLE;
      }
      if (e instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
          return Kind.UNAVAILABLE;
        }
        if (state.startsWith("22")) {
          return Kind.DATA_REFUSED;
        }
      }
    }
    return Kind.FAILED;
  }
}
