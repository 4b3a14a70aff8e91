package io.flowkit.store.testing;

import io.flowkit.store.repository.DatabaseSettings;
import java.nio.file.Path;
import java.util.UUID;

/** Embedded H2 databases for tests: in memory, or files under {@code target/}. */
public final class TestDatabases {

  private TestDatabases() {}

  /** A new in-memory H2 database that lives as long as the JVM. */
  public static DatabaseSettings h2InMemory() {
    return DatabaseSettings.of(
        "jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /** A new H2 file database under the test data directory. */
  public static DatabaseSettings h2File() {
    return DatabaseSettings.h2File(dataDirectory().resolve("store-" + UUID.randomUUID()));
  }

  /** Where tests may write files ({@code target/test-data}). */
  public static Path dataDirectory() {
    String configured = System.getProperty("flowkit.test.dir");
    return Path.of(configured == null ? "target/test-data" : configured).toAbsolutePath();
  }
}
