package com.example.orders;

import com.example.orders.flow.OrdersConfiguration;
import com.example.orders.flow.Ticket;
import com.example.orders.flow.TicketData;
import com.example.orders.flow.TicketField;
import io.flowkit.runtime.query.InMemoryQuery;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.service.ActionContext;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Tickets in memory. */
public final class Tickets implements TicketData {

  private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

  @Override
  public Optional<Ticket> get(String id, ActionContext<OrdersConfiguration> context) {
    return tickets.values().stream().filter(ticket -> ticket.id().equals(id)).findFirst();
  }

  @Override
  public Page<Ticket> query(Query<TicketField> query, ActionContext<OrdersConfiguration> context) {
    return InMemoryQuery.apply(query, tickets.values());
  }

  @Override
  public Ticket save(Ticket ticket, ActionContext<OrdersConfiguration> context) {
    Ticket saved = ticket.id() != null ? ticket
        : new Ticket(ticket.assignedTo(), ticket.createdAt(), ticket.escalated(), UUID.randomUUID().toString(),
            ticket.priority(), ticket.status(), ticket.subject());
    tickets.put(saved.id(), saved);
    return saved;
  }

  @Override
  public void delete(Ticket ticket, ActionContext<OrdersConfiguration> context) {
    tickets.remove(ticket.id());
  }
}
