package io.flowkit.cli;

import io.flowkit.cli.check.CheckReport;
import io.flowkit.cli.check.service.ServiceCheckOptions;
import io.flowkit.cli.check.service.ServiceChecker;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code flowkit check service URL}: what Flow would make of a Flow service. */
@Command(
    name = "service",
    mixinStandardHelpOptions = true,
    description = {
      "Describes a Flow service as Flow does (POST /metadata with the configuration values), "
          + "checks the answer against the Flow service protocol, asks for the types to install, "
          + "loads one page of each bound type, lists files, and with --invoke calls each message "
          + "action with inputs made from its declared inputs."
    })
final class CheckServiceCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "URL", description = "The service's URL, as it would be given to Flow.")
  private URI service;

  /** Where --basic can come from instead, out of sight of the process list. */
  static final String BASIC_VARIABLE = "FLOWKIT_CHECK_BASIC";

  @Option(names = "--basic", paramLabel = "USER:TOKEN",
      description = "HTTP Basic credentials Flow would send (e.g. an Integration account and token); "
          + "or set " + BASIC_VARIABLE + ", which keeps the token out of the process list.")
  private String basic;

  @Option(names = "--config", paramLabel = "NAME=VALUE",
      description = "A configuration value sent with every call; repeatable.")
  private Map<String, String> configuration = new LinkedHashMap<>();

  @Option(names = "--invoke",
      description = "Also invoke each message action (off by default: actions may have side effects).")
  private boolean invoke;

  @Option(names = "--page-size", defaultValue = "10",
      description = "How many objects the data probes load. Default: ${DEFAULT-VALUE}.")
  private int pageSize;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
      description = "How long one call may take. Default: ${DEFAULT-VALUE}.")
  private int timeoutSeconds;

  @Mixin private ReportOptions report;

  @Spec private CommandSpec spec;

  private final CliContext context;

  CheckServiceCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (service.getScheme() == null || service.getHost() == null) {
      throw new ParameterException(spec.commandLine(), "URL must be absolute, e.g. https://host/fs/orders");
    }
    String user = null;
    String password = null;
    if (basic == null) {
      basic = context.environment().get(BASIC_VARIABLE);
    }
    if (basic != null) {
      int colon = basic.indexOf(':');
      if (colon <= 0) {
        throw new ParameterException(spec.commandLine(), "--basic takes USER:TOKEN");
      }
      user = basic.substring(0, colon);
      password = basic.substring(colon + 1);
    }
    if (pageSize < 1 || timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--page-size and --timeout must be at least 1");
    }
    ServiceCheckOptions options = new ServiceCheckOptions(
        service, user, password, configuration, invoke, pageSize, Duration.ofSeconds(timeoutSeconds));
    CheckReport result = ServiceChecker.check(options, report.progress(context));
    return report.write(result, context);
  }
}
