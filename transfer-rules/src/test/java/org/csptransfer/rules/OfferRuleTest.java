package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.AUDIO;
import static org.csptransfer.rules.Plans.BASIC;
import static org.csptransfer.rules.Plans.E3;
import static org.csptransfer.rules.Plans.E5;
import static org.csptransfer.rules.Plans.LEGACY_E3;
import static org.csptransfer.rules.Plans.assertCodes;
import static org.csptransfer.rules.Plans.assertCodesOf;
import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.plan;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.ChangeOffer;
import org.csptransfer.rules.action.PlanReplacement;
import org.csptransfer.rules.action.ReassignLicenses;
import org.junit.jupiter.api.Test;

class OfferRuleTest {

  private static final OfferId RETIRED = OfferId.of("RETIRED_SKU");

  @Test
  void theSameOfferNeedsNothing() {
    assertCodes(evaluate(plan()));
  }

  @Test
  void anUnknownOfferIsReportedForEverySourceAndTargetNamingIt() {
    TransitionDecision decision =
        evaluate(
            plan(source("sub-001").offerId(RETIRED), target("t1", "sub-001").offerId(RETIRED)));
    assertCodesOf(
        StandardRule.OFFER, decision, FindingCode.UNKNOWN_OFFER, FindingCode.UNKNOWN_OFFER);
    assertEquals(List.of("sub-001", "RETIRED_SKU"), decision.findings().get(0).subjects());
    assertEquals(List.of("t1", "RETIRED_SKU"), decision.findings().get(1).subjects());
  }

  @Test
  void anUnknownOfferSkipsTheOtherOfferChecksOfItsPairsButNotCountsOrTiming() {
    TransitionDecision decision =
        evaluate(
            plan(
                source("sub-001").offerId(RETIRED),
                target("t1", "sub-001").quantity(40).start(Plans.END.plusDays(40))));
    assertCodes(
        decision,
        FindingCode.UNKNOWN_OFFER,
        FindingCode.LICENSE_SHORTFALL,
        FindingCode.SERVICE_INTERRUPTION);
  }

  @Test
  void anActiveSourceWithUsersAndNoTargetIsNotCovered() {
    TransitionDecision decision =
        evaluate(emptyRequest().addSource(source("sub-001").build()).build());
    assertCodes(decision, FindingCode.SOURCE_NOT_COVERED);
    assertEquals(
        List.of(PlanReplacement.of(SubscriptionId.of("sub-001"), E3, List.of(E3, E5))),
        decision.actions());
  }

  @Test
  void anExpiredSourceWithUsersMustStillBeCoveredItsUsersKeepAccess() {
    assertCodes(
        evaluate(
            emptyRequest()
                .addSource(source("sub-001").status(SubscriptionStatus.EXPIRED).build())
                .build()),
        FindingCode.SOURCE_NOT_COVERED);
    assertCodes(
        evaluate(
            emptyRequest()
                .addSource(
                    source("sub-001")
                        .status(SubscriptionStatus.EXPIRED)
                        .assignedLicenses(0)
                        .build())
                .build()));
  }

  @Test
  void aSourceWithoutUsersOrNotActiveMayLapse() {
    assertCodes(
        evaluate(emptyRequest().addSource(source("sub-001").assignedLicenses(0).build()).build()));
    assertCodes(
        evaluate(
            emptyRequest()
                .addSource(source("sub-001").status(SubscriptionStatus.DISABLED).build())
                .build()));
    assertCodes(
        evaluate(
            emptyRequest()
                .addSource(source("sub-001").status(SubscriptionStatus.SUSPENDED).build())
                .build()));
    assertCodes(
        evaluate(emptyRequest().addSource(source("sub-001").assignedLicenses(1).build()).build()),
        FindingCode.SOURCE_NOT_COVERED);
  }

  @Test
  void aDiscontinuedTargetOfferIsNotAvailableWithCandidates() {
    TransitionDecision decision =
        evaluate(
            plan(source("sub-001").offerId(LEGACY_E3), target("t1", "sub-001").offerId(LEGACY_E3)));
    assertCodes(decision, FindingCode.OFFER_NOT_AVAILABLE);
    assertEquals(
        List.of(ChangeOffer.of(SubscriptionId.of("t1"), LEGACY_E3, List.of(E3, E5))),
        decision.actions());
  }

  @Test
  void aDiscontinuedSourceMovedToItsEquivalentSuccessorIsInfoPlusReassignment() {
    TransitionDecision decision =
        evaluate(plan(source("sub-001").offerId(LEGACY_E3), target("t1", "sub-001")));
    assertCodes(
        decision, FindingCode.LICENSE_REASSIGNMENT_REQUIRED, FindingCode.SOURCE_OFFER_DISCONTINUED);
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, decision.verdict());
  }

  @Test
  void aRicherOfferRequiresReassigningTheUsers() {
    TransitionDecision decision =
        evaluate(plan(source("sub-001"), target("t1", "sub-001").offerId(E5)));
    assertCodes(decision, FindingCode.LICENSE_REASSIGNMENT_REQUIRED);
    assertEquals(
        List.of(
            ReassignLicenses.of(SubscriptionId.of("sub-001"), SubscriptionId.of("t1"), E3, E5, 48)),
        decision.actions());
  }

  @Test
  void aLesserOfferIsNotEquivalentAndNothingElse() {
    TransitionDecision decision =
        evaluate(plan(source("sub-001"), target("t1", "sub-001").offerId(BASIC)));
    assertCodes(decision, FindingCode.OFFER_NOT_EQUIVALENT);
    assertEquals(
        List.of(
            "EXCHANGE_S_ENTERPRISE", "FORMS_PLAN_E3", "OFFICESUBSCRIPTION", "SHAREPOINTENTERPRISE"),
        decision.findings().get(0).arguments().get("missingServicePlans"));
    assertEquals(Verdict.REJECTED, decision.verdict());
  }

  @Test
  void equivalenceIsJudgedPerPair() {
    TransitionRequest request =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addSource(source("sub-002").offerId(E5).build())
            .addTarget(target("t1", "sub-001", "sub-002").offerId(E5).quantity(100).build())
            .build();
    TransitionDecision decision = evaluate(request);
    // E5 replaces E3 (a superset) and E5 (the same): one reassignment, for the E3 pair only.
    assertCodes(decision, FindingCode.LICENSE_REASSIGNMENT_REQUIRED);
    assertEquals(List.of("sub-001", "t1"), decision.findings().get(0).subjects());
  }

  @Test
  void anAddOnWithoutAnyBaseInThePlanIsRefused() {
    TransitionRequest addOnAlone =
        emptyRequest().addTarget(target("t1").offerId(AUDIO).quantity(10).build()).build();
    assertCodes(evaluate(addOnAlone), FindingCode.ADDON_WITHOUT_BASE);
  }

  @Test
  void anAddOnWithOneOfItsBasesPasses() {
    TransitionRequest withBase =
        TransitionRequest.builder()
            .from(plan())
            .addTarget(target("t2").offerId(AUDIO).quantity(10).build())
            .build();
    assertCodesOf(StandardRule.OFFER, evaluate(withBase));
  }
}
