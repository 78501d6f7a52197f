package org.csptransfer.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.csptransfer.benchmarks.peers.DroolsCheck;
import org.csptransfer.benchmarks.peers.EasyRulesCheck;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.ServicePlanTiers;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.testkit.CoreSamplers;
import org.junit.jupiter.api.Test;

/**
 * A comparison of different work is worthless: on the same requests, the baseline and both peers
 * reach the pipeline's verdict and codes.
 */
class PeerEquivalenceTest {

  private static final int GENERATED = 300;

  private static List<Scenario> cases() {
    List<Scenario> cases = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(20261124);
    while (cases.size() < GENERATED) {
      Scenario generated = CoreSamplers.scenarios().sample(random);
      if (withinThePeersScope(generated.request())) {
        cases.add(generated);
      }
    }
    for (int size : new int[] {1, 10, 100}) {
      for (TransitionRequest request : Workloads.customers(12, size, size)) {
        cases.add(Scenario.of(request, Workloads.offers(), TransitionPolicy.defaults()));
      }
    }
    return cases;
  }

  /**
   * The peers implement the checks of the first version, which the benchmark's workloads exercise:
   * not partner-to-partner transfers, stacked targets or add-on links, which came with 1.0.
   */
  private static boolean withinThePeersScope(TransitionRequest request) {
    return request.transfers().isEmpty()
        && request.targets().stream().noneMatch(PlannedSubscription::isStacked)
        && request.sources().stream().allMatch(source -> source.parentId().isEmpty());
  }

  /** The codes the peers implement: all but those of transfers, stacking and dropped features. */
  private static final Set<FindingCode> PEERS_CODES =
      java.util.EnumSet.complementOf(
          java.util.EnumSet.of(
              FindingCode.TRANSFER_NOT_ELIGIBLE,
              FindingCode.TRANSFER_DATE_PASSED,
              FindingCode.TRANSFER_TOO_MANY_ITEMS,
              FindingCode.TRANSFER_MIXED_PARTNERS,
              FindingCode.TRANSFER_SPLITS_ADDON,
              FindingCode.TRANSFER_AND_REPLACEMENT,
              FindingCode.STACK_SHORTFALL,
              FindingCode.SERVICE_PLAN_DROPPED));

  @Test
  void baselineAndPeersReachThePipelinesVerdictAndCodes() {
    RegionCatalog regions = RegionCatalog.csp2021();
    Set<FindingCode> seen = java.util.EnumSet.noneOf(FindingCode.class);
    for (Scenario generated : cases()) {
      TransitionRequest request = generated.request();
      // The peers compare offers by plain set inclusion: no tiers, every plan holding data.
      OfferCatalog offers = generated.offers().withServicePlanTiers(ServicePlanTiers.none());
      TransitionDecision decision =
          TransitionPipeline.builder()
              .offers(offers)
              .policy(generated.policy())
              .build()
              .evaluate(request);
      Set<FindingCode> expected = Codes.of(decision);
      seen.addAll(expected);
      assertEquals(decision.verdict(), Codes.verdict(expected), request::toString);
      assertEquals(
          expected,
          Codes.toSet(new HandWrittenCheck(offers, regions, generated.policy()).codes(request)),
          () -> "baseline on " + request);
      assertEquals(
          expected,
          new EasyRulesCheck(offers, regions, generated.policy()).codes(request),
          () -> "Easy Rules on " + request);
      assertEquals(
          expected,
          new DroolsCheck(offers, regions, generated.policy()).codes(request),
          () -> "Drools on " + request);
    }
    assertEquals(PEERS_CODES, seen, "the comparison covers every code the peers implement");
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
