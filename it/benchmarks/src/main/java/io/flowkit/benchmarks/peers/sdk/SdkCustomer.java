package io.flowkit.benchmarks.peers.sdk;

import com.manywho.sdk.api.ContentType;
import com.manywho.sdk.services.types.Type;

/** The {@code customer} input; unbound (no identifier), as the SDK wants for values that are not stored. */
@Type.Element(name = "Quote REQUEST - customer")
public class SdkCustomer implements Type {
  @Type.Property(name = "customerId", contentType = ContentType.String, bound = false)
  String customerId;
  @Type.Property(name = "name", contentType = ContentType.String, bound = false)
  String name;
  @Type.Property(name = "email", contentType = ContentType.String, bound = false)
  String email;
  @Type.Property(name = "tier", contentType = ContentType.String, bound = false)
  String tier;
  @Type.Property(name = "street", contentType = ContentType.String, bound = false)
  String street;
  @Type.Property(name = "city", contentType = ContentType.String, bound = false)
  String city;
  @Type.Property(name = "postcode", contentType = ContentType.String, bound = false)
  String postcode;
  @Type.Property(name = "country", contentType = ContentType.String, bound = false)
  String country;

  public String getCustomerId() {
    return customerId;
  }
}
