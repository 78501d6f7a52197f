package org.csptransfer.rules.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.Severity;
import org.csptransfer.rules.StandardRule;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.testkit.CoreSamplers;
import org.csptransfer.testkit.quicktheories.CoreGens;
import org.junit.jupiter.api.Test;

/** Laws of the planner over generated situations. */
class PlannerProperties {

  /**
   * Examples per property: 1,000, unless the mutation profile asks for fewer (it runs every
   * covering test once per mutant).
   */
  private static final int EXAMPLES = Integer.getInteger("csptransfer.examples", 1_000);

  private static ProposedPlan plan(Scenario generated, SeatBasis seats) {
    TransitionPolicy policy =
        TransitionPolicy.builder().from(generated.policy()).plannerSeats(seats).build();
    TransitionPipeline pipeline =
        TransitionPipeline.builder().offers(generated.offers()).policy(policy).build();
    return TransitionPlanner.of(pipeline).plan(generated.request());
  }

  /** The warnings a solvable situation may still carry, by seat basis. */
  private static void assertOnlyExpectedFindings(ProposedPlan plan, Set<FindingCode> allowed) {
    TransitionRequest request = plan.request();
    for (Finding finding : plan.decision().findings()) {
      assertNotEquals(Severity.ERROR, finding.severity(), finding::toString);
      // The planner lets sources expire; turning their auto-renewal off is a step it cannot take.
      if (!finding.is(FindingCode.AUTO_RENEWAL_ON)) {
        assertNotEquals(StandardRule.TIMING.id(), finding.rule(), finding::toString);
      }
      if (finding.severity() == Severity.WARNING) {
        assertTrue(allowed.stream().anyMatch(finding::is), finding::toString);
      }
      if (finding.is(FindingCode.LICENSE_REASSIGNMENT_REQUIRED)) {
        assertNotEquals(finding.arguments().get("fromOffer"), finding.arguments().get("toOffer"));
      }
    }
    assertEquals(request.sources().size(), plan.dispositions().size());
  }

  @Test
  void aSolvableSituationIsPlannedWithoutErrorOrTimingWarning() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.plannableScenarios())
        .checkAssert(
            generated ->
                assertOnlyExpectedFindings(
                    plan(generated, SeatBasis.PURCHASED),
                    Set.of(
                        FindingCode.LICENSE_REASSIGNMENT_REQUIRED, FindingCode.AUTO_RENEWAL_ON)));
  }

  @Test
  void theSolvableSituationsExerciseEveryChoiceOfThePlanner() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(6);
    int reassigned = 0;
    int split = 0;
    int consolidated = 0;
    int addOns = 0;
    for (int i = 0; i < 1_000; i++) {
      Scenario generated = CoreSamplers.plannableScenarios().sample(random);
      ProposedPlan plan = plan(generated, SeatBasis.PURCHASED);
      reassigned += plan.decision().has(FindingCode.LICENSE_REASSIGNMENT_REQUIRED) ? 1 : 0;
      split +=
          plan.targets().stream().map(t -> t.replacedSourceIds()).distinct().count()
                  < plan.targets().size()
              ? 1
              : 0;
      consolidated +=
          plan.targets().stream().anyMatch(t -> t.replacedSourceIds().size() > 1) ? 1 : 0;
      addOns +=
          plan.targets().stream()
                  .anyMatch(t -> generated.offers().find(t.offerId()).orElseThrow().addOn())
              ? 1
              : 0;
    }
    // Not statistics: each choice must simply be exercised, so the laws above are not vacuous.
    assertTrue(reassigned > 50, "reassignments: " + reassigned);
    assertTrue(split > 10, "splits: " + split);
    assertTrue(consolidated > 10, "consolidations: " + consolidated);
    assertTrue(addOns > 10, "add-ons: " + addOns);
  }

  @Test
  void buyingOnlyAssignedSeatsAddsNothingButCountChanges() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.plannableScenarios())
        .checkAssert(
            generated ->
                assertOnlyExpectedFindings(
                    plan(generated, SeatBasis.ASSIGNED),
                    Set.of(
                        FindingCode.LICENSE_REASSIGNMENT_REQUIRED,
                        FindingCode.LICENSE_COUNT_CHANGED,
                        FindingCode.AUTO_RENEWAL_ON)));
  }

  @Test
  void planningIsDeterministicAndNeverThrowsOnAValidRequest() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated ->
                assertEquals(
                    plan(generated, generated.policy().plannerSeats()),
                    plan(generated, generated.policy().plannerSeats())));
  }
}
