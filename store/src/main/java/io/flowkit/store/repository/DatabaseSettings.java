package io.flowkit.store.repository;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach the store's database.
 *
 * @param url the JDBC URL, {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
 * @param username the user, or {@code null} (H2 then uses {@code sa})
 * @param password the password, or {@code null}
 * @param schema the schema to keep the table in (created when missing), or {@code null} for the
 *     connection's default schema
 * @param maxPoolSize the most connections the store opens
 * @param connectionTimeout how long a request waits for a database connection before the store
 *     answers {@code 503} (at least 250 ms); also bounds PostgreSQL's connect and login
 */
public record DatabaseSettings(
    String url, String username, String password, String schema, int maxPoolSize,
    Duration connectionTimeout) {

  /** The embedded default: an H2 file database {@code ./flowkit-store} (file {@code flowkit-store.mv.db}). */
  public static final String DEFAULT_URL = "jdbc:h2:file:./flowkit-store";

  /** The default pool size. */
  public static final int DEFAULT_POOL_SIZE = 10;

  /**
   * The default wait for a connection: 5 s, so that a request made while the database is down is
   * answered 503 within seconds rather than holding its thread and body.
   */
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

  /** The least connection timeout HikariCP accepts. */
  public static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);

  private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  /** Checks the URL names a supported database and the schema is a plain identifier. */
  public DatabaseSettings {
    Objects.requireNonNull(url, "url");
    Dialect.ofJdbcUrl(url);
    if (schema != null && !SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException(
          "The database schema must be a plain identifier (letters, digits, _), at most 63 long");
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("The database pool size must be at least 1");
    }
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    if (connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
      throw new IllegalArgumentException("The database connection timeout must be at least 250 ms");
    }
  }

  /** Settings with the default connection timeout. */
  public DatabaseSettings(String url, String username, String password, String schema, int maxPoolSize) {
    this(url, username, password, schema, maxPoolSize, DEFAULT_CONNECTION_TIMEOUT);
  }

  /** The embedded default database. */
  public static DatabaseSettings embedded() {
    return new DatabaseSettings(DEFAULT_URL, null, null, null, DEFAULT_POOL_SIZE);
  }

  /** An H2 file database at {@code file} (H2 adds {@code .mv.db}). */
  public static DatabaseSettings h2File(Path file) {
    return new DatabaseSettings(
        "jdbc:h2:file:" + file.toAbsolutePath(), null, null, null, DEFAULT_POOL_SIZE);
  }

  /** A database at {@code url} with the given credentials. */
  public static DatabaseSettings of(String url, String username, String password) {
    return new DatabaseSettings(url, username, password, null, DEFAULT_POOL_SIZE);
  }

  /** The same settings with the table kept in {@code schema}. */
  public DatabaseSettings withSchema(String schema) {
    return new DatabaseSettings(url, username, password, schema, maxPoolSize, connectionTimeout);
  }

  /** The same settings with at most {@code size} connections. */
  public DatabaseSettings withMaxPoolSize(int size) {
    return new DatabaseSettings(url, username, password, schema, size, connectionTimeout);
  }

  /** The same settings with another connection timeout. */
  public DatabaseSettings withConnectionTimeout(Duration timeout) {
    return new DatabaseSettings(url, username, password, schema, maxPoolSize, timeout);
  }

  /** The same settings at another URL (e.g. through a proxy), credentials and schema kept. */
  public DatabaseSettings withUrl(String otherUrl) {
    return new DatabaseSettings(otherUrl, username, password, schema, maxPoolSize, connectionTimeout);
  }

  /** The dialect of {@link #url()}. */
  public Dialect dialect() {
    return Dialect.ofJdbcUrl(url);
  }

  /** The URL without its parameters, which may hold credentials: safe to log. */
  public String displayUrl() {
    int end = url.length();
    for (char c : new char[] {'?', ';'}) {
      int at = url.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return url.substring(0, end);
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "DatabaseSettings[url=" + displayUrl() + ", username=" + username + ", schema=" + schema
        + ", maxPoolSize=" + maxPoolSize + ", connectionTimeout=" + connectionTimeout + "]";
  }
}
