package io.flowkit.benchmarks.peers.flowkit;

import io.flowkit.benchmarks.peers.PeerCatalogue;
import io.flowkit.benchmarks.peers.flow.PeersConfiguration;
import io.flowkit.benchmarks.peers.flow.Product;
import io.flowkit.benchmarks.peers.flow.ProductData;
import io.flowkit.benchmarks.peers.flow.ProductField;
import io.flowkit.runtime.query.InMemoryQuery;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.service.ActionContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code Product}: the catalogue in memory, queried with the runtime's in-memory query. */
public final class FlowkitProducts implements ProductData {

  private final List<Product> products;

  public FlowkitProducts() {
    List<Product> all = new ArrayList<>(PeerCatalogue.PRODUCTS);
    for (int i = 0; i < PeerCatalogue.PRODUCTS; i++) {
      all.add(new Product(
          PeerCatalogue.active(i), PeerCatalogue.brand(i), PeerCatalogue.category(i), PeerCatalogue.description(i),
          PeerCatalogue.id(i), PeerCatalogue.name(i), BigDecimal.valueOf(PeerCatalogue.price(i)), PeerCatalogue.sku(i),
          (long) PeerCatalogue.stock(i), PeerCatalogue.supplier(i), PeerCatalogue.updated(i),
          BigDecimal.valueOf(PeerCatalogue.weight(i))));
    }
    this.products = List.copyOf(all);
  }

  @Override
  public Page<Product> query(Query<ProductField> query, ActionContext<PeersConfiguration> context) {
    return InMemoryQuery.apply(query, products);
  }
}
