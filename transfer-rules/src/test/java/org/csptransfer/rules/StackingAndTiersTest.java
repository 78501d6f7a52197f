package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.assertCodes;
import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.ChangeQuantity;
import org.junit.jupiter.api.Test;

/**
 * Stacked targets and service plan tiers (CONTRACT.md, "Service plans" and "Stacked targets"): what
 * raises {@code STACK_SHORTFALL} and {@code SERVICE_PLAN_DROPPED}, and the nearest plans that do
 * not.
 */
class StackingAndTiersTest {

  private static TransitionRequest suiteWithTeams(int teamsSeats) {
    return emptyRequest()
        .addSource(source("sub-001").build())
        .addTarget(target("suite", "sub-001").offerId(Plans.E3_NO_TEAMS).build())
        .addTarget(
            PlannedSubscription.builder()
                .id(SubscriptionId.of("teams"))
                .offerId(Plans.TEAMS)
                .quantity(teamsSeats)
                .start(target("x").build().start())
                .stacksOn(SubscriptionId.of("suite"))
                .build())
        .build();
  }

  @Test
  void theSuiteWithoutTeamsAloneLosesTeamsData() {
    TransitionRequest alone =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addTarget(target("suite", "sub-001").offerId(Plans.E3_NO_TEAMS).build())
            .build();
    assertCodes(evaluate(alone), FindingCode.OFFER_NOT_EQUIVALENT);
    assertEquals(
        List.of("TEAMS1"),
        evaluate(alone).findings().get(0).arguments().get("missingServicePlans"));
  }

  @Test
  void teamsStackedForTheSameUsersKeepsEveryPlan() {
    TransitionDecision decision = evaluate(suiteWithTeams(50));
    assertCodes(decision, FindingCode.LICENSE_REASSIGNMENT_REQUIRED);
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, decision.verdict());
  }

  @Test
  void aStackedTargetWithFewerSeatsThanItsBaseIsAShortfallButNotWithAsMany() {
    TransitionDecision decision = evaluate(suiteWithTeams(49));
    assertTrue(decision.has(FindingCode.STACK_SHORTFALL), decision.findings()::toString);
    Finding finding = decision.findings(FindingCode.STACK_SHORTFALL).get(0);
    assertEquals(1, finding.arguments().get("missingSeats"));
    assertEquals(List.of("teams", "suite"), finding.subjects());
    assertEquals(
        ChangeQuantity.of(SubscriptionId.of("teams"), 49, 50), finding.action().orElseThrow());
    assertTrue(!evaluate(suiteWithTeams(50)).has(FindingCode.STACK_SHORTFALL));
    assertTrue(!evaluate(suiteWithTeams(51)).has(FindingCode.STACK_SHORTFALL));
  }

  @Test
  void stackedSeatsAreNotCountedInTheGroupsSums() {
    // 50 suite seats replace 50 purchased: no count change, whatever Teams holds.
    assertTrue(!evaluate(suiteWithTeams(60)).has(FindingCode.LICENSE_COUNT_CHANGED));
  }

  private static TransitionPipeline withOffers(Offer... offers) {
    return TransitionPipeline.standard(OfferCatalog.of(offers));
  }

  private static Offer offer(String id, String... plans) {
    return Offer.builder().id(OfferId.of(id)).name(id).addServicePlans(plans).build();
  }

  private static TransitionRequest fromTo(String from, String to) {
    return emptyRequest()
        .addSource(source("sub-001").offerId(OfferId.of(from)).build())
        .addTarget(target("t1", "sub-001").offerId(OfferId.of(to)).build())
        .build();
  }

  @Test
  void droppingOnlyPlansThatHoldNoDataIsAWarningNotARejection() {
    // MFA_PREMIUM holds no user data in the shipped tier table; EXCHANGE_S_ENTERPRISE does.
    TransitionPipeline pipeline =
        withOffers(
            offer("WITH_MFA", "EXCHANGE_S_ENTERPRISE", "MFA_PREMIUM"),
            offer("WITHOUT_MFA", "EXCHANGE_S_ENTERPRISE"),
            offer("BOTH", "EXCHANGE_S_ENTERPRISE", "MFA_PREMIUM", "TEAMS1"));
    TransitionDecision dropped = pipeline.evaluate(fromTo("WITH_MFA", "WITHOUT_MFA"));
    assertCodes(
        dropped, FindingCode.LICENSE_REASSIGNMENT_REQUIRED, FindingCode.SERVICE_PLAN_DROPPED);
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, dropped.verdict());
    assertEquals(
        List.of("MFA_PREMIUM"),
        dropped
            .findings(FindingCode.SERVICE_PLAN_DROPPED)
            .get(0)
            .arguments()
            .get("droppedServicePlans"));
    assertCodes(
        pipeline.evaluate(fromTo("WITH_MFA", "BOTH")), FindingCode.LICENSE_REASSIGNMENT_REQUIRED);
  }

  @Test
  void aHigherTierOfTheSameWorkloadKeepsTheDataALowerOneDoesNot() {
    TransitionPipeline pipeline =
        withOffers(
            offer("PLAN_1", "EXCHANGE_S_STANDARD"), offer("PLAN_2", "EXCHANGE_S_ENTERPRISE"));
    assertCodes(
        pipeline.evaluate(fromTo("PLAN_1", "PLAN_2")), FindingCode.LICENSE_REASSIGNMENT_REQUIRED);
    assertCodes(pipeline.evaluate(fromTo("PLAN_2", "PLAN_1")), FindingCode.OFFER_NOT_EQUIVALENT);
  }
}
