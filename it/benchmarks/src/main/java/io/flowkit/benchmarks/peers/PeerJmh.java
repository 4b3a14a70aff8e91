package io.flowkit.benchmarks.peers;

import io.flowkit.benchmarks.BenchmarkOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the codec and generator comparisons with JMH ({@code -prof gc} for the codec) and adds
 * their rows to the results. {@code java -cp benchmarks.jar io.flowkit.benchmarks.peers.PeerJmh
 * out=<dir> [iterations=5] [seconds=2]}
 */
public final class PeerJmh {

  private PeerJmh() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchmarkOptions.parse(args, Map.of("iterations", "5", "seconds", "2"));
    PeerResults results = new PeerResults(Path.of(options.get("out")).resolve("results.tsv"));
    int iterations = Integer.parseInt(options.get("iterations"));
    TimeValue time = TimeValue.seconds(Long.parseLong(options.get("seconds")));

    Map<String, RunResult> codec = run(PeerCodecBenchmark.class, iterations, time, true);
    for (String step : new String[] {"Decode", "Encode"}) {
      RunResult flowkit = codec.get("flowkit" + step);
      RunResult sdk = codec.get("sdk" + step);
      String measure = "Codec " + step.toLowerCase() + " (20 inputs, " + PeerCodecBenchmark.LINES + " objects)";
      results.add(new PeerResults.Row(measure + " throughput", "ops/s", PeerResults.Better.HIGHER,
          flowkit.getPrimaryResult().getScore(), "SDK reflection binding", sdk.getPrimaryResult().getScore(), 5));
      results.add(new PeerResults.Row(measure + " allocation", "B/op", PeerResults.Better.LOWER,
          allocation(flowkit), "SDK reflection binding", allocation(sdk), 5));
    }

    int[] types = PeerCodegenBenchmark.typesWritten(300);
    Map<String, RunResult> codegen = run(PeerCodegenBenchmark.class, iterations, time, false);
    // The best iteration of each: the two run one after the other, and on a shared machine the
    // load of the minutes between them differs more than the generators do.
    double flowkitMs = codegen.get("flowkit").getPrimaryResult().getStatistics().getMin();
    double j2pMs = codegen.get("jsonschema2pojo").getPrimaryResult().getStatistics().getMin();
    results.add(new PeerResults.Row("Codegen, 300 definitions, per generated type, best iteration (flowkit " + types[0]
        + " types, jsonschema2pojo " + types[1] + ")", "µs/type", PeerResults.Better.LOWER,
        flowkitMs * 1000 / types[0], "jsonschema2pojo 1.3.3", j2pMs * 1000 / types[1], 3));
    results.add(new PeerResults.Row("Codegen, 300 definitions, whole schema in memory, best iteration", "ms", PeerResults.Better.LOWER,
        flowkitMs, "jsonschema2pojo 1.3.3", j2pMs, 0));
  }

  private static Map<String, RunResult> run(Class<?> benchmark, int iterations, TimeValue time, boolean gc)
      throws Exception {
    ChainedOptionsBuilder builder = new OptionsBuilder()
        .include(benchmark.getName() + "\\.")
        .warmupIterations(iterations)
        .warmupTime(time)
        .measurementIterations(iterations)
        .measurementTime(time)
        .forks(1);
    if (gc) {
      builder.addProfiler(GCProfiler.class);
    }
    Map<String, RunResult> byMethod = new HashMap<>();
    for (RunResult result : new Runner(builder.build()).run()) {
      BenchmarkParams params = result.getParams();
      String name = params.getBenchmark();
      byMethod.put(name.substring(name.lastIndexOf('.') + 1), result);
    }
    return byMethod;
  }

  private static double allocation(RunResult result) {
    Result<?> norm = result.getSecondaryResults().get("gc.alloc.rate.norm");
    if (norm == null) {
      throw new IllegalStateException("no gc.alloc.rate.norm: " + result.getSecondaryResults().keySet());
    }
    return norm.getScore();
  }
}
