package io.flowkit.benchmarks.peers.sdk;

import com.manywho.sdk.api.ContentType;
import com.manywho.sdk.services.types.Type;
import io.flowkit.benchmarks.peers.PeerCatalogue;
import java.time.OffsetDateTime;

/** {@code Product}: twelve bound properties, {@code id} the identifier. */
@Type.Element(name = "Product")
public class SdkProduct implements Type {
  @Type.Identifier
  @Type.Property(name = "id", contentType = ContentType.String)
  String id;
  @Type.Property(name = "sku", contentType = ContentType.String)
  String sku;
  @Type.Property(name = "name", contentType = ContentType.String)
  String name;
  @Type.Property(name = "description", contentType = ContentType.String)
  String description;
  @Type.Property(name = "category", contentType = ContentType.String)
  String category;
  @Type.Property(name = "brand", contentType = ContentType.String)
  String brand;
  @Type.Property(name = "supplier", contentType = ContentType.String)
  String supplier;
  @Type.Property(name = "price", contentType = ContentType.Number)
  Double price;
  @Type.Property(name = "weight", contentType = ContentType.Number)
  Double weight;
  @Type.Property(name = "stock", contentType = ContentType.Number)
  Integer stock;
  @Type.Property(name = "active", contentType = ContentType.Boolean)
  Boolean active;
  @Type.Property(name = "updated", contentType = ContentType.DateTime)
  OffsetDateTime updated;

  public SdkProduct() {}

  SdkProduct(int i) {
    this.id = PeerCatalogue.id(i);
    this.sku = PeerCatalogue.sku(i);
    this.name = PeerCatalogue.name(i);
    this.description = PeerCatalogue.description(i);
    this.category = PeerCatalogue.category(i);
    this.brand = PeerCatalogue.brand(i);
    this.supplier = PeerCatalogue.supplier(i);
    this.price = PeerCatalogue.price(i);
    this.weight = PeerCatalogue.weight(i);
    this.stock = PeerCatalogue.stock(i);
    this.active = PeerCatalogue.active(i);
    this.updated = PeerCatalogue.updated(i);
  }

  public String getId() {
    return id;
  }
}
