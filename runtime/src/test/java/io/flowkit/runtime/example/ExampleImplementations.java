package io.flowkit.runtime.example;

import io.flowkit.runtime.query.InMemoryQuery;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.FileQuery;
import io.flowkit.runtime.service.FileReference;
import io.flowkit.runtime.service.FileUpload;
import io.flowkit.runtime.service.FlowService;
import io.flowkit.runtime.service.ServiceProblemException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A user's implementations of the Orders service, kept in memory, with hooks for tests. */
public final class ExampleImplementations {

  public final Orders orders = new Orders();
  public final Shipping shipping = new Shipping();
  public final Tickets tickets = new Tickets();
  public final Receipts receipts = new Receipts();

  /** The service with these implementations, {@code Ship Order} answering WAIT after {@code shipTimeout}. */
  public FlowService<OrdersConfiguration> service(Duration shipTimeout) {
    return OrdersService.builder()
        .createOrder(orders)
        .shipOrder(shipping, shipTimeout)
        .ticket(tickets)
        .receipts(receipts)
        .build();
  }

  public static final OffsetDateTime CREATED = OffsetDateTime.parse("2024-05-01T10:15:30.123Z");

  public static final class Orders implements CreateOrder.Action {
    private final AtomicInteger next = new AtomicInteger();
    public final AtomicReference<ActionContext<OrdersConfiguration>> lastContext = new AtomicReference<>();
    public final AtomicReference<CreateOrder.Request> lastRequest = new AtomicReference<>();
    /** Whether the last {@code outcome:<name>} order could select that outcome. */
    public final AtomicReference<Boolean> lastSelection = new AtomicReference<>();

    @Override
    public CreateOrder.Response execute(CreateOrder.Request request, ActionContext<OrdersConfiguration> context) {
      lastContext.set(context);
      lastRequest.set(request);
      if (request.customerName().equals("explode")) {
        throw new IllegalStateException("database password " + context.configuration().apiKey() + " rejected");
      }
      if (request.customerName().startsWith("outcome:")) {
        lastSelection.set(context.selectOutcome(request.customerName().substring("outcome:".length())));
      }
      if (request.customerName().equals("leak")) {
        throw new ServiceProblemException(422, "The shop refused the key " + context.configuration().apiKey());
      }
      if (request.customerName().equals("refuse")) {
        throw new ServiceProblemException(422, "Customer 'refuse' may not order");
      }
      BigDecimal total = BigDecimal.ZERO;
      for (OrderLine line : request.lines() == null ? List.<OrderLine>of() : request.lines()) {
        total = total.add(line.price().multiply(BigDecimal.valueOf(line.quantity())));
      }
      String city = request.address() == null ? "nowhere" : request.address().city();
      String message = request.customerName() + " in " + city + " on " + request.deliveryDate();
      return new CreateOrder.Response(
          "order-" + next.incrementAndGet(), total, CREATED, !Boolean.TRUE.equals(request.express()),
          new CreateOrder.Confirmation(context.configuration().region(), message));
    }
  }

  /** Ships when the test says so: {@code now-…} orders at once, {@code defer-…} answer WAIT on purpose. */
  public static final class Shipping implements ShipOrder.Action {
    private final Map<String, CompletableFuture<ShipOrder.Response>> pending = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> started = new ConcurrentHashMap<>();

    @Override
    public ShipOrder.Response execute(ShipOrder.Request request, ActionContext<OrdersConfiguration> context) {
      throw new UnsupportedOperationException("executeAsync is used");
    }

    @Override
    public CompletionStage<ShipOrder.Response> executeAsync(ShipOrder.Request request, ActionContext<OrdersConfiguration> context) {
      String id = request.orderId();
      if (id.startsWith("now-")) {
        return CompletableFuture.completedFuture(new ShipOrder.Response("track-" + id));
      }
      CompletableFuture<ShipOrder.Response> result = future(id);
      if (id.startsWith("defer-")) {
        context.answerWait("Shipping " + id);
      } else {
        context.waitMessage("Still shipping " + id);
      }
      startedSignal(id).complete(null);
      return result;
    }

    public void complete(String orderId, String tracking) {
      future(orderId).complete(new ShipOrder.Response(tracking));
    }

    public void fail(String orderId, Exception failure) {
      future(orderId).completeExceptionally(failure);
    }

    /** Whether the action for {@code orderId} has started. */
    public boolean started(String orderId) {
      CompletableFuture<Void> signal = started.get(orderId);
      return signal != null && signal.isDone();
    }

    public void awaitStarted(String orderId) throws Exception {
      startedSignal(orderId).get(10, TimeUnit.SECONDS);
    }

    private CompletableFuture<ShipOrder.Response> future(String id) {
      return pending.computeIfAbsent(id, key -> new CompletableFuture<>());
    }

    private CompletableFuture<Void> startedSignal(String id) {
      return started.computeIfAbsent(id, key -> new CompletableFuture<>());
    }
  }

  public static final class Tickets implements Ticket.Data {
    private final Map<String, Ticket> rows = new LinkedHashMap<>();
    private int next;
    public final AtomicReference<Query<Ticket.Field>> lastQuery = new AtomicReference<>();
    public final AtomicInteger getCalls = new AtomicInteger();

    public synchronized void put(Ticket ticket) {
      rows.put(ticket.id(), ticket);
    }

    public synchronized void clear() {
      rows.clear();
      next = 0;
    }

    public synchronized List<Ticket> all() {
      return new ArrayList<>(rows.values());
    }

    @Override
    public synchronized Optional<Ticket> get(String id, ActionContext<OrdersConfiguration> context) {
      getCalls.incrementAndGet();
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Page<Ticket> query(Query<Ticket.Field> query, ActionContext<OrdersConfiguration> context) {
      lastQuery.set(query);
      return InMemoryQuery.apply(query, rows.values());
    }

    @Override
    public synchronized Ticket save(Ticket record, ActionContext<OrdersConfiguration> context) {
      Ticket saved = record.id() == null || record.id().isEmpty() ? record.withId("N" + (++next)) : record;
      if (saved.title() != null && saved.title().equals("crash")) {
        throw new IllegalStateException("storage failed");
      }
      rows.put(saved.id(), saved);
      return saved;
    }

    @Override
    public synchronized void delete(Ticket record, ActionContext<OrdersConfiguration> context) {
      rows.remove(record.id());
    }
  }

  /** Keeps only the size and digest of uploads, to prove they arrived whole. */
  public static final class Receipts implements Receipt.Files {
    private final Map<String, Receipt> files = new LinkedHashMap<>();
    private int next;
    public final AtomicReference<FileUpload> lastUpload = new AtomicReference<>();
    /** Counted down once the first bytes of an upload have been read. */
    public volatile CountDownLatch onFirstBytes;

    @Override
    public synchronized Page<Receipt> list(FileQuery query, ActionContext<OrdersConfiguration> context) {
      List<Receipt> all = new ArrayList<>(files.values());
      int from = Math.min(query.offset(), all.size());
      int to = query.limit() == 0 ? all.size() : Math.min(all.size(), from + query.limit());
      return Page.of(all.subList(from, to), to < all.size());
    }

    @Override
    public Receipt upload(FileUpload upload, ActionContext<OrdersConfiguration> context) throws Exception {
      lastUpload.set(upload);
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      long size = 0;
      byte[] buffer = new byte[8192];
      try (InputStream in = upload.content()) {
        int read;
        while ((read = in.read(buffer)) >= 0) {
          digest.update(buffer, 0, read);
          size += read;
          CountDownLatch signal = onFirstBytes;
          if (signal != null && read > 0) {
            signal.countDown();
          }
        }
      }
      synchronized (this) {
        String id = "R" + (++next);
        Receipt receipt =
            new Receipt(id, upload.fileName(), upload.contentType(),
                "size=" + size + ";sha256=" + HexFormat.of().formatHex(digest.digest()));
        files.put(id, receipt);
        return receipt;
      }
    }

    @Override
    public synchronized void delete(FileReference file, ActionContext<OrdersConfiguration> context) {
      if (files.remove(file.resourceFile()) == null) {
        throw new ServiceProblemException(404, "No file '" + file.resourceFile() + "'");
      }
    }
  }
}
