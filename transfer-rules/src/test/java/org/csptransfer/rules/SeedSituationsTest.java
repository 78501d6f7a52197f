package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.BASIC;
import static org.csptransfer.rules.Plans.E3;
import static org.csptransfer.rules.Plans.LEGACY_E3;
import static org.csptransfer.rules.Plans.PARTNER;
import static org.csptransfer.rules.Plans.TENANT;
import static org.csptransfer.rules.Plans.assertCodes;
import static org.csptransfer.rules.Plans.customer;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.plan;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.AwaitAcceptance;
import org.csptransfer.rules.action.LetExpire;
import org.csptransfer.rules.action.ReassignLicenses;
import org.junit.jupiter.api.Test;

/** The situations of docs/DOMAIN.md, each as a partner would meet it. */
class SeedSituationsTest {

  @Test
  void sameOfferAndSeatsBoughtJustBeforeNaturalExpiryIsApprovedWithNothingToDo() {
    TransitionDecision decision = evaluate(plan());
    assertEquals(Verdict.APPROVED, decision.verdict());
    assertEquals(List.of(), decision.findings());
    assertEquals(List.of(), decision.actions());
    assertEquals(4, decision.timeline().get(0).targets().get(0).overlapDays());
  }

  @Test
  void discontinuedOfferMovedToItsEquivalentSuccessorRequiresReassignment() {
    TransitionDecision decision =
        evaluate(plan(source("sub-001").offerId(LEGACY_E3), target("t1", "sub-001")));
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, decision.verdict());
    assertCodes(
        decision, FindingCode.LICENSE_REASSIGNMENT_REQUIRED, FindingCode.SOURCE_OFFER_DISCONTINUED);
    assertEquals(
        List.of(
            ReassignLicenses.of(
                SubscriptionId.of("sub-001"), SubscriptionId.of("t1"), LEGACY_E3, E3, 48)),
        decision.actions());
  }

  @Test
  void aDifferentLesserOfferIsRejectedForDataLossRisk() {
    TransitionDecision decision =
        evaluate(plan(source("sub-001"), target("t1", "sub-001").offerId(BASIC)));
    assertEquals(Verdict.REJECTED, decision.verdict());
    assertCodes(decision, FindingCode.OFFER_NOT_EQUIVALENT);
  }

  @Test
  void earlyCancellationWarnsWithTheForfeitedDays() {
    LocalDate cancelOn = LocalDate.of(2026, 3, 10);
    TransitionDecision decision =
        evaluate(
            plan(
                source("sub-001").disposition(Disposition.CANCEL).cancelOn(cancelOn),
                target("t1", "sub-001").start(cancelOn)));
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, decision.verdict());
    assertCodes(decision, FindingCode.EARLY_CANCELLATION);
    assertEquals(22, decision.timeline().get(0).forfeitedDays());
    assertTrue(decision.actions().get(0) instanceof LetExpire);
  }

  @Test
  void partnerOutsideTheTenantsRegionIsRejected() {
    TransitionRequest request =
        TransitionRequest.builder()
            .from(plan())
            .customer(customer(RelationshipStatus.ACCEPTED).country(CountryCode.of("JP")).build())
            .build();
    TransitionDecision decision = evaluate(request);
    assertEquals(Verdict.REJECTED, decision.verdict());
    assertCodes(decision, FindingCode.REGION_MISMATCH);
  }

  @Test
  void relationshipNotYetAcceptedIsRejectedUntilTheCustomerAccepts() {
    TransitionRequest request =
        TransitionRequest.builder()
            .from(plan())
            .customer(customer(RelationshipStatus.INVITED).build())
            .build();
    TransitionDecision decision = evaluate(request);
    assertEquals(Verdict.REJECTED, decision.verdict());
    assertCodes(decision, FindingCode.RELATIONSHIP_PENDING);
    assertEquals(List.of(AwaitAcceptance.of(PARTNER, TENANT)), decision.actions());
  }
}
