package io.flowkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code flowkit check}: the parent of {@code check service} and {@code check store}. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Plays Flow against a Flow service or an External Storage API store and says what Flow "
          + "would reject. Exit status 0 only when no case fails."
    })
final class CheckCommand implements Runnable {

  @Spec private CommandSpec spec;

  private CheckCommand() {}

  /** {@code check} with its subcommands, made from the shared context. */
  static CommandLine create(CliContext context) {
    return new CommandLine(new CheckCommand())
        .addSubcommand(new CheckServiceCommand(context))
        .addSubcommand(new CheckStoreCommand(context));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
  }
}
