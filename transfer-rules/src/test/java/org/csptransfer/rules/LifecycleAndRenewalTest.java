package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.PARTNER;
import static org.csptransfer.rules.Plans.assertCodes;
import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.plan;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.AutoRenewAssumption;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.LifecycleTable;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionLifecycle;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TenantId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.rules.action.TurnOffAutoRenew;
import org.junit.jupiter.api.Test;

/** CONTRACT.md, "Version 3": lifecycles by channel, renewal, who still uses a source, identity. */
class LifecycleAndRenewalTest {

  private static final PartnerId NORTHWIND = PartnerId.of("7654321");
  private static final String NORTHWIND_TENANT = "9f8e7d6c-5b4a-4392-8170-6e5d4c3b2a19";

  private static TransitionDecision startingOn(Subscription.Builder source, LocalDate start) {
    return evaluate(plan(source, target("t1", "sub-001").start(start)));
  }

  private static Subscription.Builder cspSource() {
    return source("sub-001").channel(Channel.CSP).partnerId(NORTHWIND);
  }

  @Test
  void anEnterpriseAgreementStopsServingOnItsEndDateSoOneDayLateIsAnInterruption() {
    Subscription.Builder ea = source("sub-001").channel(Channel.ENTERPRISE_AGREEMENT);
    assertCodes(startingOn(ea, LocalDate.of(2026, 4, 1)));
    TransitionDecision late = startingOn(ea, LocalDate.of(2026, 4, 2));
    assertCodes(late, FindingCode.SERVICE_INTERRUPTION);
    assertEquals(
        LocalDate.of(2026, 4, 1), late.findings().get(0).arguments().get("firstDayDisabled"));
    SourceTimeline timeline = late.timeline().get(0);
    assertEquals(0, timeline.graceDays());
    assertEquals(150, timeline.disabledDays());
    assertEquals(LocalDate.of(2026, 8, 29), timeline.firstDayDeleted());
    assertCodes(startingOn(ea, LocalDate.of(2026, 8, 29)), FindingCode.SERVICE_INTERRUPTION);
    assertCodes(startingOn(ea, LocalDate.of(2026, 8, 30)), FindingCode.DATA_LOSS);
  }

  @Test
  void aDirectSourceKeepsThirtyDaysExpiredThenNinety() {
    assertCodes(startingOn(source("sub-001"), LocalDate.of(2026, 5, 1)), FindingCode.SERVICE_GAP);
    assertCodes(
        startingOn(source("sub-001"), LocalDate.of(2026, 5, 2)), FindingCode.SERVICE_INTERRUPTION);
    assertCodes(
        startingOn(source("sub-001"), LocalDate.of(2026, 7, 30)), FindingCode.SERVICE_INTERRUPTION);
    assertCodes(startingOn(source("sub-001"), LocalDate.of(2026, 7, 31)), FindingCode.DATA_LOSS);
  }

  @Test
  void aCancelledCspNewCommerceSourceIsDeletedSevenDaysAfterItsCancellation() {
    Subscription.Builder cancelled =
        cspSource()
            .disposition(Disposition.CANCEL)
            .cancelOn(LocalDate.of(2026, 3, 20))
            .lastRefundableDay(LocalDate.of(2026, 3, 25));
    TransitionDecision decision =
        evaluate(plan(cancelled, target("t1", "sub-001").start(LocalDate.of(2026, 3, 27))));
    SourceTimeline timeline = decision.timeline().get(0);
    assertEquals(LocalDate.of(2026, 3, 20), timeline.firstDayDisabled());
    assertEquals(LocalDate.of(2026, 3, 27), timeline.firstDayDeleted());
    assertCodes(decision, FindingCode.SERVICE_INTERRUPTION);
    TransitionDecision eightDays =
        evaluate(plan(cancelled, target("t1", "sub-001").start(LocalDate.of(2026, 3, 28))));
    assertCodes(eightDays, FindingCode.DATA_LOSS);
    TransitionDecision legacy =
        evaluate(
            plan(
                cancelled.commerce(Commerce.LEGACY),
                target("t1", "sub-001").start(LocalDate.of(2026, 3, 28))));
    assertCodes(legacy, FindingCode.SERVICE_INTERRUPTION);
    assertEquals(LocalDate.of(2026, 6, 18), legacy.timeline().get(0).firstDayDeleted());
  }

  @Test
  void aTrialIsDeletedWhenItsExpiredPeriodEnds() {
    Subscription.Builder trial = source("sub-001").trial(true);
    SourceTimeline timeline = startingOn(trial, LocalDate.of(2026, 4, 1)).timeline().get(0);
    assertEquals(LocalDate.of(2026, 5, 1), timeline.firstDayDisabled());
    assertEquals(LocalDate.of(2026, 5, 1), timeline.firstDayDeleted());
    assertCodes(startingOn(trial, LocalDate.of(2026, 5, 1)), FindingCode.SERVICE_GAP);
    assertCodes(startingOn(trial, LocalDate.of(2026, 5, 2)), FindingCode.DATA_LOSS);
  }

  @Test
  void theOverridesRestoreVersionTwosJudgementForEveryChannel() {
    TransitionPolicy version2 =
        TransitionPolicy.builder()
            .expiredGraceDays(30)
            .disabledDays(90)
            .cancelledRetentionDays(90)
            .unknownAutoRenew(AutoRenewAssumption.ASSUME_OFF)
            .build();
    TransitionPipeline pipeline =
        TransitionPipeline.builder().offers(Plans.offers()).policy(version2).build();
    Subscription.Builder ea =
        source("sub-001").channel(Channel.ENTERPRISE_AGREEMENT).autoRenew(Optional.empty());
    TransitionDecision decision =
        pipeline.evaluate(plan(ea, target("t1", "sub-001").start(LocalDate.of(2026, 5, 1))));
    assertCodes(decision, FindingCode.SERVICE_GAP);
    TransitionDecision cancelled =
        pipeline.evaluate(
            plan(
                cspSource().disposition(Disposition.CANCEL).cancelOn(LocalDate.of(2026, 4, 1)),
                target("t1", "sub-001").start(LocalDate.of(2026, 6, 30))));
    assertCodes(cancelled, FindingCode.SERVICE_INTERRUPTION);
    assertEquals(LocalDate.of(2026, 6, 30), cancelled.timeline().get(0).firstDayDeleted());
  }

  @Test
  void theLifecycleTableOfThePipelineIsReplaceable() {
    TransitionPipeline longer =
        TransitionPipeline.builder()
            .offers(Plans.offers())
            .lifecycles(
                LifecycleTable.builder()
                    .channel(Channel.DIRECT, SubscriptionLifecycle.of(60, 90, 90))
                    .build())
            .build();
    TransitionDecision decision =
        longer.evaluate(
            plan(source("sub-001"), target("t1", "sub-001").start(LocalDate.of(2026, 5, 31))));
    assertCodes(decision, FindingCode.SERVICE_GAP);
    assertEquals(60, decision.findings().get(0).arguments().get("graceDays"));
    assertEquals(longer.lifecycles(), longer.toBuilder().build().lifecycles());
  }

  @Test
  void aSourceLeftToExpireWithRenewalOnOrUnknownRenewsBesideItsReplacement() {
    Subscription.Builder unknown = source("sub-001").autoRenew(Optional.empty());
    TransitionDecision decision = evaluate(plan(unknown, target("t1", "sub-001")));
    assertCodes(decision, FindingCode.AUTO_RENEWAL_ON);
    Finding finding = decision.findings().get(0);
    assertEquals(
        Map.of("source", "sub-001", "renewsOn", LocalDate.of(2026, 4, 1), "known", false),
        finding.arguments());
    RequiredAction action = finding.action().orElseThrow();
    assertEquals(
        TurnOffAutoRenew.of(
            SubscriptionId.of("sub-001"), LocalDate.of(2026, 3, 31), Optional.empty()),
        action);
    assertEquals(Actor.CUSTOMER, action.actor());
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, decision.verdict());
    TransitionDecision on =
        evaluate(plan(source("sub-001").autoRenew(true), target("t1", "sub-001")));
    assertEquals(true, on.findings().get(0).arguments().get("known"));
    TransitionDecision held = evaluate(plan(cspSource().autoRenew(true), target("t1", "sub-001")));
    assertEquals(Actor.CURRENT_PARTNER, held.actions().get(0).actor());
    assertEquals(Optional.of(NORTHWIND), held.actions().get(0).actorPartnerId());
  }

  @Test
  void renewalIsNoConcernWhenOffUnassumedCancelledInactiveUnreplacedOrTransferred() {
    assertCodes(evaluate(plan(source("sub-001").autoRenew(false), target("t1", "sub-001"))));
    TransitionPipeline assumeOff =
        TransitionPipeline.builder()
            .offers(Plans.offers())
            .policy(
                TransitionPolicy.builder().unknownAutoRenew(AutoRenewAssumption.ASSUME_OFF).build())
            .build();
    assertCodes(
        assumeOff.evaluate(
            plan(source("sub-001").autoRenew(Optional.empty()), target("t1", "sub-001"))));
    assertCodes(
        evaluate(
            plan(
                source("sub-001")
                    .autoRenew(true)
                    .disposition(Disposition.CANCEL)
                    .cancelOn(LocalDate.of(2026, 4, 1)),
                target("t1", "sub-001").start(LocalDate.of(2026, 3, 29)))));
    assertCodes(
        evaluate(
            plan(
                source("sub-001").autoRenew(true).status(SubscriptionStatus.EXPIRED),
                target("t1", "sub-001"))),
        FindingCode.SOURCE_INACTIVE);
    assertCodes(
        evaluate(
            emptyRequest()
                .addSource(source("sub-001").autoRenew(true).assignedLicenses(0).build())
                .build()));
    TransitionRequest transferred =
        emptyRequest()
            .addSource(cspSource().autoRenew(true).build())
            .addTransfer(
                Transfer.builder()
                    .id(TransferId.of("x1"))
                    .date(Plans.AS_OF)
                    .addSourceId(SubscriptionId.of("sub-001"))
                    .build())
            .build();
    assertCodes(evaluate(transferred));
  }

  @Test
  void aCancellationPastItsWindowSaysWhetherMicrosoftStillAllowsIt() {
    LocalDate early = LocalDate.of(2026, 3, 20);
    for (Channel channel : Channel.values()) {
      for (Commerce commerce : Commerce.values()) {
        Subscription.Builder cancelled =
            source("sub-001")
                .channel(channel)
                .partnerId(channel == Channel.CSP ? Optional.of(NORTHWIND) : Optional.empty())
                .commerce(commerce)
                .disposition(Disposition.CANCEL)
                .cancelOn(early);
        Finding finding =
            evaluate(plan(cancelled, target("t1", "sub-001").start(LocalDate.of(2026, 3, 18))))
                .findings()
                .get(0);
        assertEquals(FindingCode.EARLY_CANCELLATION.name(), finding.code());
        boolean refused =
            channel == Channel.DIRECT || (channel == Channel.CSP && commerce == Commerce.NCE);
        assertEquals(!refused, finding.arguments().get("cancellable"), channel + " " + commerce);
        RequiredAction letExpire = finding.action().orElseThrow();
        assertEquals(
            channel == Channel.CSP ? Actor.CURRENT_PARTNER : Actor.CUSTOMER, letExpire.actor());
      }
    }
  }

  @Test
  void aSourceHeldThroughThePartnersTenantIdIsTheSamePartnerWhateverTheCase() {
    TransitionRequest request =
        emptyRequest()
            .partner(Plans.partner().tenantId(TenantId.parse(NORTHWIND_TENANT)).build())
            .addSource(
                source("sub-001")
                    .channel(Channel.CSP)
                    .partnerId(PartnerId.of(NORTHWIND_TENANT.toUpperCase(Locale.ROOT)))
                    .build())
            .addTarget(target("t1", "sub-001").build())
            .build();
    assertCodes(evaluate(request), FindingCode.SAME_PARTNER);
    TransitionRequest withoutTenant =
        emptyRequest()
            .addSource(
                source("sub-001")
                    .channel(Channel.CSP)
                    .partnerId(PartnerId.of(NORTHWIND_TENANT))
                    .build())
            .addTarget(target("t1", "sub-001").build())
            .build();
    assertCodes(evaluate(withoutTenant));
    TransitionRequest byMpnId =
        emptyRequest()
            .addSource(source("sub-001").channel(Channel.CSP).partnerId(PARTNER).build())
            .addTarget(target("t1", "sub-001").build())
            .build();
    assertCodes(evaluate(byMpnId), FindingCode.SAME_PARTNER);
  }

  @Test
  void oneTransferRequestMayNameItsPartnerInEitherCase() {
    String lower = NORTHWIND_TENANT;
    TransitionRequest request =
        emptyRequest()
            .addSource(cspSource().partnerId(PartnerId.of(lower)).build())
            .addSource(
                source("sub-002")
                    .channel(Channel.CSP)
                    .partnerId(PartnerId.of(lower.toUpperCase(Locale.ROOT)))
                    .build())
            .addTransfer(
                Transfer.builder()
                    .id(TransferId.of("x1"))
                    .date(Plans.AS_OF)
                    .addSourceId(SubscriptionId.of("sub-001"))
                    .addSourceId(SubscriptionId.of("sub-002"))
                    .build())
            .build();
    assertCodes(evaluate(request));
    TransitionRequest two =
        emptyRequest()
            .addSource(cspSource().build())
            .addSource(
                source("sub-002").channel(Channel.CSP).partnerId(PartnerId.of(lower)).build())
            .addTransfer(
                Transfer.builder()
                    .id(TransferId.of("x1"))
                    .date(Plans.AS_OF)
                    .addSourceId(SubscriptionId.of("sub-001"))
                    .addSourceId(SubscriptionId.of("sub-002"))
                    .build())
            .build();
    assertCodes(evaluate(two), FindingCode.TRANSFER_MIXED_PARTNERS);
  }

  @Test
  void relationshipsMatchTheTargetPartnersGuidWithoutCase() {
    PartnerId guid = PartnerId.of(NORTHWIND_TENANT);
    TransitionRequest request =
        emptyRequest()
            .partner(Plans.partner().id(guid).build())
            .customer(
                Plans.customer(org.csptransfer.core.RelationshipStatus.ACCEPTED)
                    .relationships(List.of())
                    .addRelationship(
                        org.csptransfer.core.Relationship.of(
                            PartnerId.of(NORTHWIND_TENANT.toUpperCase(Locale.ROOT)),
                            org.csptransfer.core.RelationshipStatus.ACCEPTED))
                    .build())
            .build();
    assertCodes(evaluate(request));
  }
}
