package io.flowkit.runtime.server;

import io.flowkit.runtime.example.CreateOrder;
import io.flowkit.runtime.example.OrdersConfiguration;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.example.Receipt;
import io.flowkit.runtime.example.ShipOrder;
import io.flowkit.runtime.example.Ticket;
import io.flowkit.runtime.query.InMemoryQuery;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.FileQuery;
import io.flowkit.runtime.service.FileReference;
import io.flowkit.runtime.service.FileUpload;
import io.flowkit.runtime.service.FlowService;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The example Orders service with implementations that accept whatever the runtime hands them
 * (nulls included) and never fail, and that count every call and every change they make: a request
 * the runtime refuses must leave both counts as they were. Only an upload is called before its body
 * has been read whole (the file is streamed), so for uploads only the stored count must not move.
 */
final class FuzzedOrders {

  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger changes = new AtomicInteger();
  private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
  private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
  private final AtomicInteger nextId = new AtomicInteger();

  FlowService<OrdersConfiguration> service() {
    return OrdersService.builder()
        .createOrder(this::createOrder)
        .shipOrder(this::shipOrder, Duration.ofSeconds(30))
        .ticket(new Tickets())
        .receipts(new Receipts())
        .build();
  }

  private CreateOrder.Response createOrder(CreateOrder.Request request, ActionContext<OrdersConfiguration> context) {
    calls.incrementAndGet();
    changes.incrementAndGet();
    return new CreateOrder.Response(
        "order-" + nextId.incrementAndGet(), BigDecimal.ONE, OffsetDateTime.parse("2024-05-01T10:15:30Z"), true,
        new CreateOrder.Confirmation("eu", String.valueOf(request.customerName())));
  }

  private ShipOrder.Response shipOrder(ShipOrder.Request request, ActionContext<OrdersConfiguration> context) {
    calls.incrementAndGet();
    changes.incrementAndGet();
    return new ShipOrder.Response("track-" + request.orderId());
  }

  private final class Tickets implements Ticket.Data {
    @Override
    public Optional<Ticket> get(String id, ActionContext<OrdersConfiguration> context) {
      calls.incrementAndGet();
      return Optional.ofNullable(tickets.get(id));
    }

    @Override
    public Page<Ticket> query(Query<Ticket.Field> query, ActionContext<OrdersConfiguration> context) {
      calls.incrementAndGet();
      return InMemoryQuery.apply(query, new ArrayList<>(tickets.values()));
    }

    @Override
    public Ticket save(Ticket record, ActionContext<OrdersConfiguration> context) {
      calls.incrementAndGet();
      changes.incrementAndGet();
      Ticket saved = record.id() == null || record.id().isEmpty() ? record.withId("N" + nextId.incrementAndGet()) : record;
      tickets.put(saved.id(), saved);
      return saved;
    }

    @Override
    public void delete(Ticket record, ActionContext<OrdersConfiguration> context) {
      calls.incrementAndGet();
      changes.incrementAndGet();
      if (record.id() != null) {
        tickets.remove(record.id());
      }
    }
  }

  private final class Receipts implements Receipt.Files {
    @Override
    public Page<Receipt> list(FileQuery query, ActionContext<OrdersConfiguration> context) {
      calls.incrementAndGet();
      List<Receipt> all = new ArrayList<>(receipts.values());
      return Page.of(all.subList(0, Math.min(all.size(), 20)), all.size() > 20);
    }

    @Override
    public Receipt upload(FileUpload upload, ActionContext<OrdersConfiguration> context) throws Exception {
      calls.incrementAndGet();
      long size;
      try (InputStream in = upload.content()) {
        size = in.transferTo(OutputStream.nullOutputStream());
      }
      // Stored only once the whole file has been read: a body that breaks off stores nothing.
      Receipt receipt = new Receipt("R" + nextId.incrementAndGet(), upload.fileName(), upload.contentType(), "size=" + size);
      receipts.put(receipt.id(), receipt);
      changes.incrementAndGet();
      return receipt;
    }

    @Override
    public void delete(FileReference file, ActionContext<OrdersConfiguration> context) {
      calls.incrementAndGet();
      changes.incrementAndGet();
      if (file.resourceFile() != null) {
        receipts.remove(file.resourceFile());
      }
    }
  }
}
