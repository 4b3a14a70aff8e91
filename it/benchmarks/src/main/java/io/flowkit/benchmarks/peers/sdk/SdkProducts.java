package io.flowkit.benchmarks.peers.sdk;

import com.manywho.sdk.api.draw.content.Command;
import com.manywho.sdk.api.run.elements.type.ListFilter;
import com.manywho.sdk.api.run.elements.type.MObject;
import com.manywho.sdk.api.run.elements.type.ObjectDataType;
import com.manywho.sdk.services.database.ReadOnlyDatabase;
import io.flowkit.benchmarks.peers.PeerCatalogue;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Product} on the SDK: the catalogue in memory. The SDK has no in-memory query, so a Load
 * answers the catalogue and the SDK applies the list filter's limit itself.
 */
public class SdkProducts implements ReadOnlyDatabase<SdkConfiguration, SdkProduct> {

  private static final List<SdkProduct> PRODUCTS = catalogue();

  private static List<SdkProduct> catalogue() {
    List<SdkProduct> all = new ArrayList<>(PeerCatalogue.PRODUCTS);
    for (int i = 0; i < PeerCatalogue.PRODUCTS; i++) {
      all.add(new SdkProduct(i));
    }
    return List.copyOf(all);
  }

  @Override
  public SdkProduct find(SdkConfiguration configuration, ObjectDataType objectDataType, Command command, String id) {
    return PRODUCTS.stream().filter(p -> p.id.equals(id)).findFirst().orElse(null);
  }

  @Override
  public List<SdkProduct> findAll(
      SdkConfiguration configuration, ObjectDataType objectDataType, Command command, ListFilter filter, List<MObject> objects) {
    return PRODUCTS;
  }
}
