package io.flowkit.cli;

import io.flowkit.cli.check.CheckReport;
import io.flowkit.cli.check.JUnitReport;
import io.flowkit.cli.check.JsonReport;
import io.flowkit.cli.check.Progress;
import io.flowkit.cli.check.ProgressLine;
import io.flowkit.cli.check.TableReport;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How a {@code flowkit check} command reports: the options every check shares. */
final class ReportOptions {

  enum Format {
    TABLE,
    JSON
  }

  @Option(names = "--format", defaultValue = "TABLE",
      description = "table (for people; a progress line while checking on a terminal) or json. "
          + "Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the results as JUnit XML to FILE, for CI.")
  Path report;

  /** A progress line when the table goes to a terminal; nothing otherwise. */
  Progress progress(CliContext context) {
    return format == Format.TABLE && context.outIsTerminal() ? new ProgressLine(context.out()) : Progress.NONE;
  }

  /** Writes the report as asked; answers the exit status (0 only when nothing failed). */
  int write(CheckReport report, CliContext context) throws IOException {
    if (format == Format.JSON) {
      JsonReport.write(report, context.out());
    } else {
      TableReport.write(report, context.out());
    }
    if (this.report != null) {
      JUnitReport.write(report, this.report);
    }
    return report.exitStatus();
  }
}
