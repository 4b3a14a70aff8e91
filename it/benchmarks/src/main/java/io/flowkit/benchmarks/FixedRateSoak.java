package io.flowkit.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed-rate soak of the example Orders jar, run as its own process: requests are sent at a fixed
 * rate whatever the answers take (an open model, so a slow server cannot slow the load down and
 * hide it), a mix of describe, a message action, a data load, a data save (the same ticket, so the
 * example's data does not grow) and a refused malformed body. It fails (exit 1) on any error in the
 * soak — an answer other than the expected one, a failed or timed-out request — or when the heap
 * after a full GC (via {@code jcmd GC.run} and {@code GC.heap_info}) grew by more than {@code
 * heapSlackMiB} between 15 s into the soak and its end, at rest; it prints the figures either way.
 * The warm-up only warms up: its errors (a cold JVM on a busy machine times out) are printed, not
 * counted.
 *
 * <pre>
 * java -cp it/benchmarks/target/benchmarks.jar io.flowkit.benchmarks.FixedRateSoak \
 *     [jar=it/orders-example/target/flowkit-example-orders.jar] [rate=500] [seconds=60] [warmup=10]
 *     [heapSlackMiB=8] [xmx=256m]
 * </pre>
 */
public final class FixedRateSoak {

  private static final Pattern SERVICE = Pattern.compile("^Orders service: (http://\\S+)");
  private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");
  private static final String KEY =
      "\"configurationValues\":[{\"developerName\":\"API Key\",\"contentType\":\"ContentPassword\",\"contentValue\":\"demo-key\"}]";

  /** One kind of request in the mix, and the status it must be answered with. */
  private record Call(String name, String method, String path, String body, int expected) {}

  private static final List<Call> MIX =
      List.of(
          new Call("describe", "POST", "/metadata", "{" + KEY + "}", 200),
          new Call("get order status", "POST", "/actions/get-order-status",
              "{" + KEY + ",\"inputs\":[{\"developerName\":\"orderId\",\"contentType\":\"ContentString\",\"contentValue\":\"0000123\"}]}", 200),
          new Call("load tickets", "POST", "/data",
              "{" + KEY + ",\"objectDataType\":{\"developerName\":\"Ticket\"},\"listFilter\":{\"limit\":10,\"where\":"
                  + "[{\"columnName\":\"status\",\"criteriaType\":\"EQUAL\",\"contentValue\":\"OPEN\"}]}}", 200),
          new Call("save ticket", "PUT", "/data",
              "{" + KEY + ",\"objectDataType\":{\"developerName\":\"Ticket\"},\"objectData\":[{\"developerName\":\"Ticket\","
                  + "\"externalId\":\"T-1001\",\"properties\":[{\"developerName\":\"subject\",\"contentType\":\"ContentString\","
                  + "\"contentValue\":\"Printer offline\"},{\"developerName\":\"status\",\"contentType\":\"ContentString\","
                  + "\"contentValue\":\"OPEN\"},{\"developerName\":\"priority\",\"contentType\":\"ContentNumber\",\"contentValue\":\"3\"}]}]}", 200),
          new Call("malformed body", "POST", "/data", "{\"objectDataType\":", 400));

  private FixedRateSoak() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("jar", "it/orders-example/target/flowkit-example-orders.jar");
    options.put("rate", "500");
    options.put("seconds", "60");
    options.put("warmup", "10");
    options.put("heapSlackMiB", "8");
    options.put("xmx", "256m");
    options = BenchmarkOptions.parseKnown(args, options);
    int rate = Integer.parseInt(options.get("rate"));
    int seconds = Integer.parseInt(options.get("seconds"));
    int warmup = Integer.parseInt(options.get("warmup"));
    long heapSlack = Long.parseLong(options.get("heapSlackMiB")) << 10; // in KiB, as jcmd prints

    Path output = Files.createTempFile("flowkit-soak-", ".out");
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + options.get("xmx"), "-XX:+UseG1GC",
                "-jar", options.get("jar"), "--port", "0")
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean ok;
    try {
      URI service = awaitService(server, output);
      System.out.printf(Locale.ROOT, "Orders jar (pid %d, -Xmx%s) at %s; %d requests/s fixed rate, %d s warm-up, %d s soak%n",
          server.pid(), options.get("xmx"), service, rate, warmup, seconds);
      ExecutorService callbacks = Executors.newFixedThreadPool(4, daemon());
      HttpClient client = HttpClient.newBuilder().executor(callbacks).connectTimeout(Duration.ofSeconds(5)).build();

      // The warm-up ramps up in four steps to the rate, so that a cold JVM is not buried at once.
      List<Tally> steps = new ArrayList<>();
      for (int step = 1; step <= 4; step++) {
        int stepSeconds = Math.max(1, warmup / 4);
        Tally tally = drive(client, service, Math.max(1, rate * step / 4), stepSeconds);
        System.out.printf(Locale.ROOT, "warm-up at %d/s: %s%n", Math.max(1, rate * step / 4), tally.summary(stepSeconds));
        steps.add(tally);
      }
      long heapStart = heapAfterGc(server.pid());
      Map<String, Long> histogramStart = histogram(server.pid());
      int threadsStart = threads(server.pid());
      List<String> heapSeries = Collections.synchronizedList(new ArrayList<>(List.of("0 s: " + heapStart / 1024 + " MiB")));

      // Sampled while the load runs on (the load does not pause for the samples); judged at rest.
      // The first sample in the run is the baseline: by then every server thread has served requests
      // and holds its thread-local buffers (Jackson's recycler, Jetty's), whatever the warm-up managed.
      AtomicLong baseline = new AtomicLong(heapStart);
      ExecutorService sampler = Executors.newSingleThreadExecutor(daemon());
      sampler.submit(() -> {
        for (int at = 15; at < seconds; at += 15) {
          Thread.sleep(15_000);
          long used = heapAfterGc(server.pid());
          if (at == 15) {
            baseline.set(used);
          }
          heapSeries.add(at + " s: " + used / 1024 + " MiB");
        }
        return null;
      });
      Tally soak = drive(client, service, rate, seconds);
      sampler.shutdownNow();
      long heapEnd = heapAfterGc(server.pid());
      heapSeries.add(seconds + " s (at rest): " + heapEnd / 1024 + " MiB");
      int threadsEnd = threads(server.pid());
      System.out.printf(Locale.ROOT, "soak: %s%n", soak.summary(seconds));
      System.out.printf(Locale.ROOT, "by call: %s%n", soak.byCall);
      long growth = heapEnd - baseline.get();
      System.out.printf(Locale.ROOT, "heap used after full GC: %s (baseline %d KiB, end %d KiB, growth %d KiB, allowed %d KiB)%n",
          heapSeries, baseline.get(), heapEnd, growth, heapSlack);
      System.out.printf(Locale.ROOT, "server threads: %d at the start, %d at the end%n", threadsStart, threadsEnd);
      if (growth > heapSlack) {
        Map<String, Long> histogramEnd = histogram(server.pid());
        System.out.println("classes that grew most (KiB):");
        histogramEnd.entrySet().stream()
            .map(e -> Map.entry(e.getKey(), e.getValue() - histogramStart.getOrDefault(e.getKey(), 0L)))
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(12)
            .forEach(e -> System.out.printf(Locale.ROOT, "  %8d %s%n", e.getValue() / 1024, e.getKey()));
      }
      soak.failures.stream().limit(10).forEach(f -> System.out.println("  error: " + f));
      steps.stream().flatMap(t -> t.failures.stream()).limit(3).forEach(f -> System.out.println("  warm-up error (not counted): " + f));
      ok = soak.errors.get() == 0 && growth <= heapSlack;
      System.out.println(ok ? "SOAK PASSED: zero errors, flat heap" : "SOAK FAILED");
      callbacks.shutdownNow();
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
      Files.deleteIfExists(output);
    }
    // Only now: System.exit inside the try would skip the finally and leave the Orders jar running.
    System.exit(ok ? 0 : 1);
  }

  /** Counts and latencies of one stretch of load. */
  private static final class Tally {
    final AtomicLong sent = new AtomicLong();
    final AtomicInteger errors = new AtomicInteger();
    final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final Map<String, AtomicLong> byCall = new ConcurrentHashMap<>();
    long lateSends;

    String summary(int seconds) {
      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      return String.format(Locale.ROOT,
          "%d requests (%.0f/s), %d errors, latency from the scheduled send p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; "
              + "%d sends more than 10 ms behind schedule",
          sent.get(), sent.get() / (double) seconds, errors.get(), percentile(sorted, 0.50), percentile(sorted, 0.99),
          percentile(sorted, 0.999), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, lateSends);
    }

    private static double percentile(long[] sorted, double p) {
      return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }
  }

  /** Sends {@code rate} requests a second for {@code seconds}, each at its scheduled instant, and waits for the answers. */
  private static Tally drive(HttpClient client, URI service, int rate, int seconds) throws InterruptedException {
    Tally tally = new Tally();
    long period = TimeUnit.SECONDS.toNanos(1) / rate;
    long total = (long) rate * seconds;
    long start = System.nanoTime();
    AtomicLong outstanding = new AtomicLong();
    for (long i = 0; i < total; i++) {
      long scheduled = start + i * period;
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      } else if (-wait > TimeUnit.MILLISECONDS.toNanos(10)) {
        tally.lateSends++;
      }
      Call call = MIX.get((int) (i % MIX.size()));
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(service + call.path()))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()))
              .build();
      tally.sent.incrementAndGet();
      outstanding.incrementAndGet();
      client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .whenComplete(
              (response, failure) -> {
                tally.latencies.add(System.nanoTime() - scheduled);
                tally.byCall.computeIfAbsent(call.name(), k -> new AtomicLong()).incrementAndGet();
                if (failure != null || response.statusCode() != call.expected()) {
                  tally.errors.incrementAndGet();
                  tally.failures.add(call.name() + ": " + (failure != null ? failure : response.statusCode() + " " + response.body()));
                }
                outstanding.decrementAndGet();
              });
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (outstanding.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    if (outstanding.get() > 0) {
      tally.errors.addAndGet((int) outstanding.get());
      tally.failures.add(outstanding.get() + " requests unanswered 30 s after the last was sent");
    }
    return tally;
  }

  private static URI awaitService(Process server, Path output) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
        Matcher matcher = SERVICE.matcher(line);
        if (matcher.find()) {
          return URI.create(matcher.group(1));
        }
      }
      if (!server.isAlive()) {
        throw new IllegalStateException("The jar exited: " + Files.readString(output));
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("The jar did not print its URL within 2 minutes");
  }

  /** The heap in use right after a full GC, in KiB. */
  private static long heapAfterGc(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("No heap figure in jcmd's GC.heap_info");
    }
    return Long.parseLong(used.group(1));
  }

  /** Bytes per class of the live heap (jcmd runs a full GC first). */
  private static Map<String, Long> histogram(long pid) throws IOException, InterruptedException {
    Map<String, Long> bytes = new HashMap<>();
    Pattern row = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
    for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
      Matcher matcher = row.matcher(line);
      if (matcher.find()) {
        bytes.merge(matcher.group(2), Long.parseLong(matcher.group(1)), Long::sum);
      }
    }
    return bytes;
  }

  private static int threads(long pid) throws IOException, InterruptedException {
    return (int) Arrays.stream(jcmd(pid, "Thread.print").split("\n")).filter(l -> l.startsWith("\"")).count();
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed: " + text);
    }
    return text;
  }

  private static ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "soak-client");
      thread.setDaemon(true);
      return thread;
    };
  }
}
