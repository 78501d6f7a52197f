package org.csptransfer.benchmarks;

import java.util.concurrent.TimeUnit;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hostile scale: one plan of 100,000 sources judged against a catalog of 20,000 offers, on one
 * core. Every path over sources, targets, offers and findings must be linear or n log n for this to
 * take about a second (CONTRACT.md, limits; the hostile-input issue).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ScaleBenchmark {

  /** Creates the benchmark state; JMH calls it once per trial. */
  public ScaleBenchmark() {}

  private TransitionRequest plan = Workloads.largePlan(1);
  private TransitionPipeline pipeline = TransitionPipeline.standard(Workloads.offers());

  /** Builds the plan and the catalog. */
  @Setup(Level.Trial)
  public void setUp() {
    plan = Workloads.largePlan(100_000);
    OfferCatalog catalog = Workloads.largeCatalog(20_000);
    pipeline = TransitionPipeline.standard(catalog);
  }

  /**
   * Evaluates the 100,000-source plan against the 20,000-offer catalog.
   *
   * @return the decision, so that nothing is optimized away
   */
  @Benchmark
  public TransitionDecision largePlanLargeCatalog() {
    return pipeline.evaluate(plan);
  }
}
