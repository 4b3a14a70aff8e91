package io.flowkit.codegen.diagnostics;

import java.util.HashSet;
import java.util.Set;

/**
 * A view of a run's {@link Diagnostics} that remembers whether its own part of the work (one
 * descriptor, one profile) failed. Children share the parent's sink and report their errors to
 * every ancestor; a diagnostic identical to one already reported (a shared profile read for two
 * actions) is recorded only once but still fails the child that hit it.
 */
public final class Reporter {

  private final Diagnostics sink;
  private final Set<Diagnostic> seen;
  private final Reporter parent;
  private boolean failed;

  public Reporter(Diagnostics sink) {
    this(sink, new HashSet<>(), null);
  }

  private Reporter(Diagnostics sink, Set<Diagnostic> seen, Reporter parent) {
    this.sink = sink;
    this.seen = seen;
    this.parent = parent;
  }

  /** A reporter for a part of this one's work. */
  public Reporter child() {
    return new Reporter(sink, seen, this);
  }

  public void error(SourceLocation location, String message) {
    for (Reporter r = this; r != null; r = r.parent) {
      r.failed = true;
    }
    record(Diagnostic.error(location, message));
  }

  public void warning(SourceLocation location, String message) {
    record(Diagnostic.warning(location, message));
  }

  /** Whether this reporter or one of its children reported an error. */
  public boolean failed() {
    return failed;
  }

  private void record(Diagnostic diagnostic) {
    if (seen.add(diagnostic)) {
      sink.add(diagnostic);
    }
  }
}
