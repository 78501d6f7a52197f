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
 * Runs every benchmark in one JVM session, with the GC profiler, and prints one report: time and
 * allocation per decision for each size, the ratios pipeline / baseline and peer / pipeline, the
 * cost of rendering messages, the planner per size, the 100,000-source plan, the portfolio on all
 * cores, the book end to end next to Jackson's parse-and-write limit, and the start-up of the whole
 * {@code transfer-check} process next to a JVM printing "hi" ({@link StartUp}). Ratios are measured
 * in the same run, so the machine's noise cancels as far as it can.
 *
 * <p>{@code --quick} for a look in a few minutes; without it, the settings of the published table
 * (the benchmarks' own annotations).
 */
public final class BenchmarkTable {

  private static final int[] SIZES = {1, 10, 100, 1000};
  private static final String[] IMPLEMENTATIONS = {"pipeline", "baseline", "easyRules", "drools"};

  private final Map<String, Double> time = new HashMap<>();
  private final Map<String, Double> allocation = new HashMap<>();

  private BenchmarkTable() {}

  /**
   * Runs the benchmarks and prints the table.
   *
   * @param args {@code --quick} for short settings
   * @throws RunnerException if JMH fails
   * @throws java.io.IOException if a process of the start-up figure cannot start
   * @throws InterruptedException if interrupted while waiting for one
   */
  public static void main(String[] args)
      throws RunnerException, java.io.IOException, InterruptedException {
    boolean quick = args.length > 0 && args[0].equals("--quick");
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(DecisionBenchmark.class.getSimpleName())
            .include(PlannerBenchmark.class.getSimpleName())
            .include(PortfolioBenchmark.class.getSimpleName())
            .include(ScaleBenchmark.class.getSimpleName())
            .include(BookBenchmark.class.getSimpleName())
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true);
    if (quick) {
      options
          .warmupIterations(1)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(2)
          .measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    BenchmarkTable table = new BenchmarkTable();
    table.collect(results);
    System.out.print(table.render(quick));
    int pairs = quick ? 5 : 21;
    System.out.print(StartUp.table(StartUp.measure(pairs), pairs));
  }

  @SuppressWarnings("rawtypes") // JMH's secondary results are a map of raw Result
  private void collect(Collection<RunResult> results) {
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark();
      String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
      type = type.substring(type.lastIndexOf('.') + 1);
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String size = run.getParams().getParam("sources");
      String key = type + "." + method + (size == null ? "" : "/" + size);
      time.put(key, run.getPrimaryResult().getScore());
      for (var secondary : run.getSecondaryResults().entrySet()) {
        if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
          allocation.put(key, secondary.getValue().getScore());
        }
      }
    }
  }

  private double time(String key) {
    return time.getOrDefault(key, Double.NaN);
  }

  private double allocation(String key) {
    return allocation.getOrDefault(key, Double.NaN);
  }

  private String render(boolean quick) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%ncsp-transfer benchmarks (%s settings; %d cores, Java %s)%n%n",
            quick ? "quick" : "full",
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version")));
    out.append("One decision, one core\n\n");
    out.append(
        "| sources | pipeline ns | baseline ns | Easy Rules ns | Drools ns | pipeline / baseline |"
            + " Easy Rules / pipeline | Drools / pipeline | pipeline B/op | baseline B/op |"
            + " Easy Rules B/op | Drools B/op |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int size : SIZES) {
      double pipeline = time("DecisionBenchmark.pipeline/" + size);
      double baseline = time("DecisionBenchmark.baseline/" + size);
      double easyRules = time("DecisionBenchmark.easyRules/" + size);
      double drools = time("DecisionBenchmark.drools/" + size);
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
                allocation("DecisionBenchmark." + implementation + "/" + size)));
      }
      out.append('\n');
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nscaling, pipeline cost(1,000) / cost(10): %.1f (baseline %.1f)%n",
            time("DecisionBenchmark.pipeline/1000") / time("DecisionBenchmark.pipeline/10"),
            time("DecisionBenchmark.baseline/1000") / time("DecisionBenchmark.baseline/10")));
    out.append("\nMessages rendered on demand, against rendering every one (as before 1.0)\n\n");
    out.append(
        "| sources | decision ns | decision + every message ns | saved | B/op | B/op with messages |\n");
    out.append("|---:|---:|---:|---:|---:|---:|\n");
    for (int size : SIZES) {
      double lazy = time("DecisionBenchmark.pipeline/" + size);
      double eager = time("DecisionBenchmark.pipelineRenderingMessages/" + size);
      out.append(
          String.format(
              Locale.ROOT,
              "| %d | %,.0f | %,.0f | %.0f %% | %,.0f | %,.0f |%n",
              size,
              lazy,
              eager,
              100 * (1 - lazy / eager),
              allocation("DecisionBenchmark.pipeline/" + size),
              allocation("DecisionBenchmark.pipelineRenderingMessages/" + size)));
    }
    out.append("\nThe planner, one core: propose a plan and evaluate it\n\n");
    out.append("| sources | plan ns | plan / decision | B/op |\n|---:|---:|---:|---:|\n");
    for (int size : SIZES) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %d | %,.0f | %.1f | %,.0f |%n",
              size,
              time("PlannerBenchmark.plan/" + size),
              time("PlannerBenchmark.plan/" + size) / time("DecisionBenchmark.pipeline/" + size),
              allocation("PlannerBenchmark.plan/" + size)));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "planner scaling, cost(1,000) / cost(10): %.1f%n",
            time("PlannerBenchmark.plan/1000") / time("PlannerBenchmark.plan/10")));
    out.append(
        String.format(
            Locale.ROOT,
            "%nOne plan of 100,000 sources against 20,000 offers, one core: %,.0f ms%n",
            time("ScaleBenchmark.largePlanLargeCatalog")));
    double portfolio = time("PortfolioBenchmark.allCores");
    double book = time("BookBenchmark.transferCheckBook");
    double jackson = time("BookBenchmark.jacksonParseAndWrite");
    int customers = 100_000;
    out.append("\nA book of 100,000 customers of 1 to 20 sources, all cores\n\n");
    out.append("| path | ms | customers/s |\n|---|---:|---:|\n");
    out.append(row("transfer-check --book (read, evaluate, write)", book, customers));
    out.append(row("Jackson parse and write, no evaluation (the limit)", jackson, customers));
    out.append(row("pipeline alone, requests already built", portfolio, customers));
    out.append(
        String.format(
            Locale.ROOT,
            "book / Jackson limit: %.0f %% of the limit's rate%n",
            100 * jackson / book));
    return out.toString();
  }

  private static String row(String path, double millis, int customers) {
    return String.format(
        Locale.ROOT, "| %s | %,.0f | %,.0f |%n", path, millis, customers / (millis / 1000));
  }
}
