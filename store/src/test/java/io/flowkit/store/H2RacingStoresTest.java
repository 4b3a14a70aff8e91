package io.flowkit.store;

import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.TestDatabases;

/**
 * Two stores in one process on one in-memory H2 database: H2's MERGE under concurrent writers, 250
 * raced states in the test command (100 in the JDK run); PostgreSQL, where several processes share
 * a database, gets 1,000 ({@link PostgresRacingStoresIT}).
 */
class H2RacingStoresTest extends RacingStoresContract {

  @Override
  DatabaseSettings newDatabase() {
    return TestDatabases.h2InMemory();
  }

  @Override
  int rounds() {
    return jdkRun() ? 2 : 5;
  }
}
