package io.flowkit.benchmarks;

import io.flowkit.store.FlowStore;
import io.flowkit.store.jose.StoreCrypto;
import io.flowkit.store.keys.StoreKeyRing;
import io.flowkit.store.repository.DatabaseSettings;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * One large state saved and loaded back over HTTP, end to end: the test platform signs, deflates
 * and encrypts it, the store (in this JVM, H2 file) opens and stores it, then reads it, signs,
 * deflates and encrypts it again, and the platform opens the answer. Both sides use the provider
 * of {@code -Dflowkit.crypto.provider} (auto, native, jdk).
 *
 * <pre>
 * java -Dflowkit.crypto.provider=native -cp it/benchmarks/target/benchmarks.jar \
 *     io.flowkit.benchmarks.StoreLargeState [megabytes=20] [rounds=5]
 * </pre>
 */
public final class StoreLargeState {

  private StoreLargeState() {}

  public static void main(String[] args) throws Exception {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("flowkit-large-state");
    StoreKeyPairs keys = StoreKeyPairs.generate();
    String content = StoreStates.content(megabytes << 20, 42);
    try (FlowStore store =
        FlowStore.builder()
            .keys(StoreKeyRing.builder()
                .pair(keys.platformKeyForStore(), keys.receiverKeyForStore()).build())
            .cryptoProvider(StoreCrypto.configuredMode())
            .database(DatabaseSettings.of("jdbc:h2:file:" + dir.resolve("store"), null, null))
            .host("127.0.0.1")
            .port(0)
            .build()
            .start()) {
      StoreClient client = new StoreClient(store.uri(), new PlatformTokens(keys));
      System.out.printf("%d MB state (%d characters), %s%n", megabytes, content.length(),
          store.crypto().description());
      for (int round = 1; round <= rounds; round++) {
        UUID tenant = UUID.randomUUID();
        PlatformState state = PlatformState.of(tenant, content);
        long start = System.nanoTime();
        int status = client.save(tenant, state).status();
        long saved = System.nanoTime();
        boolean same = client.loadState(tenant, state.id()).orElseThrow().content().equals(content);
        long loaded = System.nanoTime();
        if (status != 204 || !same) {
          throw new IllegalStateException("the round trip failed: " + status + ", same " + same);
        }
        System.out.printf("round %d: save %.2f s + load %.2f s = %.2f s%n", round,
            (saved - start) / 1e9, (loaded - saved) / 1e9, (loaded - start) / 1e9);
      }
    }
  }
}
