package io.flowkit.runtime.query;

import java.util.List;

/** One page of results and whether more follow it. */
public record Page<T>(List<T> items, boolean hasMoreResults) {

  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> of(List<T> items, boolean hasMoreResults) {
    return new Page<>(items, hasMoreResults);
  }
}
