package com.example.orders;

import io.flowkit.runtime.query.Order;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.FileQuery;
import io.flowkit.runtime.service.FileReference;
import io.flowkit.runtime.service.FileUpload;
import io.flowkit.runtime.service.FlowService;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a service author writes against the generated code: compiled together with it under
 * {@code -Xlint:all -Werror}, then driven by the tests through the built {@code FlowService}.
 */
public final class OrdersProbe {

  private OrdersProbe() {}

  public static FlowService<OrdersConfiguration> service() {
    return OrdersService.builder()
        .createOrder(OrdersProbe::createOrder)
        .ticket(new Tickets())
        .receipt(new Receipts())
        .build();
  }

  /** A service missing all but the message action. */
  public static FlowService<OrdersConfiguration> incomplete() {
    return OrdersService.builder().createOrder(OrdersProbe::createOrder).build();
  }

  private static CreateOrderResponse createOrder(
      CreateOrderRequest request, ActionContext<OrdersConfiguration> context) {
    BigDecimal total = BigDecimal.ZERO;
    List<CreateOrderResponseWarnings> warnings = new ArrayList<>();
    if (request.lines() != null) {
      for (CreateOrderRequestLines line : request.lines()) {
        total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
      }
    }
    if (!Boolean.TRUE.equals(request.rush())) {
      warnings.add(new CreateOrderResponseWarnings("W01", "Not a rush order"));
    }
    return new CreateOrderResponse(
        true,
        OffsetDateTime.of(2025, 3, 18, 12, 0, 0, 0, ZoneOffset.UTC),
        request.orderNumber() + " for " + request.customer().name() + " in " + context.configuration().region(),
        total,
        warnings);
  }

  /** A list-backed data action that offers get, query and save. */
  static final class Tickets implements TicketData {
    private final Map<String, Ticket> tickets = new TreeMap<>();

    @Override
    public Optional<Ticket> get(String id, ActionContext<OrdersConfiguration> context) {
      return Optional.ofNullable(tickets.get(id));
    }

    @Override
    public Page<Ticket> query(Query<TicketField> query, ActionContext<OrdersConfiguration> context) {
      List<Ticket> found = new ArrayList<>(tickets.values());
      for (Order<TicketField> order : query.orderBy()) {
        found.sort(Comparator.comparing(ticket -> String.valueOf(order.field().valueOf(ticket))));
      }
      return Page.of(found, false);
    }

    @Override
    public Ticket save(Ticket ticket, ActionContext<OrdersConfiguration> context) {
      Ticket saved =
          ticket.id() != null
              ? ticket
              : new Ticket(
                  ticket.assignedTo(), ticket.createdAt(), ticket.escalated(), "T-" + (tickets.size() + 1),
                  ticket.priority(), ticket.status(), ticket.subject());
      tickets.put(saved.id(), saved);
      return saved;
    }
  }

  /** Files kept as their receipts only. */
  static final class Receipts implements ReceiptFiles {
    private final List<ReceiptFile> files = new ArrayList<>();

    @Override
    public Page<ReceiptFile> list(FileQuery query, ActionContext<OrdersConfiguration> context) {
      return Page.of(files, false);
    }

    @Override
    public ReceiptFile upload(FileUpload upload, ActionContext<OrdersConfiguration> context) throws IOException {
      long size;
      try (InputStream content = upload.content()) {
        size = content.readAllBytes().length;
      }
      ReceiptFile file =
          new ReceiptFile(
              null, null, "f" + (files.size() + 1), upload.contentType(), upload.fileName(), "s3://receipts/" + size,
              List.of(new ReceiptFileRows(1L, "OK")));
      files.add(file);
      return file;
    }

    @Override
    public void delete(FileReference file, ActionContext<OrdersConfiguration> context) {
      files.removeIf(f -> f.externalId().equals(file.resourceFile()));
    }
  }
}
