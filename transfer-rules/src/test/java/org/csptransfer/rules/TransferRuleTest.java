package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.AS_OF;
import static org.csptransfer.rules.Plans.assertCodes;
import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.Money;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.PlanReplacement;
import org.csptransfer.rules.action.RescheduleTransfer;
import org.csptransfer.rules.action.SplitTransfer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The transfer rule, code by code: a plan that raises each, and the nearest plan that does not
 * (CONTRACT.md, "Partner-to-partner transfers").
 */
class TransferRuleTest {

  private static final PartnerId NORTHWIND = PartnerId.of("7654321");

  /** A new-commerce subscription held by Northwind, active until long after the as-of date. */
  private static Subscription.Builder held(String id) {
    return source(id)
        .channel(Channel.CSP)
        .partnerId(NORTHWIND)
        .commerce(Commerce.NCE)
        .lastDayOfTerm(LocalDate.of(2026, 9, 30));
  }

  private static Transfer transfer(String id, LocalDate date, String... sources) {
    Transfer.Builder transfer = Transfer.builder().id(TransferId.of(id)).date(date);
    for (String source : sources) {
      transfer.addSourceId(SubscriptionId.of(source));
    }
    return transfer.build();
  }

  private static TransitionRequest moving(Subscription.Builder source) {
    return emptyRequest()
        .addSource(source.build())
        .addTransfer(transfer("x1", AS_OF, source.build().id().value()))
        .build();
  }

  @Test
  void anEligibleSubscriptionTransferredIsApprovedWithNothingToDo() {
    TransitionDecision decision = evaluate(moving(held("sub-001")));
    assertCodes(decision);
    assertEquals(Verdict.APPROVED, decision.verdict());
    TransferTiming timing = decision.timeline().get(0).transfer().orElseThrow();
    assertEquals(TransferId.of("x1"), timing.transfer());
    assertEquals(AS_OF, timing.date());
    assertEquals(214, timing.billedDays(), "March 1 to September 30, both included");
  }

  @Test
  void theNewPartnerBillsFromTheTransferDateToTheTermEnd() {
    Subscription.Builder priced =
        held("sub-001")
            .monthlyPricePerSeat(Money.of(new BigDecimal("30"), Currency.getInstance("EUR")));
    TransferTiming timing = evaluate(moving(priced)).timeline().get(0).transfer().orElseThrow();
    assertTrue(timing.billedValue().orElseThrow().amount().signum() > 0);
    assertEquals("EUR", timing.billedValue().get().currency().getCurrencyCode());
  }

  @ParameterizedTest
  @EnumSource(TransferIneligibility.class)
  void eachReasonAloneMakesASubscriptionNotEligible(TransferIneligibility reason) {
    Subscription.Builder source = held("sub-001");
    switch (reason) {
      case CHANNEL -> source.channel(Channel.DIRECT).partnerId(java.util.Optional.empty());
      case LEGACY -> source.commerce(Commerce.LEGACY);
      case TRIAL -> source.trial(true);
      case STATUS -> source.status(SubscriptionStatus.SUSPENDED);
      case ENDED -> source.lastDayOfTerm(AS_OF.minusDays(1));
      case PENDING -> source.pendingTransfer(TransferId.of("x-other"));
    }
    TransitionDecision decision = evaluate(moving(source));
    Finding finding = decision.findings(FindingCode.TRANSFER_NOT_ELIGIBLE).get(0);
    assertEquals(reason.name(), finding.arguments().get("reason"));
    assertEquals(List.of("sub-001", "x1"), finding.subjects());
    assertEquals(Verdict.REJECTED, decision.verdict());
    assertTrue(finding.action().orElseThrow() instanceof PlanReplacement);
  }

  @Test
  void theFirstReasonInTheContractsOrderIsGiven() {
    Subscription.Builder everything =
        held("sub-001")
            .commerce(Commerce.LEGACY)
            .trial(true)
            .status(SubscriptionStatus.SUSPENDED)
            .pendingTransfer(TransferId.of("x-other"));
    assertEquals("LEGACY", reason(everything));
    assertEquals("TRIAL", reason(everything.commerce(Commerce.NCE)));
    assertEquals("STATUS", reason(everything.trial(false)));
    assertEquals("PENDING", reason(everything.status(SubscriptionStatus.ACTIVE)));
    assertEquals(
        "CHANNEL",
        reason(
            everything
                .channel(Channel.ENTERPRISE_AGREEMENT)
                .partnerId(java.util.Optional.empty())));
  }

  private static Object reason(Subscription.Builder source) {
    List<Finding> findings = evaluate(moving(source)).findings(FindingCode.TRANSFER_NOT_ELIGIBLE);
    assertEquals(1, findings.size(), findings::toString);
    return String.valueOf(findings.get(0).arguments().get("reason"));
  }

  @Test
  void aSubscriptionEndingOnTheTransferDateHasEndedButNotOneEndingTheDayAfter() {
    // Its end is its first day without service: the day after its last day of term.
    assertEquals("ENDED", reason(held("sub-001").lastDayOfTerm(AS_OF.minusDays(1))));
    assertCodes(evaluate(moving(held("sub-001").lastDayOfTerm(AS_OF))));
  }

  @Test
  void aPendingRequestHoldsBackOnlyWhenItIsAnotherRequest() {
    assertEquals("PENDING", reason(held("sub-001").pendingTransfer(TransferId.of("x9"))));
    assertCodes(evaluate(moving(held("sub-001").pendingTransfer(TransferId.of("x1")))));
  }

  @Test
  void aTransferDatedTheDayBeforeTheAsOfDateHasPassedButNotOneDatedThatDay() {
    TransitionRequest yesterday =
        emptyRequest()
            .addSource(held("sub-001").build())
            .addTransfer(transfer("x1", AS_OF.minusDays(1), "sub-001"))
            .build();
    TransitionDecision decision = evaluate(yesterday);
    assertCodes(decision, FindingCode.TRANSFER_DATE_PASSED);
    assertEquals(
        new RescheduleTransfer[] {
              RescheduleTransfer.of(TransferId.of("x1"), AS_OF.minusDays(1), AS_OF)
            }
            [0],
        decision.findings().get(0).action().orElseThrow());
    assertCodes(evaluate(moving(held("sub-001"))));
  }

  private static TransitionRequest transferring(int count) {
    TransitionRequest.Builder request = emptyRequest();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      request.addSource(held("sub-" + i).build());
      ids.add("sub-" + i);
    }
    return request.addTransfer(transfer("x1", AS_OF, ids.toArray(String[]::new))).build();
  }

  @Test
  void twentySixItemsAreTooManyForOneRequestButNotTwentyFive() {
    TransitionPipeline pipeline = Plans.pipeline();
    TransitionDecision decision = pipeline.evaluate(transferring(26));
    assertCodes(decision, FindingCode.TRANSFER_TOO_MANY_ITEMS);
    Finding finding = decision.findings().get(0);
    assertEquals(26, finding.arguments().get("count"));
    assertEquals(25, finding.arguments().get("maximum"));
    assertEquals(SplitTransfer.of(TransferId.of("x1"), 26, 25), finding.action().orElseThrow());
    assertCodes(pipeline.evaluate(transferring(25)));
  }

  @Test
  void theMaximumIsThePolicys() {
    TransitionPipeline strict =
        TransitionPipeline.builder()
            .offers(Plans.offers())
            .policy(TransitionPolicy.builder().maxItemsPerTransfer(3).build())
            .build();
    assertCodes(strict.evaluate(transferring(4)), FindingCode.TRANSFER_TOO_MANY_ITEMS);
    assertCodes(strict.evaluate(transferring(3)));
  }

  @Test
  void oneRequestMovesTheSubscriptionsOfOnePartner() {
    TransitionRequest mixed =
        emptyRequest()
            .addSource(held("sub-001").build())
            .addSource(held("sub-002").partnerId(PartnerId.of("1234567")).build())
            .addTransfer(transfer("x1", AS_OF, "sub-001", "sub-002"))
            .build();
    TransitionDecision decision = evaluate(mixed);
    assertCodes(decision, FindingCode.TRANSFER_MIXED_PARTNERS);
    assertEquals(
        List.of("1234567", "7654321"), decision.findings().get(0).arguments().get("partnerIds"));
    TransitionRequest twoRequests =
        emptyRequest()
            .addSource(held("sub-001").build())
            .addSource(held("sub-002").partnerId(PartnerId.of("1234567")).build())
            .addTransfer(transfer("x1", AS_OF, "sub-001"))
            .addTransfer(transfer("x2", AS_OF, "sub-002"))
            .build();
    assertCodes(evaluate(twoRequests));
  }

  private static TransitionRequest family(String[] baseTransfer, String[] addOnTransfer) {
    TransitionRequest.Builder request =
        emptyRequest()
            .addSource(held("base").build())
            .addSource(
                held("audio").offerId(Plans.AUDIO).parentId(SubscriptionId.of("base")).build());
    if (baseTransfer.length > 0) {
      request.addTransfer(transfer(baseTransfer[0], AS_OF, "base"));
    }
    if (addOnTransfer.length > 0) {
      if (baseTransfer.length > 0 && baseTransfer[0].equals(addOnTransfer[0])) {
        return emptyRequest()
            .addSource(held("base").build())
            .addSource(
                held("audio").offerId(Plans.AUDIO).parentId(SubscriptionId.of("base")).build())
            .addTransfer(transfer(baseTransfer[0], AS_OF, "base", "audio"))
            .build();
      }
      request.addTransfer(transfer(addOnTransfer[0], AS_OF, "audio"));
    }
    return request.build();
  }

  @Test
  void anAddOnMovesWithItsBaseInTheSameRequest() {
    assertCodes(evaluate(family(new String[] {"x1"}, new String[] {"x1"})));
    assertSituation(family(new String[] {}, new String[] {"x1"}), "ADDON_WITHOUT_BASE");
    assertSituation(family(new String[] {"x1"}, new String[] {}), "BASE_WITHOUT_ADDON");
    assertSituation(family(new String[] {"x1"}, new String[] {"x2"}), "DIFFERENT_REQUESTS");
  }

  private static void assertSituation(TransitionRequest request, String situation) {
    List<Finding> findings = evaluate(request).findings(FindingCode.TRANSFER_SPLITS_ADDON);
    assertEquals(1, findings.size(), () -> evaluate(request).findings().toString());
    assertEquals(situation, findings.get(0).arguments().get("situation"));
    assertEquals(List.of("audio", "base"), findings.get(0).subjects());
  }

  @Test
  void aTransferredSubscriptionBoughtAgainWouldBePaidTwice() {
    TransitionRequest both =
        emptyRequest()
            .addSource(held("sub-001").build())
            .addTarget(target("t1", "sub-001").start(LocalDate.of(2026, 9, 28)).build())
            .addTransfer(transfer("x1", AS_OF, "sub-001"))
            .build();
    TransitionDecision decision = evaluate(both);
    assertTrue(decision.has(FindingCode.TRANSFER_AND_REPLACEMENT), decision.findings()::toString);
    assertEquals(
        List.of("t1"),
        decision.findings(FindingCode.TRANSFER_AND_REPLACEMENT).get(0).arguments().get("targets"));
    TransitionRequest replacedOnly =
        emptyRequest()
            .addSource(held("sub-001").build())
            .addTarget(target("t1", "sub-001").start(LocalDate.of(2026, 9, 28)).build())
            .build();
    assertTrue(!evaluate(replacedOnly).has(FindingCode.TRANSFER_AND_REPLACEMENT));
  }

  @Test
  void aTransferredSourceNeedsNoTargetAndRaisesNoCountOrTimingFinding() {
    TransitionDecision decision = evaluate(moving(held("sub-001").assignedLicenses(50)));
    assertCodes(decision);
    assertTrue(decision.timeline().get(0).targets().isEmpty());
  }

  @Test
  void theRelationshipAndRegionRulesApplyToTransfersUnchanged() {
    TransitionRequest noRelationship =
        TransitionRequest.builder()
            .from(moving(held("sub-001")))
            .customer(Plans.customer(org.csptransfer.core.RelationshipStatus.INVITED).build())
            .build();
    assertCodes(evaluate(noRelationship), FindingCode.RELATIONSHIP_PENDING);
  }
}
