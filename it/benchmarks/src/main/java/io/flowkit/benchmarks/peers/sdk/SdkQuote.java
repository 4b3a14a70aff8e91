package io.flowkit.benchmarks.peers.sdk;

import com.manywho.sdk.api.ContentType;
import com.manywho.sdk.services.actions.Action;
import java.time.OffsetDateTime;
import java.util.List;

/** The {@code Quote} message action: its metadata, inputs and outputs, as the SDK declares them. */
@Action.Metadata(name = "Quote", summary = "Prices a basket for a customer", uri = "quote")
public class SdkQuote implements Action {

  /** The twenty inputs. */
  public static class Input {
    @Action.Input(name = "quoteNumber", contentType = ContentType.String)
    String quoteNumber;
    @Action.Input(name = "currency", contentType = ContentType.String, required = false)
    String currency;
    @Action.Input(name = "rush", contentType = ContentType.Boolean, required = false)
    Boolean rush;
    @Action.Input(name = "channel", contentType = ContentType.String, required = false)
    String channel;
    @Action.Input(name = "requestedAt", contentType = ContentType.DateTime, required = false)
    OffsetDateTime requestedAt;
    @Action.Input(name = "validDays", contentType = ContentType.Number, required = false)
    Integer validDays;
    @Action.Input(name = "discountPercent", contentType = ContentType.Number, required = false)
    Double discountPercent;
    @Action.Input(name = "salesRep", contentType = ContentType.String, required = false)
    String salesRep;
    @Action.Input(name = "region", contentType = ContentType.String, required = false)
    String region;
    @Action.Input(name = "notes", contentType = ContentType.String, required = false)
    String notes;
    @Action.Input(name = "priority", contentType = ContentType.String, required = false)
    String priority;
    @Action.Input(name = "taxRate", contentType = ContentType.Number, required = false)
    Double taxRate;
    @Action.Input(name = "giftWrap", contentType = ContentType.Boolean, required = false)
    Boolean giftWrap;
    @Action.Input(name = "couponCode", contentType = ContentType.String, required = false)
    String couponCode;
    @Action.Input(name = "promisedBy", contentType = ContentType.DateTime, required = false)
    OffsetDateTime promisedBy;
    @Action.Input(name = "source", contentType = ContentType.String, required = false)
    String source;
    @Action.Input(name = "language", contentType = ContentType.String, required = false)
    String language;
    @Action.Input(name = "reference", contentType = ContentType.String, required = false)
    String reference;
    @Action.Input(name = "customer", contentType = ContentType.Object)
    SdkCustomer customer;
    @Action.Input(name = "lines", contentType = ContentType.List)
    List<SdkLine> lines;

    public String getQuoteNumber() {
      return quoteNumber;
    }

    public SdkCustomer getCustomer() {
      return customer;
    }

    public List<SdkLine> getLines() {
      return lines;
    }
  }

  /** The five outputs. */
  public static class Output {
    @Action.Output(name = "quoteId", contentType = ContentType.String)
    String quoteId;
    @Action.Output(name = "currency", contentType = ContentType.String)
    String currency;
    @Action.Output(name = "total", contentType = ContentType.Number)
    Double total;
    @Action.Output(name = "validUntil", contentType = ContentType.DateTime)
    OffsetDateTime validUntil;
    @Action.Output(name = "lines", contentType = ContentType.List)
    List<SdkQuotedLine> lines;

    public Output() {}

    Output(String quoteId, String currency, Double total, OffsetDateTime validUntil, List<SdkQuotedLine> lines) {
      this.quoteId = quoteId;
      this.currency = currency;
      this.total = total;
      this.validUntil = validUntil;
      this.lines = lines;
    }

    public List<SdkQuotedLine> getLines() {
      return lines;
    }
  }
}
