package io.flowkit.runtime.query;

import io.flowkit.runtime.wire.ComparisonType;
import java.util.List;

/** Conditions combined with AND or OR. */
public record Group<F>(ComparisonType comparison, List<Condition<F>> conditions)
    implements Condition<F> {

  public Group {
    comparison = comparison == null ? ComparisonType.AND : comparison;
    conditions = List.copyOf(conditions);
  }
}
