package io.flowkit.runtime.example;

import io.flowkit.runtime.codec.ValueReader;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.service.MessageAction;
import io.flowkit.runtime.service.MessageActionBinding;
import io.flowkit.runtime.wire.ActionDescription;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeValue;
import io.flowkit.runtime.wire.EngineValue;
import java.time.Duration;
import java.util.List;

/** The long-running message action {@code Ship Order}. */
public final class ShipOrder {

  private ShipOrder() {}

  public static final String URI_PART = "actions/ship-order";

  public record Request(String orderId) {}

  public record Response(String trackingNumber) {}

  public interface Action extends MessageAction<OrdersConfiguration, Request, Response> {}

  public static final ActionDescription DESCRIPTION =
      ActionDescription.of(
          URI_PART, "Ship Order", "Ships an order; takes a while",
          List.of(DescribeValue.of("orderId", ContentType.STRING, null, true, 0)),
          List.of(DescribeValue.of("trackingNumber", ContentType.STRING, null, false, 0)));

  static MessageActionBinding<OrdersConfiguration, Request, Response> binding(Action implementation, Duration syncTimeout) {
    return new MessageActionBinding<>(
        DESCRIPTION,
        inputs -> {
          ValueReader reader = ValueReader.of(inputs);
          return new Request(reader.required("orderId", reader.string("orderId")));
        },
        (Response response) -> ValueWriter.engineValues().string("trackingNumber", response.trackingNumber()).build(),
        implementation,
        syncTimeout);
  }

  static List<EngineValue> inputs(String orderId) {
    return ValueWriter.engineValues().string("orderId", orderId).build();
  }
}
