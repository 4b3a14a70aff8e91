package io.flowkit.store.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.testing.TestClock;
import io.flowkit.store.fuzz.FuzzCase.Expect;
import io.flowkit.store.fuzz.FuzzCase.StateKey;
import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.store.testing.StoreFixture;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.StoreKeyPairs;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated requests to every store endpoint ({@link StoreCases}), from one seed that
 * is printed and can be given back with {@code -Dflowkit.fuzz.seed=N} ({@code
 * -Dflowkit.fuzz.cases=N} sets how many). For every case: never a 5xx; a refusal is a 4xx with the
 * store's problem body; a valid request is accepted; nothing a refused request carried is stored,
 * everything an accepted one carried is, and no refused delete removes anything; the store answers
 * its health check throughout and at the end holds exactly the states accepted.
 */
abstract class StoreFuzzContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY_BYTES = 256 * 1024;
  private static final int MAX_STATE_BYTES = 64 * 1024;
  private static final int MAX_REPORTED = 25;
  private static final int HISTORY = 12;

  /** A fresh database. */
  abstract DatabaseSettings newDatabase();

  /** Removes what {@link #newDatabase()} made. */
  void dropDatabase(DatabaseSettings database) {}

  /** How many cases to run unless {@code flowkit.fuzz.cases} says. */
  abstract int defaultCases();

  @Test
  void everyGeneratedRequestIsAnsweredAsTheContractSays() throws Exception {
    long seed = Long.getLong("flowkit.fuzz.seed", System.nanoTime());
    int cases = Integer.getInteger("flowkit.fuzz.cases", defaultCases());
    String reproduce = "seed " + seed + " (re-run with -Dflowkit.fuzz.seed=" + seed + " -Dflowkit.fuzz.cases=" + cases + ")";
    System.out.println(getClass().getSimpleName() + ": " + cases + " generated cases, " + reproduce);
    DatabaseSettings database = newDatabase();
    TestClock clock = TestClock.atCurrentSecond();
    try (StoreFixture f = StoreFixture.start(database, StoreKeyPairs.generate(), clock,
            b -> b.maxBodyBytes(MAX_BODY_BYTES).maxStateBytes(MAX_STATE_BYTES));
        Connection db = DriverManager.getConnection(database.url(), database.username(), database.password());
        RawHttpConnection http = new RawHttpConnection(f.store.uri())) {
      UUID victimTenant = UUID.randomUUID();
      List<PlatformState> victims = List.of(
          PlatformState.of(victimTenant, "{\"v\":1}"), PlatformState.of(victimTenant, "{\"v\":2}"),
          PlatformState.of(victimTenant, "{\"v\":3}"));
      assertThat(f.client.save(victimTenant, victims.toArray(PlatformState[]::new)).status()).isEqualTo(204);
      StoreCases generator = new StoreCases(seed, f.platform, f.client, clock.instant(), MAX_BODY_BYTES, MAX_STATE_BYTES, victims);
      String table = database.schema() == null ? "flowkit_states" : "\"" + database.schema() + "\".flowkit_states";

      List<String> failures = new ArrayList<>();
      Map<String, Integer> statuses = new LinkedHashMap<>();
      long started = System.nanoTime();
      FuzzCase previous = null;
      Deque<String> recent = new ArrayDeque<>();
      for (int i = 0; i < cases && failures.size() < MAX_REPORTED; i++) {
        FuzzCase c = generator.next();
        String problem = check(c, previous, http, db, table, generator, statuses, recent);
        if (problem != null) {
          // The first failure shows the answers before it: one answer read for the wrong request
          // makes every later answer on that connection look wrong.
          String history = failures.isEmpty() ? "\n    the answers before it:\n      " + String.join("\n      ", recent) : "";
          failures.add("case " + i + ": " + problem + "\n    " + c + "\n    after " + previous + history);
        }
        previous = c;
        if (i % 500 == 499) {
          RawHttpConnection.Answer health = http.send("GET " + f.client.fullPath("/health") + " HTTP/1.1\r\nHost: localhost", null, false);
          if (health.status() != 200) {
            failures.add("after case " + i + ": the health check answered " + health.status() + " " + health.text());
          }
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("%s: %d cases in %.1f s (%.0f/s), answers by status: %s, kept-alive connections found closed and sent again: %d%n",
          getClass().getSimpleName(), cases, seconds, cases / seconds, statuses, http.closedBeforeAnswering());

      assertThat(failures).as(reproduce).isEmpty();
      // A server may close a kept-alive connection at any time; one that did so often would cost
      // its clients a connection and a resend each time.
      assertThat(http.closedBeforeAnswering()).as("connections closed before answering, " + reproduce)
          .isLessThanOrEqualTo(3 + cases / 1000);
      // Healthy afterwards: the health check, and a state saved and loaded as usual.
      assertThat(f.client.health().status()).as(reproduce).isEqualTo(200);
      PlatformState after = PlatformState.of(UUID.randomUUID(), "{\"after\":true}");
      assertThat(f.client.save(after.tenant(), after).status()).as(reproduce).isEqualTo(204);
      assertThat(f.client.loadState(after.tenant(), after.id()).orElseThrow().content()).isEqualTo(after.content());
      // Exactly what was accepted is stored: the victims, every accepted state and the last one.
      int expected = generator.saved().size() + victims.size() + 1;
      assertThat(count(db, "SELECT COUNT(*) FROM " + table)).as("rows stored in all, " + reproduce).isEqualTo(expected);
    } finally {
      dropDatabase(database);
    }
  }

  /** Sends one case and checks the answer and the database; the failure, or {@code null}. */
  private static String check(FuzzCase c, FuzzCase previous, RawHttpConnection http, Connection db, String table,
      StoreCases generator, Map<String, Integer> statuses, Deque<String> recent) throws SQLException {
    RawHttpConnection.Answer answer;
    try {
      answer = http.send(c.head(), c.wireBody(), c.endsAfterSending());
    } catch (UncheckedIOException e) {
      return "no answer: " + e.getMessage();
    } finally {
      if (c.spoilsConnection()) {
        http.close();
      }
    }
    int status = answer.status();
    String answeredFor = problemUri(answer);
    recent.addLast(c.method() + " " + c.path() + " (" + c.name() + ", " + c.framing() + "): " + status
        + (answeredFor == null ? "" : " for " + answeredFor) + (http.isOpen() ? "" : ", connection closed"));
    if (recent.size() > HISTORY) {
      recent.removeFirst();
    }
    if (previous != null && previous.path().equals(answeredFor) && !c.path().startsWith(previous.path())) {
      // An answer left over on the connection, or one sent twice: each later answer on it would be
      // blamed on the case after its own.
      http.close();
      return "read the answer to the case before it: " + status + " " + answer.text();
    }
    if (answer.text().contains("\"uri\":\"/badMessage\"")) {
      // Jetty's parser refused the request itself (a bad URI or head): it closes the connection
      // after its answer, without saying so in a Connection header.
      http.close();
    }
    statuses.merge(status / 100 + "xx", 1, Integer::sum);
    statuses.merge(Integer.toString(status), 1, Integer::sum);
    boolean accepted = status >= 200 && status < 300;
    if (status >= 500) {
      return "answered " + status + " " + answer.text();
    }
    if (!accepted) {
      if (status < 400) {
        return "answered " + status;
      }
      String notProblem = notAProblem(answer);
      if (notProblem != null) {
        return "a " + status + " without the problem body: " + notProblem;
      }
    }
    if (c.expect() == Expect.MALFORMED && status != 400) {
      if (accepted) {
        forget(db, table, c.carried());
      }
      return "answered " + status + " to a malformed body, which must be a 400";
    }
    if (c.expect() == Expect.REFUSE && accepted) {
      forget(db, table, c.carried());
      return "accepted (" + status + ") what must be refused";
    }
    if (c.expect() == Expect.ACCEPT && !accepted) {
      return "refused (" + status + " " + answer.text() + ") what must be accepted";
    }
    int stored = stored(db, table, c.carried());
    if (accepted && stored != c.carried().size()) {
      return "answered " + status + " but stored " + stored + " of the " + c.carried().size() + " states";
    }
    if (!accepted && stored != 0) {
      return "refused (" + status + ") but " + stored + " of its states are stored";
    }
    if (accepted && c.method().equals("POST")) {
      generator.stored(c.carried());
    }
    int kept = stored(db, table, c.kept());
    if (kept != c.kept().size()) {
      return "answered " + status + " and " + (c.kept().size() - kept) + " states that must stay are gone";
    }
    return null;
  }

  /** Deletes what a wrongly accepted case stored, so that later cases are not blamed for it. */
  private static void forget(Connection db, String table, List<StateKey> keys) throws SQLException {
    try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE tenant_id = ? AND id = ?")) {
      for (StateKey key : keys) {
        delete.setObject(1, key.tenant());
        delete.setObject(2, key.id());
        delete.executeUpdate();
      }
    }
  }

  /** The {@code uri} a problem body names, or {@code null} when the answer is no problem body. */
  private static String problemUri(RawHttpConnection.Answer answer) {
    String type = answer.header("content-type");
    if (type == null || !type.startsWith("application/json")) {
      return null;
    }
    try {
      JsonNode uri = JSON.readTree(answer.body()).get("uri");
      return uri == null || !uri.isTextual() ? null : uri.textValue();
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** Why the answer is not the store's problem body, or {@code null}. */
  private static String notAProblem(RawHttpConnection.Answer answer) {
    String type = answer.header("content-type");
    if (type == null || !type.startsWith("application/json")) {
      return "content type " + type + ", body " + answer.text();
    }
    JsonNode problem;
    try {
      problem = JSON.readTree(answer.body());
    } catch (java.io.IOException e) {
      return "not JSON: " + answer.text();
    }
    if (!"service".equals(problem.path("kind").asText()) || problem.path("statusCode").asInt() != answer.status()
        || problem.path("message").asText().isBlank()) {
      return "not a service problem for its status: " + answer.text();
    }
    if (!"service".equals(answer.header("X-ManyWho-Service-Problem-Kind"))) {
      return "no X-ManyWho-Service-Problem-Kind header";
    }
    return null;
  }

  private static int stored(Connection db, String table, List<StateKey> keys) throws SQLException {
    if (keys.isEmpty()) {
      return 0;
    }
    StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ? AND id IN (");
    for (int i = 0; i < keys.size(); i++) {
      sql.append(i == 0 ? "?" : ",?");
    }
    sql.append(')');
    // The keys of one case belong to one tenant.
    try (PreparedStatement statement = db.prepareStatement(sql.toString())) {
      statement.setObject(1, keys.get(0).tenant());
      for (int i = 0; i < keys.size(); i++) {
        statement.setObject(i + 2, keys.get(i).id());
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static int count(Connection db, String sql) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
