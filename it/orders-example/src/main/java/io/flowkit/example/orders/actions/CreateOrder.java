package io.flowkit.example.orders.actions;

import io.flowkit.example.orders.flow.CreateOrderAction;
import io.flowkit.example.orders.flow.CreateOrderRequest;
import io.flowkit.example.orders.flow.CreateOrderRequestAttributes;
import io.flowkit.example.orders.flow.CreateOrderRequestLines;
import io.flowkit.example.orders.flow.CreateOrderRequestPriority;
import io.flowkit.example.orders.flow.CreateOrderResponse;
import io.flowkit.example.orders.flow.CreateOrderResponseWarnings;
import io.flowkit.example.orders.flow.OrdersConfiguration;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.ServiceProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code Create Order}: prices the lines, works out when the order ships and records it in the
 * {@link OrderBook}. It reads every configuration value: the {@code API Key} (checked by the
 * backend), {@code Max Lines}, {@code Cut-off}, {@code Region} and {@code Sandbox}.
 */
public final class CreateOrder implements CreateOrderAction {

  private final BackendKey backend;
  private final OrderBook book;
  private final Function<String, Optional<BigDecimal>> creditLimits;
  private final Clock clock;

  /**
   * @param creditLimits the credit limit of a customer id, when the customer is known and has one
   */
  public CreateOrder(BackendKey backend, OrderBook book, Function<String, Optional<BigDecimal>> creditLimits, Clock clock) {
    this.backend = backend;
    this.book = book;
    this.creditLimits = creditLimits;
    this.clock = clock;
  }

  @Override
  public CreateOrderResponse execute(CreateOrderRequest request, ActionContext<OrdersConfiguration> context) {
    OrdersConfiguration configuration = context.configuration();
    backend.check(configuration);
    // customer and lines are required inputs: the generated codec has refused calls without them.
    List<CreateOrderRequestLines> lines = request.lines();
    if (configuration.maxLines() != null && BigDecimal.valueOf(lines.size()).compareTo(configuration.maxLines()) > 0) {
      throw ServiceProblemException.badRequest(
          "An order may have at most " + configuration.maxLines().toPlainString() + " lines; this one has " + lines.size());
    }
    List<CreateOrderResponseWarnings> warnings = new ArrayList<>();

    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      CreateOrderRequestLines line = lines.get(i);
      if (line.unitPrice() == null) {
        warnings.add(new CreateOrderResponseWarnings(
            "W01", "lines[" + i + "].unitPrice", "No unit price for " + line.sku() + ": priced at 0"));
      } else {
        sum = sum.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
      }
    }
    BigDecimal total = sum.setScale(2, RoundingMode.HALF_UP);

    OffsetDateTime placedAt = (request.orderDate() != null ? request.orderDate() : OffsetDateTime.now(clock))
        .withOffsetSameInstant(ZoneOffset.UTC);
    int days = Boolean.TRUE.equals(request.rush()) ? 1 : shippingDays(request.priority());
    if (configuration.cutOff() != null
        && placedAt.toLocalTime().isAfter(configuration.cutOff().withOffsetSameInstant(ZoneOffset.UTC).toLocalTime())) {
      days++;
      warnings.add(new CreateOrderResponseWarnings("W02", "orderDate", "Placed after the cut-off: ships a day later"));
    }
    OffsetDateTime estimatedShip = placedAt.plusDays(days).truncatedTo(ChronoUnit.DAYS).withHour(12);
    if (request.deliveryDate() != null && request.deliveryDate().isBefore(estimatedShip.toLocalDate())) {
      warnings.add(new CreateOrderResponseWarnings(
          "W03", "deliveryDate", "The delivery date is before the order can ship"));
    }

    String customerId = request.customer().customerId();
    boolean withinCredit = creditLimits.apply(customerId).map(limit -> total.compareTo(limit) <= 0).orElse(true);
    if (!withinCredit) {
      warnings.add(new CreateOrderResponseWarnings(
          "W04", "customer.customerId", "Over the customer's credit limit: held for review"));
    }
    if (request.customer().address() == null) {
      warnings.add(new CreateOrderResponseWarnings(
          "W05", "customer.address", "No delivery address: the customer's default address is used"));
    }
    List<CreateOrderRequestAttributes> attributes = request.attributes() == null ? List.of() : request.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      if (attributes.get(i).value() == null) {
        warnings.add(new CreateOrderResponseWarnings(
            "W06", "attributes[" + i + "].Value", "Attribute '" + attributes.get(i).key() + "' has no value"));
      }
    }

    String prefix = Boolean.TRUE.equals(configuration.sandbox()) ? "TEST"
        : configuration.region() != null ? configuration.region().toUpperCase(Locale.ROOT) : "ORD";
    String orderId = book.nextOrderId(prefix);
    book.place(orderId, placedAt);
    return new CreateOrderResponse(withinCredit, estimatedShip, orderId, total, warnings);
  }

  private static int shippingDays(CreateOrderRequestPriority priority) {
    if (priority == null) {
      return 3;
    }
    return switch (priority) {
      case LOW -> 5;
      case NORMAL -> 3;
      case HIGH, NEXT_DAY -> 1;
    };
  }
}
