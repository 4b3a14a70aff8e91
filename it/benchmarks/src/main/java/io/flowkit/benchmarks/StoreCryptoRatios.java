package io.flowkit.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link StoreCryptoBenchmark} and prints, per provider, the store's time per item beside the
 * raw primitives' and their ratio: {@code java -cp it/benchmarks/target/benchmarks.jar
 * io.flowkit.benchmarks.StoreCryptoRatios} (arguments are JMH's, e.g. {@code -wi 1 -i 2}).
 */
public final class StoreCryptoRatios {

  private StoreCryptoRatios() {}

  public static void main(String[] args) throws Exception {
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .parent(new CommandLineOptions(args))
                    .include(StoreCryptoBenchmark.class.getName() + "\\.")
                    .build())
            .run();
    Map<String, Double> scores = new TreeMap<>();
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.') + 1);
      scores.put(result.getParams().getParam("provider") + " "
              + result.getParams().getParam("deflateLevel") + " " + method,
          result.getPrimaryResult().getScore());
    }
    System.out.println();
    System.out.printf("%-8s %-6s %-6s %12s %12s %7s%n",
        "provider", "level", "item", "store µs", "raw µs", "ratio");
    for (String provider : new String[] {"jdk", "native"}) {
      for (int level = 0; level <= 9; level++) {
        for (String item : new String[] {"save", "load"}) {
          Double store = scores.get(provider + " " + level + " " + item);
          Double raw = scores.get(provider + " " + level + " " + item + "Raw");
          if (store != null && raw != null) {
            System.out.printf("%-8s %-6d %-6s %12.1f %12.1f %6.2fx%n",
                provider, level, item, store, raw, store / raw);
          }
        }
      }
    }
  }
}
