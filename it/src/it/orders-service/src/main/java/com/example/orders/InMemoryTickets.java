package com.example.orders;

import com.example.orders.flow.OrdersConfiguration;
import com.example.orders.flow.Ticket;
import com.example.orders.flow.TicketData;
import com.example.orders.flow.TicketField;
import io.flowkit.runtime.query.Condition;
import io.flowkit.runtime.query.Criterion;
import io.flowkit.runtime.query.Group;
import io.flowkit.runtime.query.Order;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.wire.ComparisonType;
import io.flowkit.runtime.wire.OrderDirection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The user's implementation of the generated {@code Ticket} data action, over a list. It evaluates
 * the typed query through the generated {@link TicketField}s (equality, containment, groups, order,
 * offset and limit); the runtime's {@code InMemoryQuery} does the same for every criterion.
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
    List<Ticket> matching = new ArrayList<>(
        tickets.stream().filter(query.where().map(InMemoryTickets::test).orElse(t -> true)).toList());
    Comparator<Ticket> order = null;
    for (Order<TicketField> by : query.orderBy()) {
      Comparator<Ticket> next = Comparator.comparing(t -> comparable(by.field().valueOf(t)),
          Comparator.nullsFirst(Comparator.naturalOrder()));
      next = by.direction() == OrderDirection.DESC ? next.reversed() : next;
      order = order == null ? next : order.thenComparing(next);
    }
    if (order != null) {
      matching.sort(order);
    }
    int from = Math.min(query.offset(), matching.size());
    int to = query.limit() == 0 ? matching.size() : Math.min(matching.size(), from + query.limit());
    return Page.of(matching.subList(from, to), to < matching.size());
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

  private static Predicate<Ticket> test(Condition<TicketField> condition) {
    if (condition instanceof Group<TicketField> group) {
      List<Predicate<Ticket>> parts = group.conditions().stream().map(InMemoryTickets::test).toList();
      return group.comparison() == ComparisonType.OR
          ? t -> parts.stream().anyMatch(p -> p.test(t))
          : t -> parts.stream().allMatch(p -> p.test(t));
    }
    Criterion<TicketField> criterion = (Criterion<TicketField>) condition;
    return t -> {
      Object value = criterion.field().valueOf(t);
      return switch (criterion.criteria()) {
        case EQUAL -> Objects.equals(value, criterion.value());
        case NOT_EQUAL -> !Objects.equals(value, criterion.value());
        case CONTAINS -> value != null && value.toString().contains(String.valueOf(criterion.value()));
        default -> throw new UnsupportedOperationException(criterion.criteria().name());
      };
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparable<Object> comparable(Object value) {
    return (Comparable) value;
  }
}
