package com.example.orders;

import com.example.orders.flow.OrdersConfiguration;
import com.example.orders.flow.Ticket;
import com.example.orders.flow.TicketData;
import com.example.orders.flow.TicketField;
import io.flowkit.runtime.query.InMemoryQuery;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.service.ActionContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The user's implementation of the generated {@code Ticket} data action, over a list: the runtime's
 * {@link InMemoryQuery} answers queries through the generated {@link TicketField}s.
 */
public final class InMemoryTickets implements TicketData {

  private final List<Ticket> tickets = new CopyOnWriteArrayList<>();
  private int nextId = 1;

  @Override
  public Optional<Ticket> get(String id, ActionContext<OrdersConfiguration> context) {
    return tickets.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  @Override
  public Page<Ticket> query(Query<TicketField> query, ActionContext<OrdersConfiguration> context) {
    return InMemoryQuery.apply(query, tickets);
  }

  @Override
  public synchronized Ticket save(Ticket record, ActionContext<OrdersConfiguration> context) {
    if (record.id() == null || record.id().isEmpty()) {
      Ticket created = new Ticket("T-" + nextId++, record.open(), record.opened(), record.severity(), record.title());
      tickets.add(created);
      return created;
    }
    tickets.replaceAll(t -> t.id().equals(record.id()) ? record : t);
    return record;
  }

  @Override
  public void delete(Ticket record, ActionContext<OrdersConfiguration> context) {
    tickets.removeIf(t -> t.id().equals(record.id()));
  }
}
