package io.flowkit.store.fuzz;

import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.TestDatabases;

/**
 * The generated-input cases on an in-memory H2 database, in every test run: 5,000 with the native
 * provider, 500 in the JDK-provider run. The mutations aim at what runs before and around the
 * provider (framing, JSON, allow-lists, claims, the database); the JDK run repeats a tenth of them
 * for the provider's own refusals of flipped bits and foreign curves, at a seventh of the speed.
 */
class H2StoreFuzzTest extends StoreFuzzContract {

  @Override
  DatabaseSettings newDatabase() {
    return TestDatabases.h2InMemory();
  }

  @Override
  int defaultCases() {
    return "jdk".equals(System.getProperty("flowkit.crypto.provider")) ? 500 : 5_000;
  }
}
