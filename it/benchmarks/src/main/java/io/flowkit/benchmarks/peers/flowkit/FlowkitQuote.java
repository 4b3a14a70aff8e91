package io.flowkit.benchmarks.peers.flowkit;

import io.flowkit.benchmarks.peers.PeerCatalogue;
import io.flowkit.benchmarks.peers.flow.PeersConfiguration;
import io.flowkit.benchmarks.peers.flow.QuoteAction;
import io.flowkit.benchmarks.peers.flow.QuoteRequest;
import io.flowkit.benchmarks.peers.flow.QuoteRequestLines;
import io.flowkit.benchmarks.peers.flow.QuoteResponse;
import io.flowkit.benchmarks.peers.flow.QuoteResponseLines;
import io.flowkit.runtime.service.ActionContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** {@code Quote}: prices each line (the list price when the request has none) and sums them. */
public final class FlowkitQuote implements QuoteAction {

  private static final BigDecimal LIST_PRICE = BigDecimal.valueOf(PeerCatalogue.LIST_PRICE);

  @Override
  public QuoteResponse execute(QuoteRequest request, ActionContext<PeersConfiguration> context) {
    List<QuoteResponseLines> quoted = new ArrayList<>(request.lines().size());
    BigDecimal total = BigDecimal.ZERO;
    for (QuoteRequestLines line : request.lines()) {
      BigDecimal unitPrice = line.unitPrice() != null ? line.unitPrice() : LIST_PRICE;
      BigDecimal lineTotal = unitPrice.multiply(BigDecimal.valueOf(line.quantity()));
      total = total.add(lineTotal);
      String description = line.description() != null ? line.description() : PeerCatalogue.describe(line.sku());
      quoted.add(new QuoteResponseLines(
          description, lineTotal, line.quantity(), line.sku(), PeerCatalogue.status(line.quantity()), unitPrice));
    }
    OffsetDateTime from = request.requestedAt() != null ? request.requestedAt() : PeerCatalogue.UPDATED;
    long days = request.validDays() != null ? request.validDays() : 30;
    return new QuoteResponse(request.currency(), quoted, "Q-" + request.quoteNumber(), total, from.plusDays(days));
  }
}
