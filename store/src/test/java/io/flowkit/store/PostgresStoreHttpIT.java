package io.flowkit.store;

import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.TestPostgres;

/** The store's HTTP contract on a real PostgreSQL, in a schema of this run's own. */
class PostgresStoreHttpIT extends StoreHttpContract {

  @Override
  DatabaseSettings newDatabase() {
    return TestPostgres.newSchema();
  }

  @Override
  void dropDatabase(DatabaseSettings database) {
    TestPostgres.dropSchema(database);
  }
}
