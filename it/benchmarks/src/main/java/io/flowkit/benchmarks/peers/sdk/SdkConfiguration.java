package io.flowkit.benchmarks.peers.sdk;

import com.manywho.sdk.api.ContentType;
import com.manywho.sdk.services.configuration.Configuration;

/** The service's one configuration value, {@code Region}. */
public class SdkConfiguration implements Configuration {

  @Configuration.Setting(name = "Region", contentType = ContentType.String, required = false)
  private String region;

  public String getRegion() {
    return region;
  }
}
