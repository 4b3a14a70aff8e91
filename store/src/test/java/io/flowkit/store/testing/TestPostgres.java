package io.flowkit.store.testing;

import static org.assertj.core.api.Assertions.fail;

import io.flowkit.store.repository.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The real PostgreSQL the store's tests use: {@code FLOWKIT_TEST_PG_URL}, {@code
 * FLOWKIT_TEST_PG_USER}, {@code FLOWKIT_TEST_PG_PASSWORD}, by default the server {@code bash
 * .ci/postgres-up} starts. Each test run gets schemas of its own, so runs never collide.
 */
public final class TestPostgres {

  public static final String URL =
      env("FLOWKIT_TEST_PG_URL", "jdbc:postgresql://localhost:5432/flowkit_test");
  public static final String USER = env("FLOWKIT_TEST_PG_USER", "flowkit");
  public static final String PASSWORD = env("FLOWKIT_TEST_PG_PASSWORD", "flowkit");

  private TestPostgres() {}

  /** Settings for a new schema of this run; fails the test when PostgreSQL is unreachable. */
  public static DatabaseSettings newSchema() {
    requireReachable();
    String schema =
        "flowkit_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
            .toLowerCase(Locale.ROOT);
    return DatabaseSettings.of(URL, USER, PASSWORD).withSchema(schema);
  }

  /** Drops the schema of {@code settings}, with everything in it. */
  public static void dropSchema(DatabaseSettings settings) {
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS \"" + settings.schema() + "\" CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop test schema " + settings.schema(), e);
    }
  }

  private static void requireReachable() {
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
      if (!connection.isValid(5)) {
        fail(unreachable("the connection is not valid"));
      }
    } catch (SQLException e) {
      fail(unreachable(e.getMessage()));
    }
  }

  private static String unreachable(String why) {
    return "PostgreSQL is unreachable at " + URL + " as " + USER + " (" + why + "). "
        + "Run `bash .ci/postgres-up` to start it, or point FLOWKIT_TEST_PG_URL / "
        + "FLOWKIT_TEST_PG_USER / FLOWKIT_TEST_PG_PASSWORD at another server.";
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
