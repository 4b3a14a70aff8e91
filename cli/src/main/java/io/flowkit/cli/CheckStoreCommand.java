package io.flowkit.cli;

import io.flowkit.cli.check.CheckReport;
import io.flowkit.cli.check.store.PlatformKeyFiles;
import io.flowkit.cli.check.store.StoreCheckOptions;
import io.flowkit.cli.check.store.StoreChecker;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowkit check store URL}: the platform's whole handshake against a live store. */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = {
      "Plays the Flow platform against an External Storage API store with the platform's halves "
          + "of its keys: health, save/load/delete round trips, ordering by updatedAt, and the "
          + "requests a store must refuse. Writes only states of its own (fresh ids) and deletes "
          + "them at the end."
    })
final class CheckStoreCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "URL",
      description = "The store's URL with its base path, as given to Flow, e.g. http://localhost:8080/api/storage/1.")
  private URI store;

  @Option(names = "--platform-key-private", paramLabel = "FILE", required = true,
      description = "The platform key pair as a JWK (platform.platformKeyPair of `flowkit keys "
          + "--format json`, or platform-key-pair.jwk of `flowkit platform`).")
  private Path platformKeyPair;

  @Option(names = "--receiver-key-public", paramLabel = "FILE", required = true,
      description = "The receiver key's public half as a JWK (platform.receiverPublicKey, or "
          + "receiver-public-key.jwk).")
  private Path receiverPublicKey;

  @Option(names = "--tenant", paramLabel = "UUID",
      description = "The tenant of the test states (default: a random one).")
  private UUID tenant;

  @Mixin private ReportOptions report;

  @Spec private CommandSpec spec;

  private final CliContext context;

  CheckStoreCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (store.getScheme() == null || store.getHost() == null) {
      throw new ParameterException(spec.commandLine(), "URL must be absolute, e.g. http://localhost:8080/api/storage/1");
    }
    StoreCheckOptions options = new StoreCheckOptions(
        store, PlatformKeyFiles.platformKeyPair(platformKeyPair),
        PlatformKeyFiles.receiverPublicKey(receiverPublicKey), tenant == null ? UUID.randomUUID() : tenant);
    CheckReport result = StoreChecker.check(options, report.progress(context));
    return report.write(result, context);
  }
}
