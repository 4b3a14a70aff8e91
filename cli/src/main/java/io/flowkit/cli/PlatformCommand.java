package io.flowkit.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.flowkit.cli.platform.CreatedStore;
import io.flowkit.cli.platform.LocalPlatform;
import io.flowkit.cli.platform.StoreRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flowkit platform}: a local stand-in for Flow's store admin API. */
@Command(
    name = "platform",
    mixinStandardHelpOptions = true,
    description = {
      "A local stand-in for the part of Flow that creates stores (POST /api/admin/1/stores), so "
          + "that the store set-up of the Flow documentation can be followed locally. It keeps "
          + "each store and the platform's halves of its keys in a directory, for `flowkit check store`."
    })
final class PlatformCommand implements Runnable {

  @Spec private CommandSpec spec;

  private PlatformCommand() {}

  /** {@code platform} with its subcommands. */
  static CommandLine create(CliContext context) {
    return new CommandLine(new PlatformCommand())
        .addSubcommand(new Serve(context))
        .addSubcommand(new CreateStore(context));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
  }

  /** {@code flowkit platform serve}. */
  @Command(name = "serve", mixinStandardHelpOptions = true,
      description = "Serves POST/GET /api/admin/1/stores and GET/PUT/DELETE /api/admin/1/stores/{id} "
          + "until stopped. No authentication: it listens on 127.0.0.1 unless told otherwise.")
  static final class Serve implements Callable<Integer> {

    @Option(names = "--dir", defaultValue = "flowkit-platform",
        description = "Where stores and the platform's keys are kept. Default: ${DEFAULT-VALUE}.")
    private Path directory;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
    private String host;

    @Option(names = {"-p", "--port"}, defaultValue = "8081",
        description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    private int port;

    private final CliContext context;

    Serve(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
      StoreRegistry registry = StoreRegistry.open(directory);
      LocalPlatform platform = LocalPlatform.start(registry, host, port);
      Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "flowkit-platform-shutdown"));
      context.out().println("flowkit platform listening on " + platform.storesUri()
          + " (stores and the platform's keys in " + directory.toAbsolutePath() + ")");
      context.out().flush();
      platform.join();
      return 0;
    }
  }

  /** {@code flowkit platform create-store}: the same creation, offline. */
  @Command(name = "create-store", mixinStandardHelpOptions = true,
      description = "Creates a store without a server: prints what POST /api/admin/1/stores answers "
          + "(id, name, endpoint, platformKey, receiverKey; the receiverKey only this once).")
  static final class CreateStore implements Callable<Integer> {

    @Option(names = "--dir", defaultValue = "flowkit-platform",
        description = "Where stores and the platform's keys are kept. Default: ${DEFAULT-VALUE}.")
    private Path directory;

    @Option(names = "--name", required = true, description = "The store's name.")
    private String name;

    @Option(names = "--endpoint", required = true,
        description = "Where the store is served, with its base path, e.g. https://store.example.com/api/storage/1.")
    private String endpoint;

    private final CliContext context;

    CreateStore(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      StoreRegistry registry = StoreRegistry.open(directory);
      CreatedStore created = registry.create(name, endpoint);
      context.out().println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
          .writeValueAsString(StoreRegistry.createJson(created)));
      context.out().flush();
      context.err().println("The platform's halves of the keys, for flowkit check store: "
          + registry.platformKeyPairFile(created.store().id()) + " and "
          + registry.receiverPublicKeyFile(created.store().id()));
      context.err().flush();
      return 0;
    }
  }
}
