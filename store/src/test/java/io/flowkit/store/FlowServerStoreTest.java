package io.flowkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.server.FlowServer;
import io.flowkit.store.FlowStore;
import io.flowkit.store.testing.StoreKeyRings;
import io.flowkit.store.testing.TestDatabases;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import java.time.Duration;
import java.util.UUID;
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
}
