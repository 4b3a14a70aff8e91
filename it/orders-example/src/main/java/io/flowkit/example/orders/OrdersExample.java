package io.flowkit.example.orders;

import io.flowkit.example.orders.actions.BackendKey;
import io.flowkit.example.orders.flow.OrdersConfiguration;
import io.flowkit.management.Management;
import io.flowkit.runtime.server.FlowServer;
import io.flowkit.runtime.service.FlowService;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Serves the example Orders service with {@link FlowServer} until stopped (Ctrl-C, SIGTERM), and
 * prints its URL and {@code curl} commands that call it.
 */
@Command(
    name = "flowkit-example-orders",
    mixinStandardHelpOptions = true,
    versionProvider = OrdersExample.Version.class,
    description = {
      "Serves the flowkit example Orders service for Boomi Flow until stopped (Ctrl-C, SIGTERM).",
      "",
      "Environment: PORT (the port when --port is not given); MANAGEMENT_PORT (the same for "
          + "--management-port); FLOW_USERNAME and FLOW_TOKEN "
          + "(both: require HTTP Basic authentication with them); ORDERS_API_KEY (the only "
          + "'API Key' configuration value the order backend accepts; default: any).",
      ""
    })
public final class OrdersExample implements Callable<Integer> {

  /** The API Key the printed commands send when ORDERS_API_KEY is not set. */
  static final String DEMO_API_KEY = "demo-key";

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(names = {"-p", "--port"}, defaultValue = "${env:PORT:-8080}",
      description = "Port to listen on; 0: any free port (default: PORT, else 8080).")
  private int port;

  @Option(names = "--management-port", defaultValue = "${env:MANAGEMENT_PORT:-9091}",
      description = "Port of the runtime management view (page, /status, /metrics), on the same address; "
          + "0: any free port; -1: off (default: MANAGEMENT_PORT, else 9091).")
  private int managementPort;

  @Option(names = "--receipts", paramLabel = "DIR",
      description = "Where uploaded receipts are kept (default: a temporary directory, deleted on stop).")
  private Path receipts;

  @Option(names = "--courier-delay", paramLabel = "MILLIS", defaultValue = "3000",
      description = "How long Ship Order takes before it calls Flow back (default: ${DEFAULT-VALUE} ms).")
  private long courierDelayMillis;

  private final Map<String, String> environment;
  private final PrintStream out;

  OrdersExample(Map<String, String> environment, PrintStream out) {
    this.environment = environment;
    this.out = out;
  }

  public static void main(String[] args) {
    CommandLine command = new CommandLine(new OrdersExample(System.getenv(), System.out))
        // One line for what went wrong (a port in use, say), not a stack trace.
        .setExecutionExceptionHandler((failure, line, parsed) -> {
          line.getErr().println("The Orders service could not run: " + failure.getMessage());
          return 1;
        });
    System.exit(command.execute(args));
  }

  /** The version the executable jar's manifest carries. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = OrdersExample.class.getPackage().getImplementationVersion();
      return new String[] {"flowkit example Orders service " + (version == null ? "(development build)" : version)};
    }
  }

  @Override
  public Integer call() throws Exception {
    String username = environment.get("FLOW_USERNAME");
    String token = environment.get("FLOW_TOKEN");
    if ((username == null) != (token == null)) {
      throw new CommandLine.ParameterException(new CommandLine(this), "Set both FLOW_USERNAME and FLOW_TOKEN, or neither");
    }
    String apiKey = environment.get("ORDERS_API_KEY");
    boolean temporary = receipts == null;
    Path receiptDirectory = temporary ? Files.createTempDirectory("flowkit-receipts") : Files.createDirectories(receipts);

    ExampleService.Settings settings = new ExampleService.Settings(
        apiKey == null ? BackendKey.acceptingAnyKey() : BackendKey.accepting(apiKey),
        Clock.systemUTC(), Duration.ofMillis(courierDelayMillis), receiptDirectory, 10L << 20);
    FlowService<OrdersConfiguration> service = ExampleService.create(settings);
    FlowServer.Builder builder = FlowServer.builder().host(host).port(port).service(service);
    if (username != null) {
      builder.basicAuth(username, token);
    }
    Management management = managementPort < 0 ? null : Management.onPort(host, managementPort);
    if (management != null) {
      builder.management(management);
    }
    FlowServer server;
    try {
      server = builder.start();
    } catch (Exception e) {
      if (temporary) {
        deleteTree(receiptDirectory);
      }
      throw e;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      if (temporary) {
        deleteTree(receiptDirectory);
      }
      out.println("Orders service stopped.");
      out.flush();
      stopped.countDown();
    }, "orders-example-shutdown"));

    printUsage(server.uri(service), management == null ? null : management.uri(), username != null, apiKey != null);
    stopped.await();
    return 0;
  }

  private void printUsage(URI serviceUri, URI managementUri, boolean basicAuth, boolean ownApiKey) {
    String curl = "curl -s " + (basicAuth ? "-u \"$FLOW_USERNAME:$FLOW_TOKEN\" " : "") + "-H 'Content-Type: application/json' ";
    // With ORDERS_API_KEY set the command reads the key from the shell, so it is never printed.
    String key = ownApiKey ? "'\"$ORDERS_API_KEY\"'" : DEMO_API_KEY;
    String statusRequest = "{\"configurationValues\":[{\"developerName\":\"API Key\",\"contentType\":\"ContentPassword\",\"contentValue\":\""
        + key + "\"}],\"inputs\":[{\"developerName\":\"orderId\",\"contentType\":\"ContentString\",\"contentValue\":\""
        + ExampleService.SAMPLE_ORDER_ID + "\"}]}";
    out.println("Orders service: " + serviceUri + (basicAuth ? " (HTTP Basic: FLOW_USERNAME / FLOW_TOKEN)" : ""));
    out.println("Describe it:");
    out.println("  " + curl + "-d '{}' " + serviceUri + "/metadata");
    out.println("Look up order " + ExampleService.SAMPLE_ORDER_ID + ":");
    out.println("  " + curl + "-d '" + statusRequest + "' " + serviceUri + "/actions/get-order-status");
    if (managementUri != null) {
      // The page; its JSON at /status, Prometheus at /metrics.
      out.println("Runtime management: " + managementUri);
    }
    out.println("Stop with Ctrl-C.");
    out.flush();
  }

  private static void deleteTree(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
