package io.flowkit.codegen.profile.schema;

import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.profile.ObjectShape;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges waiting for objects that are still being read: recursion through {@code allOf}, {@code
 * oneOf} or {@code anyOf} reaches an object before its members are known.
 */
final class DeferredMerges {

  private final Reporter reporter;
  private final List<Deferred> deferred = new ArrayList<>();

  /** Completes {@code target} once every input is complete. */
  private record Deferred(ObjectShape target, List<ObjectShape> inputs, Runnable completion, SourceLocation at,
      String problem) {}

  DeferredMerges(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * Runs {@code completion} now when every input is complete, else once they are.
   *
   * @param problem reported at {@code at} when the inputs never complete (they wait for each other)
   */
  void runWhenComplete(ObjectShape target, List<ObjectShape> inputs, Runnable completion, SourceLocation at,
      String problem) {
    if (inputs.stream().allMatch(ObjectShape::isComplete)) {
      completion.run();
    } else {
      deferred.add(new Deferred(target, inputs, completion, at, problem));
    }
  }

  /**
   * Runs every waiting merge whose inputs are complete, until none is left or none can run; those
   * left wait for each other, which is reported.
   */
  void completeAll() {
    boolean progress = true;
    while (progress && !deferred.isEmpty()) {
      progress = false;
      for (Deferred task : List.copyOf(deferred)) {
        if (task.inputs().stream().allMatch(ObjectShape::isComplete)) {
          deferred.remove(task);
          task.completion().run();
          progress = true;
        }
      }
    }
    for (Deferred task : deferred) {
      reporter.error(task.at(), task.problem());
    }
    deferred.clear();
  }
}
