package io.flowkit.store;

import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.TestDatabases;

/** The store's HTTP contract on an embedded H2 file database. */
class H2StoreHttpTest extends StoreHttpContract {

  @Override
  DatabaseSettings newDatabase() {
    return TestDatabases.h2File();
  }
}
