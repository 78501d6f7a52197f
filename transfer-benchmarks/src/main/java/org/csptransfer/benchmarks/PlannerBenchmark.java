package org.csptransfer.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.planning.ProposedPlan;
import org.csptransfer.rules.planning.TransitionPlanner;
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
 * One plan for one customer, on one core: the planner proposes targets (and transfers) for the
 * customer's sources, then evaluates its proposal. Customers are the decision benchmark's, without
 * their targets.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PlannerBenchmark {

  /** Creates the benchmark state; JMH calls it once per thread. */
  public PlannerBenchmark() {}

  /** Sources per customer. */
  @Param({"1", "10", "100", "1000"})
  public int sources;

  private RequestPool requests = new RequestPool(List.of());
  private final TransitionPlanner planner =
      TransitionPlanner.of(TransitionPipeline.standard(Workloads.offers()));

  /** Builds the request pool from a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    requests = new RequestPool(Workloads.withoutTargets(Workloads.pool(sources)));
  }

  /**
   * Proposes and evaluates a plan.
   *
   * @return the proposed plan, so that nothing is optimized away
   */
  @Benchmark
  public ProposedPlan plan() {
    return planner.plan(requests.next());
  }
}
