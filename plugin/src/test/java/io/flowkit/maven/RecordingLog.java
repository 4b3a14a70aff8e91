package io.flowkit.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps every line as {@code [level] message}, as Maven would print it. */
final class RecordingLog implements Log {

  final List<String> lines = new ArrayList<>();
  private final boolean debug;

  RecordingLog(boolean debug) {
    this.debug = debug;
  }

  private void add(String level, CharSequence content) {
    lines.add("[" + level + "] " + content);
  }

  @Override public boolean isDebugEnabled() { return debug; }
  @Override public void debug(CharSequence content) { if (debug) add("DEBUG", content); }
  @Override public void debug(CharSequence content, Throwable error) { debug(content); }
  @Override public void debug(Throwable error) { debug(String.valueOf(error)); }
  @Override public boolean isInfoEnabled() { return true; }
  @Override public void info(CharSequence content) { add("INFO", content); }
  @Override public void info(CharSequence content, Throwable error) { info(content); }
  @Override public void info(Throwable error) { info(String.valueOf(error)); }
  @Override public boolean isWarnEnabled() { return true; }
  @Override public void warn(CharSequence content) { add("WARNING", content); }
  @Override public void warn(CharSequence content, Throwable error) { warn(content); }
  @Override public void warn(Throwable error) { warn(String.valueOf(error)); }
  @Override public boolean isErrorEnabled() { return true; }
  @Override public void error(CharSequence content) { add("ERROR", content); }
  @Override public void error(CharSequence content, Throwable error) { error(content); }
  @Override public void error(Throwable error) { error(String.valueOf(error)); }
}
