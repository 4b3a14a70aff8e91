package io.flowkit.cli.check.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A deliberately broken Flow service: a Jetty handler answering each {@code METHOD path} with a
 * canned status, content type and body (404 for anything else), recording what it was asked.
 */
public final class FakeService implements AutoCloseable {

  record Answer(int status, String contentType, byte[] body) {}

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  public final List<String> calls = new CopyOnWriteArrayList<>();

  public FakeService() throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String key = request.getMethod() + " " + path;
        calls.add(key + " " + request.getHeaders().get(HttpHeader.AUTHORIZATION));
        // The body is read before answering: an unread body may make Jetty close the connection
        // after the answer, and the checker's client could then send its next call on a closed one.
        try (InputStream body = Request.asInputStream(request)) {
          body.readAllBytes();
        } catch (IOException e) {
          callback.failed(e);
          return true;
        }
        Answer answer = answers.getOrDefault(key, new Answer(404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8)));
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
      }
    });
    server.start();
  }

  /** Answers {@code method path} (path under /svc) with JSON. */
  public FakeService json(String method, String path, String body) {
    return answer(method, path, 200, "application/json", body);
  }

  public FakeService answer(String method, String path, int status, String contentType, String body) {
    return answer(method, path, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Answers {@code method path} with exactly these bytes, UTF-8 or not. */
  public FakeService answer(String method, String path, int status, String contentType, byte[] body) {
    answers.put(method + " /svc/" + path, new Answer(status, contentType, body));
    return this;
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/svc");
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the test server", e);
    }
  }
}
