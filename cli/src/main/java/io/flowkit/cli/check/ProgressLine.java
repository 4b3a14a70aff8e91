package io.flowkit.cli.check;

import java.io.PrintWriter;

/**
 * A single line on a terminal, rewritten in place ({@code \r} and erase-line) as the check goes
 * on, and erased at the end so that the report starts on a clean line. Only for terminals: in a
 * file or a pipe the control characters would be noise, so commands use {@link Progress#NONE}
 * there.
 */
public final class ProgressLine implements Progress {

  private static final String ERASE_LINE = "\r\u001b[2K";
  private static final int WIDTH = 78;

  private final PrintWriter terminal;

  /** A progress line on {@code terminal}. */
  public ProgressLine(PrintWriter terminal) {
    this.terminal = terminal;
  }

  @Override
  public void step(int done, String what) {
    String line = "checking (" + done + " done): " + what;
    if (line.length() > WIDTH) {
      line = line.substring(0, WIDTH - 1) + "…";
    }
    terminal.print(ERASE_LINE + line);
    terminal.flush();
  }

  @Override
  public void finished() {
    terminal.print(ERASE_LINE);
    terminal.flush();
  }
}
