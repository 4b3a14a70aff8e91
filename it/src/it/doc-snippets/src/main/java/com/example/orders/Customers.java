package com.example.orders;

import com.example.orders.flow.Customer;
import com.example.orders.flow.CustomerData;
import com.example.orders.flow.CustomerField;
import com.example.orders.flow.OrdersConfiguration;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.service.ActionContext;
import java.util.List;
import java.util.Optional;

/** No customers. */
public final class Customers implements CustomerData {

  @Override
  public Optional<Customer> get(String id, ActionContext<OrdersConfiguration> context) {
    return Optional.empty();
  }

  @Override
  public Page<Customer> query(Query<CustomerField> query, ActionContext<OrdersConfiguration> context) {
    return Page.of(List.of(), false);
  }
}
