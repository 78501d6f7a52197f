package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.BASIC;
import static org.csptransfer.rules.Plans.assertCodes;
import static org.csptransfer.rules.Plans.assertCodesOf;
import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.plan;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.ChangeQuantity;
import org.csptransfer.rules.action.SplitTarget;
import org.junit.jupiter.api.Test;

class LicenseCountRuleTest {

  @Test
  void rejectsTargetWithFewerSeatsThanAssignedUsers() {
    TransitionDecision decision =
        evaluate(plan(source("sub-001"), target("t1", "sub-001").quantity(40)));
    assertCodes(decision, FindingCode.LICENSE_SHORTFALL);
    Finding finding = decision.findings().get(0);
    assertEquals(List.of("sub-001", "t1"), finding.subjects());
    assertEquals(8L, finding.arguments().get("missingSeats"));
    assertEquals(List.of(ChangeQuantity.of(SubscriptionId.of("t1"), 40, 48)), decision.actions());
  }

  @Test
  void seatsEqualToAssignedUsersAreNoShortfallButACountChange() {
    assertCodes(
        evaluate(plan(source("sub-001"), target("t1", "sub-001").quantity(48))),
        FindingCode.LICENSE_COUNT_CHANGED);
    assertCodes(
        evaluate(plan(source("sub-001"), target("t1", "sub-001").quantity(47))),
        FindingCode.LICENSE_SHORTFALL);
  }

  @Test
  void moreSeatsThanPurchasedAreACountChange() {
    assertCodes(
        evaluate(plan(source("sub-001"), target("t1", "sub-001").quantity(51))),
        FindingCode.LICENSE_COUNT_CHANGED);
  }

  @Test
  void countsAreComparedPerReplacementGroupAcrossOffers() {
    // sub-001 (48 of 50) is split over t1 and t2; t2 also replaces sub-002 (10 of 10).
    TransitionRequest request =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addSource(source("sub-002").quantity(10).assignedLicenses(10).build())
            .addTarget(target("t1", "sub-001").quantity(30).build())
            .addTarget(target("t2", "sub-001", "sub-002").offerId(Plans.E5).quantity(35).build())
            .build();
    TransitionDecision decision = evaluate(request);
    assertCodesOf(StandardRule.LICENSE_COUNT, decision, FindingCode.LICENSE_COUNT_CHANGED);
    Finding finding = decision.findings(FindingCode.LICENSE_COUNT_CHANGED).get(0);
    assertEquals(List.of("sub-001", "sub-002", "t1", "t2"), finding.subjects());
    assertEquals(65L, finding.arguments().get("targetSeats"));
    assertEquals(60L, finding.arguments().get("purchasedSeats"));
  }

  @Test
  void everySourceOfAGroupCountsWhateverItsStatus() {
    TransitionRequest request =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addSource(
                source("sub-002")
                    .status(SubscriptionStatus.SUSPENDED)
                    .quantity(10)
                    .assignedLicenses(10)
                    .build())
            .addTarget(target("t1", "sub-001", "sub-002").quantity(50).build())
            .build();
    assertCodesOf(StandardRule.LICENSE_COUNT, evaluate(request), FindingCode.LICENSE_SHORTFALL);
  }

  @Test
  void separateGroupsAreJudgedSeparately() {
    TransitionRequest request =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addSource(source("sub-002").build())
            .addTarget(target("t1", "sub-001").quantity(100).build())
            .addTarget(target("t2", "sub-002").quantity(40).build())
            .build();
    assertCodesOf(
        StandardRule.LICENSE_COUNT,
        evaluate(request),
        FindingCode.LICENSE_SHORTFALL,
        FindingCode.LICENSE_COUNT_CHANGED);
  }

  @Test
  void aNewPurchaseReplacingNothingHasNothingToCompare() {
    TransitionRequest request =
        TransitionRequest.builder()
            .from(plan())
            .addTarget(target("t2").quantity(5).build())
            .build();
    assertCodes(evaluate(request));
  }

  @Test
  void quantityEqualToTheOfferMaximumIsAccepted() {
    TransitionRequest request =
        plan(
            source("sub-001").offerId(BASIC).quantity(300).assignedLicenses(300),
            target("t1", "sub-001").offerId(BASIC).quantity(300));
    assertCodes(evaluate(request));
  }

  @Test
  void quantityAboveTheOfferMaximumIsOutOfRange() {
    TransitionRequest request =
        plan(
            source("sub-001").offerId(BASIC).quantity(301).assignedLicenses(301),
            target("t1", "sub-001").offerId(BASIC).quantity(301));
    TransitionDecision decision = evaluate(request);
    assertCodes(decision, FindingCode.QUANTITY_OUT_OF_RANGE);
    // Lowering to 300 would leave a user without a seat: the target is split, no seat lost.
    assertEquals(List.of(SplitTarget.of(SubscriptionId.of("t1"), 2, 301)), decision.actions());
  }

  @Test
  void quantityBelowTheOfferMinimumIsOutOfRange() {
    TransitionRequest request =
        plan(
            source("sub-001").quantity(0).assignedLicenses(0), target("t1", "sub-001").quantity(0));
    TransitionDecision decision = evaluate(request);
    assertCodes(decision, FindingCode.QUANTITY_OUT_OF_RANGE);
    assertEquals(List.of(ChangeQuantity.of(SubscriptionId.of("t1"), 0, 1)), decision.actions());
  }
}
