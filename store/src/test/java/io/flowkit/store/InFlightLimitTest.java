package io.flowkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.testing.Await;
import io.flowkit.runtime.testing.KeptAliveConnection;
import io.flowkit.runtime.testing.TestClock;
import io.flowkit.store.testing.StoreFixture;
import io.flowkit.store.testing.TestDatabases;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.StoreKeyPairs;
import io.flowkit.testkit.StoreResponse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Concurrent large requests are bounded: while saves whose declared bodies fill the in-flight budget
 * are being received, another save is answered {@code 503} with {@code Retry-After} and the problem
 * body at once, storing nothing; once they finish, the budget is free again.
 */
class InFlightLimitTest {

  private static final int MAX_BODY = 1 << 20;
  private static final long MAX_IN_FLIGHT = 2L << 20;

  @Test
  void aSavePastTheInFlightBudgetIsAnswered503WithRetryAfterAndStoresNothing() throws Exception {
    try (StoreFixture f = StoreFixture.start(TestDatabases.h2InMemory(), StoreKeyPairs.generate(),
        TestClock.atCurrentSecond(), b -> b.maxBodyBytes(MAX_BODY).maxInFlightBytes(MAX_IN_FLIGHT))) {
      // Two saves declare a whole body limit each and send only their first bytes: together they
      // hold the budget while the store waits for the rest.
      List<Slow> slow = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        slow.add(Slow.start(f, MAX_BODY));
      }
      // Both must hold their share before the first small save: a small save in flight while the
      // second one asks would leave too little budget for it, and it would be the one refused.
      Await.until("the slow saves to hold the budget", Duration.ofSeconds(30),
          () -> heldBytes(f) == 2L * MAX_BODY);
      UUID tenant = UUID.randomUUID();
      PlatformState refused = PlatformState.of(tenant, "{\"small\":true}");
      StoreResponse answer = f.client.save(tenant, refused);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
      assertThat(answer.header("Retry-After")).isEqualTo("1");
      StoreHttpContract.assertProblem(answer, 503);
      assertThat(answer.body()).contains("busy");
      assertThat(f.row(tenant, refused.id())).isEmpty();
      // A delete is bounded the same way, and so is a chunked save, whose bytes are reserved as they arrive.
      assertThat(f.client.delete(tenant, UUID.randomUUID()).status()).isEqualTo(503);
      PlatformState chunked = PlatformState.of(tenant, "{\"chunked\":true}");
      KeptAliveConnection.Answer chunkedAnswer = chunkedSave(f, chunked);
      assertThat(chunkedAnswer.status()).as(chunkedAnswer.body()).isEqualTo(503);
      assertThat(chunkedAnswer.header("Retry-After")).isEqualTo("1");
      assertThat(f.row(tenant, chunked.id())).isEmpty();
      // Loads and the health check carry no body and are not held back.
      assertThat(f.client.health().status()).isEqualTo(200);

      for (Slow s : slow) {
        assertThat(s.finish()).isEqualTo(204);
        assertThat(f.row(s.state.tenant(), s.state.id())).isPresent();
      }
      // Given back just after each answer is written.
      Await.until("the budget to be given back", Duration.ofSeconds(10), () -> heldBytes(f) == 0);
      PlatformState after = PlatformState.of(tenant, "{\"after\":true}");
      assertThat(f.client.save(tenant, after).status()).isEqualTo(204);
      assertThat(chunkedSave(f, chunked).status()).as("a chunked save once there is room").isEqualTo(204);
      assertThat(f.row(tenant, chunked.id())).isPresent();
      Await.until("the chunked save's bytes to be given back", Duration.ofSeconds(10), () -> heldBytes(f) == 0);
    }
  }

  /** Saves {@code state} with a chunked body (no declared length), in two chunks. */
  private static KeptAliveConnection.Answer chunkedSave(StoreFixture f, PlatformState state) throws Exception {
    byte[] body = ("[{\"token\":\"" + f.platform.stateToken(state) + "\"}]").getBytes(StandardCharsets.UTF_8);
    int half = body.length / 2;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write(saveHead(f, state, "Transfer-Encoding: chunked"));
    for (int[] chunk : new int[][] {{0, half}, {half, body.length - half}}) {
      bytes.write((Integer.toHexString(chunk[1]) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      bytes.write(body, chunk[0], chunk[1]);
      bytes.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    bytes.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    try (KeptAliveConnection connection = KeptAliveConnection.open(f.store.uri())) {
      return connection.sendRaw(bytes.toByteArray(), false);
    }
  }

  /** The head of a signed save of {@code state}, with {@code framing} as its body's framing header. */
  private static byte[] saveHead(StoreFixture f, PlatformState state, String framing) {
    String path = "/states/" + state.tenant();
    StringBuilder head = new StringBuilder("POST " + f.client.fullPath(path) + " HTTP/1.1\r\nHost: localhost\r\n");
    f.client.signedHeaders(state.tenant(), path).forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Type: application/json\r\n").append(framing).append("\r\n\r\n");
    return head.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static long heldBytes(StoreFixture f) {
    return f.store.status().levels().get("bodies.held.bytes");
  }

  @Test
  void theBudgetMustHoldTheLargestBody() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FlowStore.builder()
            .keys(io.flowkit.store.testing.StoreKeyRings.of(StoreKeyPairs.generate()))
            .maxBodyBytes(MAX_BODY).maxInFlightBytes(MAX_BODY - 1).build())
        .isInstanceOf(StoreConfigurationException.class)
        .hasMessageContaining("at least the body limit");
  }

  /** A valid save whose body of exactly {@code length} bytes is sent in two parts. */
  private record Slow(Socket socket, OutputStream out, byte[] body, PlatformState state) {

    static Slow start(StoreFixture f, int length) throws Exception {
      PlatformState state = PlatformState.of(UUID.randomUUID(), "{\"large\":true}");
      String json = "[{\"token\":\"" + f.platform.stateToken(state) + "\"}";
      byte[] body = (json + " ".repeat(length - json.length() - 1) + "]").getBytes(StandardCharsets.UTF_8);
      Socket socket = new Socket(f.store.uri().getHost(), f.store.uri().getPort());
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(saveHead(f, state, "Content-Length: " + body.length));
      out.write(body, 0, 1024);
      out.flush();
      return new Slow(socket, out, body, state);
    }

    int finish() throws Exception {
      try (socket) {
        out.write(body, 1024, body.length - 1024);
        out.flush();
        String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
            .readLine();
        return Integer.parseInt(status.substring(9, 12));
      }
    }
  }
}
