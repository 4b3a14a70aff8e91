package io.flowkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.store.repository.DatabaseSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {

  @Test
  void readsSizesInBytesAndBinaryUnits() {
    assertThat(StoreSettings.size("X", "1024")).isEqualTo(1024);
    assertThat(StoreSettings.size("X", "512KB")).isEqualTo(512 * 1024);
    assertThat(StoreSettings.size("X", "64mb")).isEqualTo(64 * 1024 * 1024);
    assertThat(StoreSettings.size("X", "1 GiB")).isEqualTo(1024 * 1024 * 1024);
    assertThatThrownBy(() -> StoreSettings.size("FLOWKIT_STORE_MAX_BODY_BYTES", "lots"))
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageStartingWith("FLOWKIT_STORE_MAX_BODY_BYTES");
    assertThatThrownBy(() -> StoreSettings.size("X", "4GB"))
        .isInstanceOf(StoreConfigurationException.class);
    assertThatThrownBy(() -> StoreSettings.size("X", "0"))
        .isInstanceOf(StoreConfigurationException.class);
  }

  @Test
  void readsDurationsShortOrIso() {
    assertThat(StoreSettings.duration("X", "90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(StoreSettings.duration("X", "30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(StoreSettings.duration("X", "2h")).isEqualTo(Duration.ofHours(2));
    assertThat(StoreSettings.duration("X", "1d")).isEqualTo(Duration.ofDays(1));
    assertThat(StoreSettings.duration("X", "PT15M")).isEqualTo(Duration.ofMinutes(15));
    assertThatThrownBy(() -> StoreSettings.duration("FLOWKIT_STORE_PURGE_INTERVAL", "often"))
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageStartingWith("FLOWKIT_STORE_PURGE_INTERVAL");
  }

  @Test
  void leavesTheEmbeddedDefaultWhenNoDatabaseIsNamed() {
    assertThat(StoreSettings.database(Map.of("PORT", "9090"))).isNull();
    assertThat(DatabaseSettings.embedded().url()).isEqualTo("jdbc:h2:file:./flowkit-store");
  }

  @Test
  void readsTheReferencesDatabaseVariables() {
    DatabaseSettings database = StoreSettings.database(Map.of(
        "DATABASE_URL", "jdbc:postgresql://db:5432/flow",
        "DATABASE_USERNAME", "flow",
        "DATABASE_PASSWORD", "pw",
        "DATABASE_SCHEMA", "store",
        "DATABASE_MAX_POOL_SIZE", "4"));

    assertThat(database).isEqualTo(
        new DatabaseSettings("jdbc:postgresql://db:5432/flow", "flow", "pw", "store", 4));
    assertThat(database.toString()).doesNotContain("pw");
  }

  @Test
  void letsJdbcDatabaseUrlWinAndCarryItsOwnCredentials() {
    DatabaseSettings database = StoreSettings.database(Map.of(
        "JDBC_DATABASE_URL", "jdbc:postgresql://heroku/db?user=u&password=p",
        "DATABASE_URL", "jdbc:postgresql://other/db",
        "DATABASE_USERNAME", "ignored"));

    assertThat(database.url()).isEqualTo("jdbc:postgresql://heroku/db?user=u&password=p");
    assertThat(database.username()).isNull();
    assertThat(database.displayUrl()).isEqualTo("jdbc:postgresql://heroku/db");
  }

  @Test
  void refusesDatabasesItCannotRunOn() {
    assertThatThrownBy(() -> StoreSettings.database(Map.of("DATABASE_URL", "jdbc:mysql://db/flow")))
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageContaining("H2")
        .hasMessageContaining("PostgreSQL");
    assertThatThrownBy(() -> StoreSettings.database(Map.of("DATABASE_URL", "postgres://u:p@db/flow")))
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageContaining("must be a JDBC URL");
    assertThatThrownBy(() -> StoreSettings.database(Map.of("DATABASE_SCHEMA", "x; drop table")))
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageContaining("plain identifier");
  }

  @Test
  void readsTheConnectionTimeoutAndRefusesOnesHikariCannotTake() {
    assertThat(StoreSettings.database(Map.of("DATABASE_CONNECTION_TIMEOUT", "1500ms")).connectionTimeout())
        .isEqualTo(Duration.ofMillis(1500));
    assertThat(StoreSettings.database(Map.of("DATABASE_URL", "jdbc:h2:mem:x")).connectionTimeout())
        .isEqualTo(Duration.ofSeconds(5));
    assertThatThrownBy(() -> StoreSettings.database(Map.of("DATABASE_CONNECTION_TIMEOUT", "100ms")))
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageContaining("at least 250 ms");
    assertThatThrownBy(() -> StoreSettings.database(Map.of("DATABASE_CONNECTION_TIMEOUT", "soon")))
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageStartingWith("DATABASE_CONNECTION_TIMEOUT");
  }

  @Test
  void refusesAnInFlightBudgetThatIsNotASize() {
    assertThatThrownBy(() -> FlowStore.builder().settings(Map.of("FLOWKIT_STORE_MAX_IN_FLIGHT_BYTES", "lots")))
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageStartingWith("FLOWKIT_STORE_MAX_IN_FLIGHT_BYTES");
  }

  @Test
  void refusesAPortOutOfRange() {
    assertThatThrownBy(() -> FlowStore.builder().settings(Map.of("PORT", "70000")))
        .isInstanceOf(StoreConfigurationException.class);
    assertThatThrownBy(() -> FlowStore.builder().settings(Map.of("PORT", "http")))
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageContaining("PORT");
  }
}
