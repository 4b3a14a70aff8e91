package io.flowkit.cli.check.store;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * Makes a real store behave like a broken one: a proxy in front of it that replaces the {@code
 * X-ManyWho-Signature} of each request with a valid one before passing it on, so that the store
 * behind it seems to accept what it would refuse. {@link Mode#ACCEPT_ANY_SIGNATURE}: a store that
 * does not check signatures at all; {@link Mode#IGNORE_PATH_CLAIM}: one that checks everything but
 * the {@code path} claim.
 */
final class ResigningProxy implements AutoCloseable {

  enum Mode {
    ACCEPT_ANY_SIGNATURE,
    IGNORE_PATH_CLAIM
  }

  private static final Set<String> HOP_HEADERS = Set.of(
      "host", "content-length", "connection", "transfer-encoding", "upgrade", "http2-settings", "expect");

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final HttpClient http = HttpClient.newHttpClient();

  ResigningProxy(URI store, PlatformTokens tokens, Mode mode) throws Exception {
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    String storeRoot = store.getScheme() + "://" + store.getRawAuthority();
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(storeRoot + path));
        for (HttpField field : request.getHeaders()) {
          if (!HOP_HEADERS.contains(field.getLowerCaseName())) {
            forward.header(field.getName(), field.getValue());
          }
        }
        String signature = request.getHeaders().get(StoreClient.SIGNATURE);
        if (signature != null) {
          forward.setHeader(StoreClient.SIGNATURE, resign(signature, path));
        }
        byte[] body;
        try (InputStream in = Request.asInputStream(request)) {
          body = in.readAllBytes();
        }
        HttpResponse<byte[]> answer = http.send(
            forward.method(request.getMethod(), HttpRequest.BodyPublishers.ofByteArray(body)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        response.setStatus(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
          if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
            values.forEach(value -> response.getHeaders().add(name, value));
          }
        });
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
      }

      private String resign(String signature, String path) throws Exception {
        UUID tenant = UUID.fromString(path.split("/")[5]);
        if (mode == Mode.ACCEPT_ANY_SIGNATURE) {
          return tokens.signatureHeader(tenant, path);
        }
        // keep every claim as sent but the path, and the signature's validity otherwise
        JWTClaimsSet claims = SignedJWT.parse(signature).getJWTClaimsSet();
        if (path.equals(claims.getStringClaim("path"))) {
          return signature;
        }
        return tokens.signWithPlatformKey(new JWTClaimsSet.Builder(claims).claim("path", path).build());
      }
    });
    server.start();
  }

  /** The proxy's URL for the store's base path. */
  URI uri(String basePath) {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + basePath);
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
