package io.flowkit.runtime.wire;

import java.util.List;

/** Body of {@code POST /metadata} and {@code POST /metadata/install}; every field may be absent. */
public record DescribeServiceRequest(
    Culture culture, String uri, List<EngineValue> configurationValues) {

  public DescribeServiceRequest {
    configurationValues = configurationValues == null ? List.of() : List.copyOf(configurationValues);
  }
}
