package io.flowkit.example.orders;

import io.flowkit.example.orders.actions.BackendKey;
import io.flowkit.example.orders.actions.CreateOrder;
import io.flowkit.example.orders.actions.GetOrderStatus;
import io.flowkit.example.orders.actions.OrderBook;
import io.flowkit.example.orders.actions.ShipOrder;
import io.flowkit.example.orders.data.Customers;
import io.flowkit.example.orders.data.Tickets;
import io.flowkit.example.orders.files.Receipts;
import io.flowkit.example.orders.flow.OrdersConfiguration;
import io.flowkit.example.orders.flow.OrdersService;
import io.flowkit.example.orders.flow.Status;
import io.flowkit.runtime.service.FlowService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Assembles the generated {@link OrdersService} from the example's implementations. */
public final class ExampleService {

  /** The order that exists from the start, so that {@code Get Order Status} has something to find. */
  public static final String SAMPLE_ORDER_ID = "0000123";

  /**
   * What the example's implementations depend on.
   *
   * @param backendKey which {@code API Key} configuration values the order backend accepts
   * @param courierDelay how long {@code Ship Order} takes before it calls Flow back
   * @param receiptDirectory where uploaded receipts are stored
   * @param maxReceiptBytes the largest receipt accepted (larger uploads are answered 413)
   */
  public record Settings(
      BackendKey backendKey, Clock clock, Duration courierDelay, Path receiptDirectory, long maxReceiptBytes) {

    /** Any key accepted, the system clock, a 3 s courier and receipts of up to 10 MiB. */
    public static Settings defaults(Path receiptDirectory) {
      return new Settings(BackendKey.acceptingAnyKey(), Clock.systemUTC(), Duration.ofSeconds(3), receiptDirectory, 10L << 20);
    }
  }

  private ExampleService() {}

  public static FlowService<OrdersConfiguration> create(Settings settings) {
    OrderBook book = new OrderBook();
    book.place(SAMPLE_ORDER_ID, OffsetDateTime.parse("2025-03-14T09:31:02Z"));
    book.advance(SAMPLE_ORDER_ID, Status.PICKING, OffsetDateTime.parse("2025-03-14T10:05:00Z"));
    Customers customers = Customers.samples();
    BackendKey key = settings.backendKey();
    return OrdersService.builder()
        .createOrder(new CreateOrder(key, book, customers::creditLimit, settings.clock()))
        .getOrderStatus(new GetOrderStatus(key, book))
        .shipOrder(new ShipOrder(key, book, settings.clock(), settings.courierDelay()))
        .ticket(new Tickets(settings.clock(), Tickets.samples()))
        .customer(customers)
        .receipt(new Receipts(settings.receiptDirectory(), settings.maxReceiptBytes(), settings.clock()))
        .build();
  }
}
