package io.flowkit.store.repository;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open store database: its connection pool (when the store made it) and its {@link
 * StateRepository}, migrated to the current schema on opening.
 */
public final class StoreDatabase implements AutoCloseable {

  /** Flyway's history table, named for the store so that it can share a schema with an app's own. */
  static final String HISTORY_TABLE = "flowkit_store_schema_history";

  private static final Logger LOG = LoggerFactory.getLogger(StoreDatabase.class);

  private final HikariDataSource ownedPool;
  private final StateRepository repository;

  private StoreDatabase(HikariDataSource ownedPool, StateRepository repository) {
    this.ownedPool = ownedPool;
    this.repository = repository;
  }

  /** Connects to the database of {@code settings} with a new pool and migrates it. */
  public static StoreDatabase open(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("flowkit-store");
    config.setJdbcUrl(settings.url());
    if (settings.username() != null) {
      config.setUsername(settings.username());
    }
    if (settings.password() != null) {
      config.setPassword(settings.password());
    }
    config.setMaximumPoolSize(settings.maxPoolSize());
    config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
    // Bounded waits, so that while the database is down a request is answered 503 within about
    // the connection timeout and the pool reconnects on its own once it is back.
    long timeout = settings.connectionTimeout().toMillis();
    config.setConnectionTimeout(timeout);
    config.setValidationTimeout(Math.max(250, Math.min(timeout / 2, 5_000)));
    if (settings.dialect() == Dialect.POSTGRESQL) {
      // A 204 waits for the commit to be flushed by PostgreSQL, whatever the server's default.
      config.setConnectionInitSql("SET synchronous_commit TO on");
      // The driver's own connect and login waits, in seconds, no longer than the pool's.
      long seconds = Math.max(1, (timeout + 999) / 1000);
      config.addDataSourceProperty("connectTimeout", Long.toString(seconds));
      config.addDataSourceProperty("loginTimeout", Long.toString(seconds));
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StorageException(
          "Cannot connect to the store database " + settings.displayUrl() + ": "
              + rootMessage(e), e);
    }
    try {
      StateRepository repository = migrate(pool, settings.dialect(), settings.schema());
      LOG.info("Store database ready: {}", settings.displayUrl());
      return new StoreDatabase(pool, repository);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * Uses a data source the caller owns (and closes), migrating it; the dialect is read from the
   * database's metadata.
   *
   * @param schema the schema to keep the table in, or {@code null} for the connection's default
   */
  public static StoreDatabase attach(DataSource dataSource, String schema) {
    Objects.requireNonNull(dataSource, "dataSource");
    if (schema != null) {
      // Same rule as for configured settings: the schema ends up quoted in SQL.
      new DatabaseSettings(DatabaseSettings.DEFAULT_URL, null, null, schema, 1);
    }
    Dialect dialect;
    try (Connection connection = dataSource.getConnection()) {
      dialect = Dialect.ofProductName(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new StorageException("Cannot connect to the store database: " + e.getMessage(), e);
    }
    return new StoreDatabase(null, migrate(dataSource, dialect, schema));
  }

  private static StateRepository migrate(DataSource dataSource, Dialect dialect, String schema) {
    FluentConfiguration flyway =
        Flyway.configure(StoreDatabase.class.getClassLoader())
            .dataSource(dataSource)
            .locations(dialect.migrations())
            .table(HISTORY_TABLE)
            // An app's own tables may already be in the schema: start our history beside them.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .failOnMissingLocations(true);
    if (schema != null) {
      flyway = flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
    }
    try {
      flyway.load().migrate();
    } catch (FlywayException e) {
      throw new StorageException("Cannot migrate the store database: " + rootMessage(e), e);
    }
    if (dialect == Dialect.H2) {
      writeEachCommit(dataSource);
    }
    return new StateRepository(dataSource, dialect, schema);
  }

  /**
   * H2 writes committed transactions to its file only every {@code WRITE_DELAY} ms (500 by
   * default), so a store killed right after its 204 lost the states; with 0 each commit is written
   * before it returns. The setting is the database's and persists in it.
   */
  private static void writeEachCommit(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SET WRITE_DELAY 0");
    } catch (SQLException e) {
      throw new StorageException(
          "Cannot make the H2 store database write each commit (SET WRITE_DELAY 0 needs an admin"
              + " user): " + e.getMessage(), e);
    }
  }

  /** The states table. */
  public StateRepository repository() {
    return repository;
  }

  /** Closes the pool, if the store made it. */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.close();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
