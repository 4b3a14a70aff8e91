package io.flowkit.runtime.store;

import io.flowkit.runtime.store.repository.DatabaseSettings;
import io.flowkit.runtime.testing.TestPostgres;

/** The store's HTTP contract on a real PostgreSQL, in a schema of this run's own. */
class PostgresStoreHttpTest extends StoreHttpContract {

  @Override
  DatabaseSettings newDatabase() {
    return TestPostgres.newSchema();
  }

  @Override
  void dropDatabase(DatabaseSettings database) {
    TestPostgres.dropSchema(database);
  }
}
