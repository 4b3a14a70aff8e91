package io.flowkit.cli.check.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.cli.check.CheckReport;
import io.flowkit.cli.check.CheckResult;
import io.flowkit.cli.check.Outcome;
import io.flowkit.cli.check.Progress;
import io.flowkit.cli.check.TableReport;
import io.flowkit.store.FlowStore;
import io.flowkit.store.testing.StoreFixture;
import io.flowkit.store.testing.TestDatabases;
import io.flowkit.testkit.PlatformState;
import java.io.PrintWriter;
import java.io.StringWriter;
import io.flowkit.testkit.StoreKeyPairs;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store check against flowkit's store, in-process over HTTP, and against broken stores. */
class StoreCheckerTest {

  private static StoreFixture fixture;

  @BeforeAll
  static void start() {
    // on the system clock, as a deployed store and the check both are
    fixture = StoreFixture.start(TestDatabases.h2InMemory(), StoreKeyPairs.generate(), Clock.systemUTC(), b -> b);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private static StoreCheckOptions options(URI store, UUID tenant) {
    return new StoreCheckOptions(store, fixture.keys.platformPair(), fixture.keys.receiverPublicKey(), tenant);
  }

  @Test
  void theStorePassesEveryCaseAndKeepsOnlyItsOwnStates() {
    UUID tenant = UUID.randomUUID();
    PlatformState someoneElses = PlatformState.of(tenant, "{\"kept\":true}");
    assertThat(fixture.client.save(tenant, someoneElses).status()).isEqualTo(204);

    CheckReport report = StoreChecker.check(options(fixture.store.uri(), tenant), Progress.NONE);

    print(report);
    assertThat(report.results()).filteredOn(r -> r.outcome() != Outcome.PASS).isEmpty();
    assertThat(report.exitStatus()).isZero();
    assertThat(report.results()).extracting(CheckResult::name).contains(
        "GET /health answers 200 without credentials",
        "save a new state: 204",
        "load it back: decrypts, verifies, same content",
        "a newer updatedAt replaces the state",
        "an older updatedAt is ignored, still 204",
        "refuses bad signature (another key, same kid): 401",
        "refuses wrong path claim: 401",
        "refuses expired signature: 401",
        "refuses unknown key id: 401",
        "refuses tampered ciphertext",
        "removes its 13 test states");
    // its own states are gone, the one it did not write is untouched
    assertThat(fixture.rows(tenant)).isEqualTo(1);
    assertThat(fixture.client.loadState(tenant, someoneElses.id()).orElseThrow().content())
        .isEqualTo("{\"kept\":true}");
  }

  @Test
  void aStoreThatAcceptsAnySignatureFailsEachSignatureCase() throws Exception {
    try (ResigningProxy proxy = new ResigningProxy(
        fixture.store.uri(), fixture.platform, ResigningProxy.Mode.ACCEPT_ANY_SIGNATURE)) {
      CheckReport report = StoreChecker.check(
          options(proxy.uri(FlowStore.DEFAULT_BASE_PATH), UUID.randomUUID()), Progress.NONE);

      assertThat(report.exitStatus()).isEqualTo(1);
      assertThat(failed(report)).containsExactlyInAnyOrder(
          "refuses bad signature (another key, same kid): 401",
          "refuses wrong path claim: 401",
          "refuses expired signature: 401",
          "refuses signature valid for more than 5 minutes: 401",
          "refuses unknown key id: 401",
          "refuses signature for another tenant (aud): 401");
      assertThat(report.results()).filteredOn(r -> r.outcome() == Outcome.FAIL)
          .allMatch(r -> r.rule().equals("storage API §5.2") && r.detail().equals("answered HTTP 204 and stored the state"));
    }
  }

  @Test
  void aStoreThatIgnoresThePathClaimFailsThatCaseOnly() throws Exception {
    try (ResigningProxy proxy = new ResigningProxy(
        fixture.store.uri(), fixture.platform, ResigningProxy.Mode.IGNORE_PATH_CLAIM)) {
      CheckReport report = StoreChecker.check(
          options(proxy.uri(FlowStore.DEFAULT_BASE_PATH), UUID.randomUUID()), Progress.NONE);

      assertThat(failed(report)).containsExactly("refuses wrong path claim: 401");
    }
  }

  @Test
  void anUnreachableStoreFailsAtHealthAndSkipsTheRest() {
    CheckReport report = StoreChecker.check(
        options(URI.create("http://127.0.0.1:1/api/storage/1"), UUID.randomUUID()), Progress.NONE);

    assertThat(report.results()).extracting(CheckResult::outcome).containsExactly(Outcome.FAIL, Outcome.SKIP);
    assertThat(report.results().get(0).detail()).contains("Cannot reach the store");
  }

  @Test
  void theWrongKeysFailTheRoundTripsWithTheStoresAnswer() {
    StoreKeyPairs other = StoreKeyPairs.generate();
    CheckReport report = StoreChecker.check(new StoreCheckOptions(
        fixture.store.uri(), other.platformPair(), other.receiverPublicKey(), UUID.randomUUID()), Progress.NONE);

    assertThat(report.passed()).isFalse();
    assertThat(report.results()).filteredOn(r -> r.name().equals("save a new state: 204"))
        .extracting(CheckResult::outcome).containsExactly(Outcome.FAIL);
  }

  private static List<String> failed(CheckReport report) {
    return report.results().stream().filter(r -> r.outcome() == Outcome.FAIL).map(CheckResult::name).toList();
  }

  private static void print(CheckReport report) {
    StringWriter text = new StringWriter();
    TableReport.write(report, new PrintWriter(text));
    System.out.println(text);
  }
}
