package io.flowkit.benchmarks.peers.sdk;

import com.manywho.sdk.services.servers.undertow.UndertowServer;
import java.util.concurrent.CountDownLatch;

/**
 * The peer service on the SDK's embedded server (Undertow + RESTEasy), mounted at the same path as
 * flowkit's: {@code java --add-opens java.base/java.lang=ALL-UNNAMED -cp benchmarks.jar
 * io.flowkit.benchmarks.peers.sdk.SdkPeerServer <port>} (Guice 4.1, the SDK's, defines classes
 * reflectively, which Java 17 refuses without the opening). Prints {@code READY} once it listens.
 */
public final class SdkPeerServer {

  private SdkPeerServer() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    UndertowServer server = new UndertowServer();
    server.setApplication(SdkPeerServer.class);
    server.start("/fs/peers", port);
    System.out.println("READY http://127.0.0.1:" + port + "/fs/peers");
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
