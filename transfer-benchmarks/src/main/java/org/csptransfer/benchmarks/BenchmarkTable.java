package org.csptransfer.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark in one JVM session, with the GC profiler, and prints one table: time and
 * allocation per decision for each size, the ratios pipeline / baseline and peer / pipeline, the
 * scaling ratio cost(1,000) / cost(10), and portfolio decisions per second. Ratios are measured in
 * the same run, so the machine's noise cancels as far as it can.
 *
 * <p>{@code --quick} for a look in about two minutes; without it, the settings of the published
 * table (the benchmarks' own annotations).
 */
public final class BenchmarkTable {

  private static final int[] SIZES = {1, 10, 100, 1000};
  private static final String[] IMPLEMENTATIONS = {"pipeline", "baseline", "easyRules", "drools"};

  private BenchmarkTable() {}

  /**
   * Runs the benchmarks and prints the table.
   *
   * @param args {@code --quick} for short settings
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    boolean quick = args.length > 0 && args[0].equals("--quick");
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(DecisionBenchmark.class.getSimpleName())
            .include(PortfolioBenchmark.class.getSimpleName())
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true);
    if (quick) {
      options
          .warmupIterations(1)
          .warmupTime(TimeValue.milliseconds(500))
          .measurementIterations(2)
          .measurementTime(TimeValue.milliseconds(500));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    print(results, quick);
  }

  @SuppressWarnings("rawtypes") // JMH's secondary results are a map of raw Result
  private static void print(Collection<RunResult> results, boolean quick) {
    Map<String, Double> time = new HashMap<>();
    Map<String, Double> allocation = new HashMap<>();
    double portfolioMillis = Double.NaN;
    int portfolioSize = 0;
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      if (benchmark.contains("PortfolioBenchmark")) {
        portfolioMillis = run.getPrimaryResult().getScore();
        portfolioSize = Integer.parseInt(run.getParams().getParam("customers"));
        continue;
      }
      String key = method + "/" + run.getParams().getParam("sources");
      time.put(key, run.getPrimaryResult().getScore());
      for (var secondary : run.getSecondaryResults().entrySet()) {
        if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
          allocation.put(key, secondary.getValue().getScore());
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%ncsp-transfer benchmarks (%s settings; %d cores, Java %s)%n%n",
            quick ? "quick" : "full",
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version")));
    out.append(
        "| sources | pipeline ns | baseline ns | Easy Rules ns | Drools ns | pipeline / baseline |"
            + " Easy Rules / pipeline | Drools / pipeline | pipeline B/op | baseline B/op |"
            + " Easy Rules B/op | Drools B/op |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int size : SIZES) {
      double pipeline = time.getOrDefault("pipeline/" + size, Double.NaN);
      double baseline = time.getOrDefault("baseline/" + size, Double.NaN);
      double easyRules = time.getOrDefault("easyRules/" + size, Double.NaN);
      double drools = time.getOrDefault("drools/" + size, Double.NaN);
      out.append(
          String.format(
              Locale.ROOT,
              "| %d | %,.0f | %,.0f | %,.0f | %,.0f | %.2f | %.1f | %.1f |",
              size,
              pipeline,
              baseline,
              easyRules,
              drools,
              pipeline / baseline,
              easyRules / pipeline,
              drools / pipeline));
      for (String implementation : IMPLEMENTATIONS) {
        out.append(
            String.format(
                Locale.ROOT,
                " %,.0f |",
                allocation.getOrDefault(implementation + "/" + size, Double.NaN)));
      }
      out.append('\n');
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nscaling, pipeline cost(1,000) / cost(10): %.1f (baseline %.1f)%n",
            time.getOrDefault("pipeline/1000", Double.NaN)
                / time.getOrDefault("pipeline/10", Double.NaN),
            time.getOrDefault("baseline/1000", Double.NaN)
                / time.getOrDefault("baseline/10", Double.NaN)));
    out.append(
        String.format(
            Locale.ROOT,
            "portfolio: %,d customers of 1-20 sources in %,.0f ms on all cores = %,.0f decisions/s%n",
            portfolioSize,
            portfolioMillis,
            portfolioSize / (portfolioMillis / 1000)));
    System.out.print(out);
  }
}
