package io.flowkit.example.orders.data;

import io.flowkit.example.orders.flow.OrdersConfiguration;
import io.flowkit.example.orders.flow.Ticket;
import io.flowkit.example.orders.flow.TicketData;
import io.flowkit.example.orders.flow.TicketField;
import io.flowkit.runtime.query.InMemoryQuery;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.ServiceProblemException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code Ticket}: support tickets in a list; inserts get ids {@code T-1001}, {@code T-1002}, ... */
public final class Tickets implements TicketData {

  private final List<Ticket> tickets = new ArrayList<>();
  private final Clock clock;
  private int lastId = 1000;

  public Tickets(Clock clock, List<Ticket> initial) {
    this.clock = clock;
    initial.forEach(ticket -> tickets.add(withId(ticket, nextId())));
  }

  /** A few tickets to look at when trying the example. */
  public static List<Ticket> samples() {
    return List.of(
        new Ticket("jdoe", OffsetDateTime.parse("2025-03-14T09:30:00Z"), false, null, 3L, "OPEN", "Printer offline"),
        new Ticket("asmith", OffsetDateTime.parse("2025-03-15T11:00:00Z"), true, null, 1L, "OPEN", "Parcel arrived damaged"),
        new Ticket(null, OffsetDateTime.parse("2025-03-16T08:15:00Z"), false, null, 2L, "CLOSED", "Wrong invoice address"));
  }

  @Override
  public synchronized Optional<Ticket> get(String id, ActionContext<OrdersConfiguration> context) {
    return tickets.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  @Override
  public Page<Ticket> query(Query<TicketField> query, ActionContext<OrdersConfiguration> context) {
    return InMemoryQuery.apply(query, snapshot());
  }

  @Override
  public synchronized Ticket save(Ticket ticket, ActionContext<OrdersConfiguration> context) {
    if (ticket.id() == null || ticket.id().isEmpty()) {
      Ticket created = withId(ticket, nextId());
      tickets.add(created);
      return created;
    }
    for (int i = 0; i < tickets.size(); i++) {
      if (tickets.get(i).id().equals(ticket.id())) {
        Ticket updated = withDefaults(ticket, tickets.get(i).createdAt());
        tickets.set(i, updated);
        return updated;
      }
    }
    throw ServiceProblemException.notFound("There is no ticket '" + ticket.id() + "' to update");
  }

  @Override
  public synchronized void delete(Ticket ticket, ActionContext<OrdersConfiguration> context) {
    // Deleting a ticket that is already gone is not an error: Flow may retry a delete.
    tickets.removeIf(t -> t.id().equals(ticket.id()));
  }

  private synchronized List<Ticket> snapshot() {
    return List.copyOf(tickets);
  }

  private String nextId() {
    return "T-" + ++lastId;
  }

  private Ticket withId(Ticket ticket, String id) {
    Ticket created = new Ticket(ticket.assignedTo(), ticket.createdAt(), ticket.escalated(), id,
        ticket.priority(), ticket.status(), ticket.subject());
    return withDefaults(created, OffsetDateTime.now(clock));
  }

  /** New tickets are open, not escalated, and created now unless they say otherwise. */
  private static Ticket withDefaults(Ticket ticket, OffsetDateTime createdAt) {
    return new Ticket(ticket.assignedTo(), Objects.requireNonNullElse(ticket.createdAt(), createdAt),
        Objects.requireNonNullElse(ticket.escalated(), false), ticket.id(), ticket.priority(),
        Objects.requireNonNullElse(ticket.status(), "OPEN"), ticket.subject());
  }
}
