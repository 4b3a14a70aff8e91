package io.flowkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.testing.ConnectionCapProbe;
import io.flowkit.runtime.testing.KeptAliveConnection;
import io.flowkit.runtime.testing.TestClock;
import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.repository.StorageException;
import io.flowkit.store.testing.StoreFixture;
import io.flowkit.store.testing.StoreKeyRings;
import io.flowkit.store.testing.TestDatabases;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import io.flowkit.testkit.StoreResponse;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** The ways a store is configured, run and mounted. */
class FlowStoreTest {

  @Test
  void refusesToBuildWithoutKeys() {
    assertThatThrownBy(() -> FlowStore.builder().build())
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageContaining("PLATFORM_KEY");
  }

  @Test
  void failsToStartWhenTheDatabaseIsUnreachableAndSaysWhereWithoutThePassword() {
    FlowStore store =
        FlowStore.builder()
            .keys(StoreKeyRings.of(StoreKeyPairs.generate()))
            .database(DatabaseSettings.of(
                "jdbc:postgresql://127.0.0.1:1/nowhere?password=hunter2", "flow", "secret-pw"))
            .host("127.0.0.1")
            .port(0)
            .build();

    assertThatThrownBy(store::start)
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/nowhere")
        .hasMessageNotContaining("hunter2")
        .hasMessageNotContaining("secret-pw");
  }

  @Test
  void aStandaloneStoreKeepsAtMostItsConfiguredConnections() throws Exception {
    try (StoreFixture f = StoreFixture.start(TestDatabases.h2InMemory(), StoreKeyPairs.generate(),
        TestClock.atCurrentSecond(), b -> b.settings(Map.of("FLOWKIT_STORE_MAX_CONNECTIONS", "1")))) {
      ConnectionCapProbe.assertCappedAt(f.store.uri(), 1, f.store.uri().getPath() + "/health");
    }
    assertThatThrownBy(() -> FlowStore.builder().settings(Map.of("FLOWKIT_STORE_MAX_CONNECTIONS", "many")))
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageStartingWith("FLOWKIT_STORE_MAX_CONNECTIONS");
    assertThatThrownBy(() -> FlowStore.builder().maxConnections(0))
        .isInstanceOf(StoreConfigurationException.class);
  }

  @Test
  void loadedStatesAreDeflatedAtTheConfiguredLevel() throws Exception {
    // Repetitive JSON: the difference between stored and compressed blocks is plain to see.
    String content = "[" + "{\"name\":\"flow\",\"done\":false},".repeat(2000) + "{}]";
    int[] cipherTextBytes = new int[2];
    String[] levels = {"0", "1"};
    for (int i = 0; i < levels.length; i++) {
      String level = levels[i];
      try (StoreFixture f = StoreFixture.start(TestDatabases.h2InMemory(), StoreKeyPairs.generate(),
          TestClock.atCurrentSecond(), b -> b.settings(Map.of("FLOWKIT_STORE_DEFLATE_LEVEL", level)))) {
        UUID tenant = UUID.randomUUID();
        PlatformState state = PlatformState.of(tenant, content);
        f.client.save(tenant, state);

        String token = new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(f.client.load(tenant, state.id()).body()).get("token").textValue();

        assertThat(f.client.loadState(tenant, state.id()).orElseThrow().content()).isEqualTo(content);
        cipherTextBytes[i] = java.util.Base64.getUrlDecoder().decode(token.split("\\.")[3]).length;
      }
    }
    // Level 0 stores the JWS (about 4/3 of the content); level 1 compresses it.
    assertThat(cipherTextBytes[0]).isGreaterThan(content.length());
    assertThat(cipherTextBytes[1]).isLessThan(cipherTextBytes[0] / 3);
    assertThatThrownBy(() -> FlowStore.builder().settings(Map.of("FLOWKIT_STORE_DEFLATE_LEVEL", "10")))
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageContaining("0 to 9");
  }

  @Test
  void servesUnderAnotherBasePathAndChecksThePathThePlatformSigned() {
    StoreKeyPairs keys = StoreKeyPairs.generate();
    TestClock clock = TestClock.atCurrentSecond();
    // Behind a proxy that maps /proxy/storage to /storage.
    try (StoreFixture f = StoreFixture.start(TestDatabases.h2InMemory(), keys, clock,
        b -> b.basePath("/storage/").publicBasePath("/proxy/storage"))) {
      assertThat(f.store.basePath()).isEqualTo("/storage");
      StoreClient direct = new StoreClient(f.store.uri(), new PlatformTokens(keys, clock));
      UUID tenant = UUID.randomUUID();
      PlatformState state = PlatformState.of(tenant, "{}");
      String path = "/states/" + tenant;
      String body = "[{\"token\":\"" + direct.tokens().stateToken(state) + "\"}]";

      Map<String, String> signedAsServed = direct.signedHeaders(tenant, path);
      Map<String, String> signedAsAddressed = direct.signedHeaders(tenant, path);
      signedAsAddressed.put(StoreClient.SIGNATURE,
          direct.tokens().signatureHeader(tenant, "/proxy/storage" + path));

      assertThat(direct.send("POST", path, body, signedAsServed).status()).isEqualTo(401);
      assertThat(direct.send("POST", path, body, signedAsAddressed).status()).isEqualTo(204);
      assertThat(f.rows(tenant)).isEqualTo(1);
    }
  }

  @Test
  void toleratesTheConfiguredClockSkewAndNoMore() {
    StoreKeyPairs keys = StoreKeyPairs.generate();
    TestClock clock = TestClock.atCurrentSecond();
    try (StoreFixture f = StoreFixture.start(TestDatabases.h2InMemory(), keys, clock,
        b -> b.clockSkew(Duration.ofSeconds(30)))) {
      UUID tenant = UUID.randomUUID();
      String path = "/states/" + tenant;
      String body = "[{\"token\":\"" + f.platform.stateToken(PlatformState.of(tenant, "{}")) + "\"}]";
      // A platform whose clock runs 30 s ahead: nbf 20 s ahead, exp 330 s ahead.
      Map<String, String> ahead = f.client.signedHeaders(tenant, path);
      ahead.put(StoreClient.SIGNATURE, f.platform.signWithPlatformKey(
          f.platform.signatureClaims(tenant, f.client.fullPath(path))
              .notBeforeTime(Date.from(clock.instant().plusSeconds(20)))
              .expirationTime(Date.from(clock.instant().plusSeconds(330))).build()));
      Map<String, String> tooFar = f.client.signedHeaders(tenant, path);
      tooFar.put(StoreClient.SIGNATURE, f.platform.signWithPlatformKey(
          f.platform.signatureClaims(tenant, f.client.fullPath(path))
              .expirationTime(Date.from(clock.instant().plusSeconds(331))).build()));

      assertThat(f.client.send("POST", path, body, tooFar).status()).isEqualTo(401);
      assertThat(f.client.send("POST", path, body, ahead).status()).isEqualTo(204);
    }
  }

  @Test
  void purgesStatesPastTheirExpiryWhenAsked() {
    try (StoreFixture f = StoreFixture.start(TestDatabases.h2InMemory())) {
      UUID tenant = UUID.randomUUID();
      String past = f.clock.instant().minusSeconds(1).toString();
      String future = f.clock.instant().plusSeconds(3600).toString();
      PlatformState expired = PlatformState.of(tenant, "{}").withExpiresAt(past);
      PlatformState current = PlatformState.of(tenant, "{}").withExpiresAt(future);
      PlatformState forever = PlatformState.of(tenant, "{}");
      assertThat(f.client.save(tenant, expired, current, forever).status()).isEqualTo(204);

      assertThat(f.store.purgeExpiredStates()).isEqualTo(1);

      assertThat(f.row(tenant, expired.id())).isEmpty();
      assertThat(f.row(tenant, current.id())).isPresent();
      assertThat(f.row(tenant, forever.id())).isPresent();
    }
  }

  @Test
  void keepsExpiredStatesWhenPurgingIsOff() {
    try (StoreFixture f = StoreFixture.start(TestDatabases.h2InMemory())) {
      UUID tenant = UUID.randomUUID();
      PlatformState expired = PlatformState.of(tenant, "{\"still\":\"here\"}")
          .withExpiresAt(f.clock.instant().minusSeconds(3600).toString());
      f.client.save(tenant, expired);

      assertThat(f.client.loadState(tenant, expired.id()).orElseThrow().content())
          .isEqualTo(expired.content());
    }
  }

  @Test
  void mountsOnAnotherServerBesideOtherHandlers() throws Exception {
    StoreKeyPairs keys = StoreKeyPairs.generate();
    FlowStore store = FlowStore.builder()
        .keys(StoreKeyRings.of(keys))
        .database(TestDatabases.h2InMemory())
        .build();
    Handler service = new Handler.Abstract() {
      @Override
      public boolean handle(
          org.eclipse.jetty.server.Request request,
          org.eclipse.jetty.server.Response response,
          org.eclipse.jetty.util.Callback callback) {
        response.setStatus(200);
        response.write(true, ByteBuffer.wrap("service".getBytes(StandardCharsets.UTF_8)), callback);
        return true;
      }
    };
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(new Handler.Sequence(store.handler(), service));
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + store.basePath());
      StoreClient client = new StoreClient(base, new PlatformTokens(keys));
      UUID tenant = UUID.randomUUID();
      PlatformState state = PlatformState.of(tenant, "{\"mounted\":true}");

      assertThat(client.health().status()).isEqualTo(200);
      assertThat(client.save(tenant, state).status()).isEqualTo(204);
      assertThat(client.loadState(tenant, state.id()).orElseThrow().content())
          .isEqualTo(state.content());
      StoreResponse other = new StoreClient(
          URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/fs/orders"),
          new PlatformTokens(keys)).send("GET", "/metadata", null, Map.of());
      assertThat(other.body()).isEqualTo("service");
    } finally {
      server.stop();
    }
    // Stopping the server closed the store's database.
    assertThatThrownBy(store::purgeExpiredStates).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(store::start).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void answersUnknownPathsOfAStandaloneStoreWithAProblem() {
    try (StoreFixture f = StoreFixture.start(TestDatabases.h2InMemory())) {
      URI root = URI.create("http://127.0.0.1:" + f.store.port());
      StoreResponse response = new StoreClient(root, f.platform).send("GET", "/nothing", null, Map.of());

      assertThat(response.status()).isEqualTo(404);
      assertThat(response.header("Content-Type")).startsWith("application/json");
      assertThat(response.body()).contains("\"statusCode\":404");
    }
  }

  @Test
  void bodiesOverTheLimitAreRefusedWith413AndTheConnectionKeptOpen() {
    int limit = 64 * 1024;
    try (StoreFixture f = StoreFixture.start(TestDatabases.h2InMemory(), StoreKeyPairs.generate(),
            TestClock.atCurrentSecond(), b -> b.maxBodyBytes(limit));
        KeptAliveConnection connection = KeptAliveConnection.open(f.store.uri())) {
      UUID tenant = UUID.randomUUID();
      String path = "/states/" + tenant;
      byte[] over = " ".repeat(2 * limit).getBytes(StandardCharsets.UTF_8);

      for (int i = 0; i < 3; i++) {
        KeptAliveConnection.Answer answer =
            connection.send("POST", f.store.basePath() + path, f.client.signedHeaders(tenant, path), over);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.body()).contains("larger than the store accepts");
        assertThat(answer.keptAlive()).as("kept alive: " + answer).isTrue();
      }
      assertThat(connection.send("GET", f.store.basePath() + "/health", Map.of(), null).status()).isEqualTo(200);
    }
  }

  @Test
  void usesAnApplicationsDataSourceWithoutClosingIt() throws Exception {
    org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:app-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try (java.sql.Connection connection = dataSource.getConnection()) {
      connection.createStatement().execute("CREATE TABLE app_orders (id INT PRIMARY KEY)");
    }
    StoreKeyPairs keys = StoreKeyPairs.generate();
    FlowStore store = FlowStore.builder()
        .keys(StoreKeyRings.of(keys))
        .dataSource(dataSource, "flow_store")
        .host("127.0.0.1")
        .port(0)
        .build()
        .start();
    try {
      UUID tenant = UUID.randomUUID();
      PlatformState state = PlatformState.of(tenant, "{}");
      assertThat(new StoreClient(store.uri(), new PlatformTokens(keys)).save(tenant, state).status())
          .isEqualTo(204);
    } finally {
      store.close();
    }
    try (java.sql.Connection connection = dataSource.getConnection();
        java.sql.ResultSet rows = connection.createStatement().executeQuery(
            "SELECT COUNT(*) FROM \"flow_store\".flowkit_states")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }
}
