package com.example.catalog;

import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.FlowService;
import java.util.List;
import java.util.Optional;

/** User code for the awkward corners: keyword-named builder methods, shadowing names, defaults. */
public final class CatalogProbe {

  private CatalogProbe() {}

  public static FlowService<CatalogConfiguration> service() {
    return CatalogService.builder()
        .browse(CatalogProbe::browse)
        .newAction((request, context) -> new NewResponse())
        .object(new Objects())
        .page((record, context) -> {})
        .property((id, context) -> Optional.of(new Property(id, "value of " + id)))
        .build();
  }

  /** The titles of the pages whose status is the Flow value {@code on hold}, found the way a list-backed data action finds them. */
  public static List<String> titlesOnHold() {
    List<Page> pages =
        List.of(
            new Page(1L, null, null, ItemStatus.ACTIVE, "A"),
            new Page(2L, null, null, ItemStatus.ON_HOLD, "B"),
            new Page(3L, null, null, null, "C"));
    io.flowkit.runtime.query.Query<PageField> onHold =
        new io.flowkit.runtime.query.Query<>(
            Optional.of(io.flowkit.runtime.query.Criteria.equal(PageField.STATUS, "on hold")),
            null, List.of(), 0, 0);
    return io.flowkit.runtime.query.InMemoryQuery.apply(onHold, pages).items().stream()
        .map(Page::title)
        .toList();
  }

  private static BrowseResponse browse(BrowseRequest request, ActionContext<CatalogConfiguration> context) {
    BrowseResponseNode leaf = new BrowseResponseNode(List.of(), "leaf", request.asOf(), request.status(), null);
    return new BrowseResponse(new BrowseResponseNode(List.of(leaf), request.path(), null, null, List.of()), 2L);
  }

  /** Offers every operation; none of them does anything useful. */
  static final class Objects implements ObjectData {
    @Override
    public Optional<com.example.catalog.Object> get(String id, ActionContext<CatalogConfiguration> context) {
      return Optional.empty();
    }

    @Override
    public io.flowkit.runtime.query.Page<com.example.catalog.Object> query(
        io.flowkit.runtime.query.Query<ObjectField> query, ActionContext<CatalogConfiguration> context) {
      return io.flowkit.runtime.query.Page.of(List.of(), false);
    }

    @Override
    public com.example.catalog.Object save(
        com.example.catalog.Object record, ActionContext<CatalogConfiguration> context) {
      return record;
    }

    @Override
    public void delete(com.example.catalog.Object record, ActionContext<CatalogConfiguration> context) {}
  }
}
