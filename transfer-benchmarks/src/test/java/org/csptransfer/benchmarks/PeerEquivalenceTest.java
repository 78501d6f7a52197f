package org.csptransfer.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.csptransfer.benchmarks.peers.DroolsCheck;
import org.csptransfer.benchmarks.peers.EasyRulesCheck;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.testkit.CoreSamplers;
import org.csptransfer.testkit.TransitionCase;
import org.junit.jupiter.api.Test;

/**
 * A comparison of different work is worthless: on the same requests, the baseline and both peers
 * reach the pipeline's verdict and codes.
 */
class PeerEquivalenceTest {

  private static final int GENERATED = 300;

  private static List<TransitionCase> cases() {
    List<TransitionCase> cases = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(20261124);
    for (int i = 0; i < GENERATED; i++) {
      cases.add(CoreSamplers.transitionCases().sample(random));
    }
    for (int size : new int[] {1, 10, 100}) {
      for (TransitionRequest request : Workloads.customers(12, size, size)) {
        cases.add(new TransitionCase(Workloads.offers(), TransitionPolicy.defaults(), request));
      }
    }
    return cases;
  }

  @Test
  void baselineAndPeersReachThePipelinesVerdictAndCodes() {
    RegionCatalog regions = RegionCatalog.csp2021();
    Set<FindingCode> seen = java.util.EnumSet.noneOf(FindingCode.class);
    for (TransitionCase generated : cases()) {
      TransitionRequest request = generated.request();
      TransitionDecision decision =
          TransitionPipeline.builder()
              .offers(generated.offers())
              .policy(generated.policy())
              .build()
              .evaluate(request);
      Set<FindingCode> expected = Codes.of(decision);
      seen.addAll(expected);
      assertEquals(decision.verdict(), Codes.verdict(expected), request::toString);
      assertEquals(
          expected,
          Codes.toSet(
              new HandWrittenCheck(generated.offers(), regions, generated.policy()).codes(request)),
          () -> "baseline on " + request);
      assertEquals(
          expected,
          new EasyRulesCheck(generated.offers(), regions, generated.policy()).codes(request),
          () -> "Easy Rules on " + request);
      assertEquals(
          expected,
          new DroolsCheck(generated.offers(), regions, generated.policy()).codes(request),
          () -> "Drools on " + request);
    }
    assertEquals(Set.of(FindingCode.values()), seen, "the comparison covers every code");
  }

  @Test
  @SuppressWarnings("EnumOrdinal") // counts indexed by verdict
  void workloadsHaveTheRealisticMixOfVerdicts() {
    TransitionPipeline pipeline = TransitionPipeline.standard(Workloads.offers());
    int[] counts = new int[3];
    for (TransitionRequest request : Workloads.customers(600, 10, 1)) {
      counts[pipeline.evaluate(request).verdict().ordinal()]++;
    }
    assertEquals(300, counts[0], "approved");
    assertEquals(200, counts[1], "approved with actions");
    assertEquals(100, counts[2], "rejected");
  }
}
