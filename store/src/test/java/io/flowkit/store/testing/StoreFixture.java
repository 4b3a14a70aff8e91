package io.flowkit.store.testing;

import io.flowkit.runtime.testing.TestClock;
import io.flowkit.store.FlowStore;
import io.flowkit.store.keys.StoreKeyRing;
import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A store running on its own Jetty server on a free local port, with the platform (test kit) that
 * calls it and direct JDBC access to what it stored.
 */
public final class StoreFixture implements AutoCloseable {

  public final StoreKeyPairs keys;
  public final Clock clock;
  public final DatabaseSettings database;
  public final FlowStore store;
  public final PlatformTokens platform;
  public final StoreClient client;

  private StoreFixture(
      StoreKeyPairs keys, Clock clock, DatabaseSettings database, FlowStore store) {
    this.keys = keys;
    this.clock = clock;
    this.database = database;
    this.store = store;
    this.platform = new PlatformTokens(keys, clock);
    this.client = new StoreClient(store.uri(), platform);
  }

  /** A store on {@code database} with new keys and a clock standing at the current second. */
  public static StoreFixture start(DatabaseSettings database) {
    return start(database, StoreKeyPairs.generate(), TestClock.atCurrentSecond(), b -> b);
  }

  /** A store with the given parts; {@code customise} may change anything on the builder. */
  public static StoreFixture start(
      DatabaseSettings database,
      StoreKeyPairs keys,
      Clock clock,
      UnaryOperator<FlowStore.Builder> customise) {
    FlowStore store =
        customise
            .apply(
                FlowStore.builder()
                    .keys(StoreKeyRings.of(keys))
                    .database(database)
                    .clock(clock)
                    .host("127.0.0.1")
                    .port(0))
            .build()
            .start();
    return new StoreFixture(keys, clock, database, store);
  }

  /** How many states of {@code tenant} are stored. */
  public int rows(UUID tenant) {
    return query(
        "SELECT COUNT(*) FROM " + table() + " WHERE tenant_id = ?",
        statement -> statement.setObject(1, tenant),
        rows -> {
          rows.next();
          return rows.getInt(1);
        });
  }

  /** The stored row of state {@code id} of {@code tenant}, columns by lowercase name. */
  public Optional<Map<String, Object>> row(UUID tenant, UUID id) {
    return query(
        "SELECT * FROM " + table() + " WHERE tenant_id = ? AND id = ?",
        statement -> {
          statement.setObject(1, tenant);
          statement.setObject(2, id);
        },
        rows -> {
          if (!rows.next()) {
            return Optional.empty();
          }
          ResultSetMetaData meta = rows.getMetaData();
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            row.put(column, column.equals("content") ? rows.getString(i) : rows.getObject(i));
          }
          return Optional.of(row);
        });
  }

  private String table() {
    return database.schema() == null
        ? "flowkit_states"
        : "\"" + database.schema() + "\".flowkit_states";
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface Reader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private <T> T query(String sql, Binder binder, Reader<T> reader) {
    try (Connection connection =
            DriverManager.getConnection(database.url(), database.username(), database.password());
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        return reader.read(rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("test query failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    store.close();
  }
}
