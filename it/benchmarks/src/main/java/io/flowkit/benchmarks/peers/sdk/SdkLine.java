package io.flowkit.benchmarks.peers.sdk;

import com.manywho.sdk.api.ContentType;
import com.manywho.sdk.services.types.Type;
import java.time.OffsetDateTime;

/** One line of the {@code lines} input. */
@Type.Element(name = "Quote REQUEST - lines")
public class SdkLine implements Type {
  @Type.Property(name = "sku", contentType = ContentType.String, bound = false)
  String sku;
  @Type.Property(name = "quantity", contentType = ContentType.Number, bound = false)
  Integer quantity;
  @Type.Property(name = "unitPrice", contentType = ContentType.Number, bound = false)
  Double unitPrice;
  @Type.Property(name = "description", contentType = ContentType.String, bound = false)
  String description;
  @Type.Property(name = "requestedAt", contentType = ContentType.DateTime, bound = false)
  OffsetDateTime requestedAt;

  public String getSku() {
    return sku;
  }

  public Integer getQuantity() {
    return quantity;
  }
}
