package org.csptransfer.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A distributor's whole book in a batch: every customer of a portfolio evaluated once, on all
 * cores, by one shared pipeline. Decisions per second = customers / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 3, time = 2)
public class PortfolioBenchmark {

  /** Creates the benchmark state; JMH calls it once per trial. */
  public PortfolioBenchmark() {}

  /** Customers in the portfolio, of 1 to 20 sources each. */
  @Param({"100000"})
  public int customers;

  private List<TransitionRequest> portfolio = List.of();
  private final TransitionPipeline pipeline = TransitionPipeline.standard(Workloads.offers());

  /** Builds the portfolio from a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    portfolio = Workloads.portfolio(customers, 7L);
  }

  /**
   * Evaluates the whole portfolio in parallel.
   *
   * @return how many plans were rejected, so that nothing is optimized away
   */
  @Benchmark
  public long allCores() {
    return portfolio.parallelStream()
        .map(pipeline::evaluate)
        .filter(decision -> decision.verdict() == Verdict.REJECTED)
        .count();
  }
}
