package io.flowkit.example.orders.data;

import io.flowkit.example.orders.flow.Customer;
import io.flowkit.example.orders.flow.CustomerData;
import io.flowkit.example.orders.flow.CustomerField;
import io.flowkit.example.orders.flow.OrdersConfiguration;
import io.flowkit.example.orders.flow.Segment;
import io.flowkit.runtime.query.InMemoryQuery;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.service.ActionContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@code Customer}: a fixed directory of customers, read-only (the descriptor offers get and query). */
public final class Customers implements CustomerData {

  private final List<Customer> customers;

  public Customers(List<Customer> customers) {
    this.customers = List.copyOf(customers);
  }

  /** The example's customers. */
  public static Customers samples() {
    return new Customers(List.of(
        new Customer(new BigDecimal("500.00"), "ann@example.com", "C-1", "Ann Archer", Segment.RETAIL, LocalDate.of(2021, 5, 3)),
        new Customer(new BigDecimal("25000.00"), "buyer@brick.example", "C-2", "Brick & Co", Segment.TRADE, LocalDate.of(2019, 1, 14)),
        new Customer(null, "orders@megamart.example", "C-3", "MegaMart", Segment.KEY_ACCOUNT, LocalDate.of(2015, 9, 30)),
        new Customer(new BigDecimal("150.00"), null, "C-4", "Dee Dawson", Segment.RETAIL, null)));
  }

  @Override
  public Optional<Customer> get(String id, ActionContext<OrdersConfiguration> context) {
    return find(id);
  }

  @Override
  public Page<Customer> query(Query<CustomerField> query, ActionContext<OrdersConfiguration> context) {
    return InMemoryQuery.apply(query, customers);
  }

  /** The credit limit of a customer, when the customer is known and has one. */
  public Optional<BigDecimal> creditLimit(String customerId) {
    return find(customerId).map(Customer::creditLimit);
  }

  private Optional<Customer> find(String id) {
    return customers.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
