package io.flowkit.runtime.query;

import io.flowkit.runtime.wire.OrderDirection;

/** Sort by one field. */
public record Order<F>(F field, OrderDirection direction) {

  public Order {
    direction = direction == null ? OrderDirection.ASC : direction;
  }
}
