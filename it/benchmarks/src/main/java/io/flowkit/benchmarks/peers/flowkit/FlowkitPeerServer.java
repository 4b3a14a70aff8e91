package io.flowkit.benchmarks.peers.flowkit;

import io.flowkit.benchmarks.peers.flow.PeersService;
import io.flowkit.runtime.server.FlowServer;
import io.flowkit.runtime.server.ServerLimits;

/**
 * The peer service on {@code FlowServer} with its defaults, on loopback: {@code java -cp
 * benchmarks.jar io.flowkit.benchmarks.peers.flowkit.FlowkitPeerServer <port>}. Prints {@code
 * READY} once it listens.
 */
public final class FlowkitPeerServer {

  private FlowkitPeerServer() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    FlowServer server = FlowServer.builder()
        .host("127.0.0.1")
        .port(port)
        // Uploads up to 1 GiB: the memory check streams 200 MB through a 64 MB heap.
        .limits(ServerLimits.DEFAULT.withMaxUploadBytes(1L << 30))
        .service(PeersService.builder()
            .quote(new FlowkitQuote())
            .product(new FlowkitProducts())
            .attachment(new FlowkitAttachments())
            .build())
        .start();
    System.out.println("READY " + server.uri());
    System.out.flush();
    server.join();
  }
}
