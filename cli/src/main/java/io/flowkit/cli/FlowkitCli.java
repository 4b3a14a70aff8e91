package io.flowkit.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code flowkit}: the entry point of the executable jar ({@code java -jar
 * flowkit-runtime-<version>-all.jar <command>}).
 *
 * <p>To add a command, write a class annotated with picocli's {@code @Command} (with a constructor
 * taking a {@link CliContext} if it needs the environment or output) and add it to {@link
 * #SUBCOMMANDS}.
 */
@Command(
    name = "flowkit",
    mixinStandardHelpOptions = true,
    versionProvider = FlowkitCli.Version.class,
    description = "Boomi Flow services and External Storage API stores in Java.")
public final class FlowkitCli implements Runnable {

  /** The subcommands, each made from the shared context. */
  static final List<Function<CliContext, Object>> SUBCOMMANDS =
      List.of(KeysCommand::new, StoreCommand::new, CheckCommand::create, PlatformCommand::create);

  @Spec private CommandSpec spec;

  private FlowkitCli() {}

  /** Runs {@code flowkit} with the process's arguments, environment and console; exits with its code. */
  public static void main(String[] args) {
    configureConsoleLogging();
    Charset charset = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(System.out, true, charset);
    PrintWriter err = new PrintWriter(System.err, true, charset);
    // System.console() exists only when the JVM is attached to a terminal (not redirected)
    System.exit(run(args, new CliContext(System.getenv(), out, err, System.console() != null)));
  }

  // The executable jar binds slf4j-simple; quiet the libraries, keep the store's own lines. Any
  // -Dorg.slf4j.simpleLogger... given on the command line wins.
  private static void configureConsoleLogging() {
    setDefault("org.slf4j.simpleLogger.showDateTime", "true");
    setDefault("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    setDefault("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    setDefault("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
    setDefault("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
    setDefault("org.slf4j.simpleLogger.log.org.flywaydb.core.internal.command.DbMigrate", "info");
  }

  private static void setDefault(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** Runs {@code flowkit} with {@code args} in {@code context}; returns the exit code. */
  public static int run(String[] args, CliContext context) {
    return commandLine(context).execute(args);
  }

  /** The command line with every subcommand, printing to the context's writers. */
  public static CommandLine commandLine(CliContext context) {
    CommandLine line = new CommandLine(new FlowkitCli());
    for (Function<CliContext, Object> command : SUBCOMMANDS) {
      line.addSubcommand(command.apply(context));
    }
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setOut(context.out());
    line.setErr(context.err());
    line.setExecutionExceptionHandler(
        (exception, commandLine, parseResult) -> {
          String message = exception.getMessage() == null
              ? exception.getClass().getSimpleName()
              : exception.getMessage();
          commandLine.getErr().println(commandLine.getCommandName() + ": " + message);
          commandLine.getErr().flush();
          return 1;
        });
    return line;
  }

  @Override
  public void run() {
    // "flowkit" alone: say what there is.
    spec.commandLine().usage(spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = FlowkitCli.class.getPackage().getImplementationVersion();
      return new String[] {"flowkit " + (version == null ? "(development build)" : version)};
    }
  }
}
