package org.csptransfer.benchmarks;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.csptransfer.benchmarks.peers.DroolsCheck;
import org.csptransfer.benchmarks.peers.EasyRulesCheck;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.action.RequiredAction;
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
 * One decision for one customer, on one core: the pipeline, the hand-written baseline, and the Easy
 * Rules and Drools peers, over the same requests. Each invocation takes the next request of a pool
 * in the realistic verdict mix, so no single plan is measured alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DecisionBenchmark {

  /** Creates the benchmark state; JMH calls it once per thread. */
  public DecisionBenchmark() {}

  /** Sources (and as many targets) per customer. */
  @Param({"1", "10", "100", "1000"})
  public int sources;

  private RequestPool requests = new RequestPool(List.of());
  private TransitionPipeline pipeline = TransitionPipeline.standard(Workloads.offers());
  private HandWrittenCheck baseline =
      new HandWrittenCheck(
          Workloads.offers(), RegionCatalog.csp2021(), TransitionPolicy.defaults());
  private EasyRulesCheck easyRules =
      new EasyRulesCheck(Workloads.offers(), RegionCatalog.csp2021(), TransitionPolicy.defaults());
  private DroolsCheck drools =
      new DroolsCheck(Workloads.offers(), RegionCatalog.csp2021(), TransitionPolicy.defaults());

  /** Builds the request pool: 60 customers (12 of 1,000 sources), from a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    requests = new RequestPool(Workloads.pool(sources));
  }

  /**
   * The pipeline: findings, messages, actions, timeline and trace.
   *
   * @return the decision, so that nothing is optimized away
   */
  @Benchmark
  public TransitionDecision pipeline() {
    return pipeline.evaluate(requests.next());
  }

  /**
   * The pipeline, then every message and action description rendered in English: what a decision
   * cost when messages were built inside the rules, before they were rendered on demand.
   *
   * @return the length of the texts, so that nothing is optimized away
   */
  @Benchmark
  public int pipelineRenderingMessages() {
    TransitionDecision decision = pipeline.evaluate(requests.next());
    int length = 0;
    for (Finding finding : decision.findings()) {
      length += finding.message().length();
    }
    for (RequiredAction action : decision.actions()) {
      length += action.description().length();
    }
    return length;
  }

  /**
   * The hand-written baseline: codes only.
   *
   * @return the codes, as bits, so that nothing is optimized away
   */
  @Benchmark
  public long baseline() {
    return baseline.codes(requests.next());
  }

  /**
   * The Easy Rules peer.
   *
   * @return the codes, so that nothing is optimized away
   */
  @Benchmark
  public Set<FindingCode> easyRules() {
    return easyRules.codes(requests.next());
  }

  /**
   * The Drools peer.
   *
   * @return the codes, so that nothing is optimized away
   */
  @Benchmark
  public Set<FindingCode> drools() {
    return drools.codes(requests.next());
  }
}
