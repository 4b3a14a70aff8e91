package io.flowkit.store.fuzz;

import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.TestPostgres;

/**
 * The generated-input cases on PostgreSQL, which refuses values H2 takes (years past 294276, text
 * that is not UTF-8): fewer cases, as an integration test (1,500; 500 in the JDK-provider run).
 */
class PostgresStoreFuzzIT extends StoreFuzzContract {

  @Override
  DatabaseSettings newDatabase() {
    return TestPostgres.newSchema();
  }

  @Override
  void dropDatabase(DatabaseSettings database) {
    TestPostgres.dropSchema(database);
  }

  @Override
  int defaultCases() {
    return "jdk".equals(System.getProperty("flowkit.crypto.provider")) ? 500 : 1_500;
  }
}
