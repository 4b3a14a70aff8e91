package io.flowkit.benchmarks.peers.bare;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty 12 with one handler that reads the request body and answers bytes recorded from flowkit's
 * server for the same request: no routing, no JSON, no service code. What flowkit costs on top of
 * its HTTP server is the distance to this. {@code java -cp benchmarks.jar
 * io.flowkit.benchmarks.peers.bare.BareJettyServer <port> <content-type> <path>=<file>...}
 */
public final class BareJettyServer {

  private BareJettyServer() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    String contentType = args[1];
    Map<String, byte[]> answers = new HashMap<>();
    for (int i = 2; i < args.length; i++) {
      String[] pathAndFile = args[i].split("=", 2);
      answers.put(pathAndFile[0], Files.readAllBytes(Path.of(pathAndFile[1])));
    }
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        byte[] answer = answers.get(Request.getPathInContext(request));
        // Read the whole body, as any real service must before answering.
        Content.Source.asInputStream(request).readAllBytes();
        if (answer == null) {
          Response.writeError(request, response, callback, 404);
          return true;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.length);
        response.write(true, ByteBuffer.wrap(answer), callback);
        return true;
      }
    });
    server.start();
    System.out.println("READY http://127.0.0.1:" + connector.getLocalPort());
    System.out.flush();
    server.join();
  }
}
