package io.flowkit.benchmarks.peers.sdk;

import com.manywho.sdk.api.ContentType;
import com.manywho.sdk.services.types.Type;

/** One line of the {@code lines} output. */
@Type.Element(name = "Quote RESPONSE - lines")
public class SdkQuotedLine implements Type {
  @Type.Property(name = "sku", contentType = ContentType.String, bound = false)
  String sku;
  @Type.Property(name = "quantity", contentType = ContentType.Number, bound = false)
  Integer quantity;
  @Type.Property(name = "unitPrice", contentType = ContentType.Number, bound = false)
  Double unitPrice;
  @Type.Property(name = "lineTotal", contentType = ContentType.Number, bound = false)
  Double lineTotal;
  @Type.Property(name = "description", contentType = ContentType.String, bound = false)
  String description;
  @Type.Property(name = "status", contentType = ContentType.String, bound = false)
  String status;

  public SdkQuotedLine() {}

  SdkQuotedLine(String sku, Integer quantity, Double unitPrice, Double lineTotal, String description, String status) {
    this.sku = sku;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.lineTotal = lineTotal;
    this.description = description;
    this.status = status;
  }
}
