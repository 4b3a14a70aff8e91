package io.flowkit.store;

import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.TestPostgres;

/**
 * Two stores on one PostgreSQL schema: the conditional upsert (ON CONFLICT ... WHERE) under races,
 * 1,000 raced states (250 in the JDK-provider run).
 */
class PostgresRacingStoresIT extends RacingStoresContract {

  @Override
  DatabaseSettings newDatabase() {
    return TestPostgres.newSchema();
  }

  @Override
  int rounds() {
    return jdkRun() ? 5 : 20;
  }

  @Override
  void dropDatabase(DatabaseSettings database) {
    TestPostgres.dropSchema(database);
  }
}
