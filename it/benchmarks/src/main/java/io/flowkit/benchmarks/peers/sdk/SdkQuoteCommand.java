package io.flowkit.benchmarks.peers.sdk;

import com.manywho.sdk.api.run.elements.config.ServiceRequest;
import com.manywho.sdk.services.actions.ActionCommand;
import com.manywho.sdk.services.actions.ActionResponse;
import io.flowkit.benchmarks.peers.PeerCatalogue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** {@code Quote} on the SDK: the same rule as flowkit's {@code FlowkitQuote}. */
public class SdkQuoteCommand implements ActionCommand<SdkConfiguration, SdkQuote, SdkQuote.Input, SdkQuote.Output> {

  @Override
  public ActionResponse<SdkQuote.Output> execute(SdkConfiguration configuration, ServiceRequest request, SdkQuote.Input input) {
    List<SdkQuotedLine> quoted = new ArrayList<>(input.lines.size());
    double total = 0;
    for (SdkLine line : input.lines) {
      double unitPrice = line.unitPrice != null ? line.unitPrice : PeerCatalogue.LIST_PRICE;
      double lineTotal = unitPrice * line.quantity;
      total += lineTotal;
      String description = line.description != null ? line.description : PeerCatalogue.describe(line.sku);
      quoted.add(new SdkQuotedLine(
          line.sku, line.quantity, unitPrice, lineTotal, description, PeerCatalogue.status(line.quantity)));
    }
    OffsetDateTime from = input.requestedAt != null ? input.requestedAt : PeerCatalogue.UPDATED;
    int days = input.validDays != null ? input.validDays : 30;
    return new ActionResponse<>(
        new SdkQuote.Output("Q-" + input.quoteNumber, input.currency, total, from.plusDays(days), quoted));
  }
}
