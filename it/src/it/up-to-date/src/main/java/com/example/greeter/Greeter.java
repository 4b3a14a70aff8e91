package com.example.greeter;

import com.example.greeter.flow.GreeterService;

/** Hand-written code that uses the generated service, so that the builds compile both together. */
public final class Greeter {

  private Greeter() {}

  public static String serviceName() {
    return GreeterService.NAME;
  }
}
