package io.flowkit.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code key=value} arguments of the benchmark programs, over their defaults. */
public final class BenchmarkOptions {

  private BenchmarkOptions() {}

  /**
   * {@code args} over {@code defaults}; keys without a default are taken too (the paths the
   * scripts pass). An argument without {@code =} is refused.
   */
  public static Map<String, String> parse(String[] args, Map<String, String> defaults) {
    return parse(args, defaults, false);
  }

  /** {@code args} over {@code defaults}, refusing any key without a default and naming the known ones. */
  public static Map<String, String> parseKnown(String[] args, Map<String, String> defaults) {
    return parse(args, defaults, true);
  }

  private static Map<String, String> parse(String[] args, Map<String, String> defaults, boolean knownOnly) {
    Map<String, String> options = new LinkedHashMap<>(defaults);
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 0 || knownOnly && !defaults.containsKey(arg.substring(0, eq))) {
        throw new IllegalArgumentException("Unknown argument " + arg + "; known: " + defaults.keySet());
      }
      options.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    return options;
  }
}
