/**
 * The {@code flowkit} command line (picocli): {@code flowkit keys} makes store keys as the platform
 * does, {@code flowkit store} runs a standalone External Storage API store. Each command is one
 * class; {@link io.flowkit.cli.FlowkitCli#SUBCOMMANDS} lists them.
 */
package io.flowkit.cli;
