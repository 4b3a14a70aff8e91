package com.example.weather;

import io.flowkit.runtime.service.FlowService;

/** A service with configuration values only needs no implementation at all. */
public final class WeatherProbe {

  private WeatherProbe() {}

  public static FlowService<WeatherAlertsConfiguration> service() {
    return WeatherAlertsService.builder().build();
  }
}
