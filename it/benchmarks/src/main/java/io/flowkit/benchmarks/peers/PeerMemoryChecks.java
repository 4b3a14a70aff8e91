package io.flowkit.benchmarks.peers;

import io.flowkit.benchmarks.BenchmarkOptions;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.ObjectDataResponse;
import io.flowkit.runtime.wire.Property;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreClient;
import io.flowkit.testkit.StoreKeyPairs;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * The two pass/fail memory checks, each in a process of its own with a small heap: a 200 MB file
 * upload through {@code FlowServer} with {@code -Xmx64m} (the server must stream it: the service
 * digests it as it arrives and answers the byte count and SHA-256, which must match what was
 * sent), and a 20 MB state saved and loaded back equal through the standalone store jar running
 * with {@code -Xmx256m} (this process plays Flow: signs, deflates and encrypts, then opens the answer).
 *
 * <p>{@code java -cp benchmarks.jar io.flowkit.benchmarks.peers.PeerMemoryChecks jar=<benchmarks.jar>
 * cli=<flowkit-cli jar> out=<dir> [uploadMegabytes=200] [stateMegabytes=20]}
 */
public final class PeerMemoryChecks {

  private PeerMemoryChecks() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchmarkOptions.parse(args, Map.of("uploadMegabytes", "200", "stateMegabytes", "20"));
    Path jar = Path.of(options.get("jar"));
    Path out = Files.createDirectories(Path.of(options.get("out")));
    PeerResults results = new PeerResults(out.resolve("results.tsv"));

    int uploadMegabytes = Integer.parseInt(options.get("uploadMegabytes"));
    boolean uploaded = upload(jar.toString(), out, uploadMegabytes);
    results.add(new PeerResults.Row("Memory: " + uploadMegabytes + " MB file upload through FlowServer, -Xmx64m",
        "pass/fail", PeerResults.Better.PASS, uploaded ? 1 : 0, "—", 0, 0));

    int stateMegabytes = Integer.parseInt(options.get("stateMegabytes"));
    boolean stateDone = state(Path.of(options.get("cli")), out, stateMegabytes);
    results.add(new PeerResults.Row("Memory: " + stateMegabytes + " MB state saved and loaded through the store, -Xmx256m",
        "pass/fail", PeerResults.Better.PASS, stateDone ? 1 : 0, "—", 0, 0));
  }

  /**
   * Whether a state of {@code megabytes} saves (204) and loads back equal through the standalone
   * store ({@code flowkit-cli store}, H2 file) running with {@code -Xmx256m}; this process plays Flow.
   */
  static boolean state(Path cliJar, Path out, int megabytes) throws Exception {
    Path dir = Files.createTempDirectory("flowkit-peers-state");
    StoreKeyPairs keys = StoreKeyPairs.generate();
    int port = 18485;
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms256m", "-Xmx256m", "-jar", cliJar.toAbsolutePath().toString(), "store");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("PLATFORM_KEY")
        || name.startsWith("RECEIVER_KEY") || name.startsWith("DATABASE_") || name.startsWith("FLOWKIT_"));
    builder.environment().putAll(Map.of(
        "PORT", Integer.toString(port),
        "FLOWKIT_STORE_HOST", "127.0.0.1",
        "PLATFORM_KEY", keys.platformKeyForStore(),
        "RECEIVER_KEY", keys.receiverKeyForStore(),
        "DATABASE_URL", "jdbc:h2:file:" + dir.resolve("store")));
    Process store = builder.redirectErrorStream(true).redirectOutput(out.resolve("store-state-server.log").toFile()).start();
    try {
      StoreClient client = new StoreClient(URI.create("http://127.0.0.1:" + port + "/api/storage/1"), new PlatformTokens(keys));
      awaitListening(port);
      String content = stateContent(megabytes << 20);
      UUID tenant = UUID.randomUUID();
      PlatformState state = PlatformState.of(tenant, content);
      Instant start = Instant.now();
      int saved = client.save(tenant, state).status();
      Instant between = Instant.now();
      boolean same = saved == 204
          && client.loadState(tenant, state.id()).map(loaded -> loaded.content().equals(content)).orElse(false);
      System.out.printf("%d MB state through the store with -Xmx256m: save %d in %.1f s, loaded back equal: %s in %.1f s,"
              + " store alive: %s%n", megabytes, saved, Duration.between(start, between).toMillis() / 1000.0, same,
          Duration.between(between, Instant.now()).toMillis() / 1000.0, store.isAlive());
      return same && store.isAlive();
    } finally {
      store.destroy();
      if (!store.waitFor(10, TimeUnit.SECONDS)) {
        store.destroyForcibly();
      }
      io.flowkit.benchmarks.BenchmarkFiles.deleteRecursively(dir);
    }
  }

  /** A JSON document of about {@code bytes} bytes: objects with base64 data, incompressible in part. */
  private static String stateContent(int bytes) {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder json = new StringBuilder(bytes + 1024).append("{\"items\":[");
    byte[] chunk = new byte[96];
    for (int i = 0; json.length() < bytes - 200; i++) {
      random.nextBytes(chunk);
      json.append(i == 0 ? "" : ",").append("{\"index\":").append(i).append(",\"data\":\"")
          .append(Base64.getEncoder().encodeToString(chunk)).append("\"}");
    }
    return json.append("]}").toString();
  }

  /**
   * Whether the upload completes with the right size and digest and the server, started from
   * {@code classPath} with {@code -Xmx64m}, is still up.
   */
  public static boolean upload(String classPath, Path out, int megabytes) throws Exception {
    // -Xms as -Xmx: the heap cannot grow past 64 MB to absorb the body.
    Process server = PeerHttpLoad.start(classPath, out, "upload", List.of("-Xms64m", "-Xmx64m"),
        "io.flowkit.benchmarks.peers.flowkit.FlowkitPeerServer", List.of("0"));
    try {
      int port = readyPort(out.resolve("upload-server.log"), server);
      FlowPlatform platform = FlowPlatform.builder(URI.create("http://127.0.0.1:" + port + "/fs/peers"))
          .timeout(Duration.ofMinutes(5))
          .build();
      GeneratedContent content = new GeneratedContent((long) megabytes << 20);
      Instant start = Instant.now();
      ObjectDataResponse response;
      try {
        response = platform.uploadFile("/attachments", "big.bin", "application/octet-stream", content);
      } catch (RuntimeException failed) {
        System.out.println("the upload failed: " + failed.getMessage());
        return false;
      }
      Duration took = Duration.between(start, Instant.now());
      MObject object = response.objectData().get(0);
      String bytes = property(object, "bytes");
      String sha256 = property(object, "sha256");
      String expected = HexFormat.of().formatHex(content.digest.digest());
      boolean same = Long.toString(content.size).equals(bytes) && expected.equals(sha256);
      System.out.printf("%d MB upload with -Xmx64m: %s bytes, SHA-256 %s (%s), %.1f s, server alive: %s%n",
          megabytes, bytes, sha256, same ? "as sent" : "NOT as sent, expected " + expected,
          took.toMillis() / 1000.0, server.isAlive());
      return same && server.isAlive();
    } finally {
      server.destroy();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  /** The port a peer server announced with {@code READY http://127.0.0.1:<port>} in its log. */
  private static int readyPort(Path log, Process server) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline) && server.isAlive()) {
      for (String line : Files.readAllLines(log)) {
        if (line.startsWith("READY http://127.0.0.1:")) {
          String rest = line.substring("READY http://127.0.0.1:".length());
          int end = 0;
          while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
          }
          return Integer.parseInt(rest.substring(0, end));
        }
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the server did not start: " + Files.readString(log));
  }

  private static String property(MObject object, String name) {
    for (Property property : object.properties()) {
      if (property.developerName().equals(name)) {
        return property.contentValue();
      }
    }
    return null;
  }

  private static void awaitListening(int port) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (true) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("nothing listens on port " + port + " after 60 s", notYet);
        }
        Thread.sleep(200);
      }
    }
  }

  /** {@code size} pseudo-random bytes made as they are read, digested on the way. */
  private static final class GeneratedContent extends InputStream {
    final long size;
    final MessageDigest digest;
    private final SplittableRandom random = new SplittableRandom(42);
    private long sent;

    GeneratedContent(long size) throws Exception {
      this.size = size;
      this.digest = MessageDigest.getInstance("SHA-256");
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (sent == size) {
        return -1;
      }
      int n = (int) Math.min(length, size - sent);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = (byte) random.nextInt(256);
      }
      digest.update(buffer, offset, n);
      sent += n;
      return n;
    }
  }
}
