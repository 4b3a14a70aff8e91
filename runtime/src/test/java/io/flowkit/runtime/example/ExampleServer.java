package io.flowkit.runtime.example;

import io.flowkit.runtime.server.FlowServer;
import java.time.Duration;

/**
 * Serves the example Orders service until interrupted, for trying it with {@code curl} and for load
 * tests: {@code mvn -q -pl runtime test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.flowkit.runtime.example.ExampleServer -Dexec.args=8089}.
 */
public final class ExampleServer {

  private ExampleServer() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    try (FlowServer server =
        FlowServer.builder().port(port).service(new ExampleImplementations().service(Duration.ofSeconds(30))).start()) {
      System.out.println("Orders service at " + server.uri(OrdersService.PATH));
      System.out.println("curl -s -H 'Content-Type: application/json' -d '{}' " + server.uri(OrdersService.PATH + "/metadata"));
      server.join();
    }
  }
}
