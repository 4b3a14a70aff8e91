package io.flowkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.observe.ComponentStatus;
import io.flowkit.runtime.server.FlowServer;
import io.flowkit.store.FlowStore;
import io.flowkit.store.testing.StoreKeyRings;
import io.flowkit.store.testing.TestDatabases;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A service and an External Storage API store on one server, as an operator would run them. */
class FlowServerStoreTest {

  @Test
  void servesTheStoreAtItsBasePathBesideAServiceAndStopsItWithTheServer() throws Exception {
    StoreKeyPairs keys = StoreKeyPairs.generate();
    FlowStore store =
        FlowStore.builder().keys(StoreKeyRings.of(keys)).database(TestDatabases.h2InMemory()).build();
    ExampleImplementations implementations = new ExampleImplementations();
    try (FlowServer server =
        FlowServer.builder()
            .port(0)
            .basicAuth("account", "token-1")
            .service(implementations.service(Duration.ofSeconds(30)))
            .store(store)
            .start()) {
      // The store signs and checks the full request path: it must see the request unchanged.
      StoreClient client =
          new StoreClient(server.uri(store.basePath()), new PlatformTokens(keys));
      UUID tenant = UUID.randomUUID();
      PlatformState state = PlatformState.of(tenant, "{\"served\":\"beside a service\"}");
      assertThat(client.save(tenant, state).status()).isEqualTo(204);
      assertThat(client.loadState(tenant, state.id()).orElseThrow().content())
          .isEqualTo(state.content());

      // The service still answers, behind its own Basic authentication.
      FlowPlatform platform =
          FlowPlatform.builder(server.uri(OrdersService.PATH)).basicAuth("account", "token-1").build();
      assertThat(platform.describe().providesLogic()).isTrue();

      // The store's path cannot be taken twice.
      assertThatThrownBy(
              () ->
                  FlowServer.builder()
                      .store(store)
                      .mount(store.basePath(), new org.eclipse.jetty.server.Handler.Abstract() {
                        @Override
                        public boolean handle(
                            org.eclipse.jetty.server.Request request,
                            org.eclipse.jetty.server.Response response,
                            org.eclipse.jetty.util.Callback callback) {
                          return false;
                        }
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(store.basePath());
    }
    // Stopping the server closed the store's database.
    assertThatThrownBy(store::purgeExpiredStates).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theStoreReportsItsCountsAndTheServerIsNotReadyWhileItsDatabaseIsDown() throws Exception {
    StoreKeyPairs keys = StoreKeyPairs.generate();
    SwitchableDataSource database = new SwitchableDataSource("jdbc:h2:mem:ready-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    FlowStore store = FlowStore.builder().keys(StoreKeyRings.of(keys)).dataSource(database, null).build();
    try (FlowServer server = FlowServer.builder().port(0).store(store).start()) {
      StoreClient client = new StoreClient(server.uri(store.basePath()), new PlatformTokens(keys));
      UUID tenant = UUID.randomUUID();
      PlatformState first = PlatformState.of(tenant, "{\"n\":1}");
      PlatformState second = PlatformState.of(tenant, "{\"n\":2}");
      assertThat(client.save(tenant, first, second).status()).isEqualTo(204);
      assertThat(client.loadState(tenant, first.id())).isPresent();
      assertThat(client.delete(tenant, second.id()).status()).isEqualTo(204);
      assertThat(client.load(tenant, second.id()).status()).isEqualTo(404);
      assertThat(client.send("POST", "/states/" + tenant, "[]", Map.of()).status()).isEqualTo(400);

      ComponentStatus status = store.status();
      assertThat(status.name()).isEqualTo("store");
      assertThat(status.path()).isEqualTo("/api/storage/1");
      assertThat(status.healthy()).isTrue();
      assertThat(status.counts())
          .containsEntry("states.saved", 2L)
          .containsEntry("states.loaded", 1L)
          .containsEntry("states.deleted", 1L)
          .containsEntry("rejected.not_found", 1L)
          .containsEntry("rejected.bad_request", 1L)
          .containsEntry("rejected.unauthorized", 0L);
      assertThat(status.levels())
          .containsEntry("bodies.held.bytes", 0L)
          .containsEntry("bodies.budget.bytes", FlowStore.DEFAULT_MIN_IN_FLIGHT_BYTES);
      assertThat(ready(server)).isEqualTo(200);

      database.down = true;
      assertThat(store.status().healthy()).isFalse();
      assertThat(store.status().detail()).isEqualTo("database unreachable");
      assertThat(server.readiness().ready()).isFalse();
      assertThat(ready(server)).isEqualTo(503);

      database.down = false;
      assertThat(ready(server)).isEqualTo(200);
    }
    assertThat(store.status().healthy()).isFalse();
    assertThat(store.status().detail()).isEqualTo("not started");
  }

  private static int ready(FlowServer server) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(server.uri("/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** A data source whose database can be made unreachable: every new connection then fails. */
  static final class SwitchableDataSource implements DataSource {
    private final String url;
    volatile boolean down;

    SwitchableDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (down) {
        throw new SQLException("Connection refused (the test took the database down)", "08001");
      }
      return DriverManager.getConnection(url, "sa", "");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
