package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.junit.jupiter.api.Test;

/** What the pipeline works out once per evaluation for the rules. */
class RuleContextTest {

  private final Subscription first = source("sub-1").build();
  private final Subscription second = source("sub-2").offerId(OfferId.of("RETIRED")).build();
  private final Subscription lonely = source("sub-3").build();
  private final PlannedSubscription both = target("t1", "sub-1", "sub-2").build();
  private final PlannedSubscription again =
      target("t2", "sub-1").offerId(OfferId.of("NOPE")).build();
  private final PlannedSubscription teams =
      target("t3").offerId(Plans.TEAMS).stacksOn(SubscriptionId.of("t1")).build();
  private final Transfer transfer =
      Transfer.builder()
          .id(TransferId.of("x1"))
          .date(Plans.AS_OF)
          .addSourceId(SubscriptionId.of("sub-3"))
          .build();
  private final TransitionRequest request =
      emptyRequest()
          .addSources(first, second, lonely)
          .addTargets(both, again, teams)
          .addTransfer(transfer)
          .build();
  private final RuleContext context =
      RuleContext.of(request, RegionCatalog.csp2021(), Plans.offers(), TransitionPolicy.defaults());

  @Test
  void knowsWhichTargetsReplaceEachSource() {
    assertEquals(List.of(both, again), context.targetsReplacing(SubscriptionId.of("sub-1")));
    assertEquals(List.of(both), context.targetsReplacing(SubscriptionId.of("sub-2")));
    assertEquals(List.of(), context.targetsReplacing(SubscriptionId.of("sub-3")));
    assertEquals(List.of(), context.targetsReplacing(SubscriptionId.of("sub-404")));
    assertTrue(context.isReplaced(SubscriptionId.of("sub-2")));
    assertFalse(context.isReplaced(SubscriptionId.of("sub-3")));
    assertFalse(context.isReplaced(SubscriptionId.of("sub-404")));
    assertArrayEquals(new int[] {0, 1}, context.replacing(0));
    assertNull(context.replacing(2));
    assertArrayEquals(new int[] {0, 1}, context.replacedBy(0));
  }

  @Test
  void knowsWhichTargetsStackOnEachTarget() {
    assertEquals(List.of(teams), context.targetsStackedOn(SubscriptionId.of("t1")));
    assertEquals(List.of(), context.targetsStackedOn(SubscriptionId.of("t2")));
    assertEquals(List.of(), context.targetsStackedOn(SubscriptionId.of("t9")));
    assertEquals(0, context.baseOf(2));
    assertEquals(-1, context.baseOf(0));
  }

  @Test
  void knowsWhichTransferMovesEachSource() {
    assertEquals(Optional.of(transfer), context.transferOf(SubscriptionId.of("sub-3")));
    assertEquals(Optional.empty(), context.transferOf(SubscriptionId.of("sub-1")));
    assertTrue(context.isTransferred(SubscriptionId.of("sub-3")));
    assertFalse(context.isTransferred(SubscriptionId.of("sub-404")));
  }

  @Test
  void resolvesEachOfferOnceAtBuildTime() {
    assertEquals(Plans.offers().find(Plans.E3), context.sourceOffer(0));
    assertEquals(Optional.empty(), context.sourceOffer(1));
    assertEquals(Plans.offers().find(Plans.E3), context.targetOffer(0));
    assertEquals(Optional.empty(), context.targetOffer(1));
  }

  @Test
  void holdsATimelinePerSourceWithEveryTargetServingItsUsers() {
    assertEquals(3, context.timeline().size());
    SourceTimeline firstTimeline = context.timelineOf(SubscriptionId.of("sub-1"));
    assertEquals(
        List.of("t1", "t3", "t2"),
        firstTimeline.targets().stream().map(timing -> timing.target().value()).toList());
    assertEquals(Optional.of(SubscriptionId.of("t1")), firstTimeline.targets().get(1).stacksOn());
    assertEquals(
        TransferId.of("x1"),
        context.timelineOf(SubscriptionId.of("sub-3")).transfer().orElseThrow().transfer());
    assertThrows(IllegalArgumentException.class, () -> context.timelineOf(SubscriptionId.of("x")));
    assertSame(request, context.request());
    assertSame(Plans.offers(), context.offers());
    assertEquals(TransitionPolicy.defaults(), context.policy());
    assertSame(RegionCatalog.csp2021(), context.regions());
  }

  @Test
  void aContextKnowsTheLifecycleTableItsTimelinesComeFrom() {
    TransitionRequest request = Plans.plan();
    RuleContext standard =
        RuleContext.of(
            request,
            org.csptransfer.core.RegionCatalog.csp2021(),
            Plans.offers(),
            org.csptransfer.core.TransitionPolicy.defaults());
    assertEquals(org.csptransfer.core.LifecycleTable.microsoft2026(), standard.lifecycles());
    org.csptransfer.core.LifecycleTable longer =
        org.csptransfer.core.LifecycleTable.builder()
            .channel(
                org.csptransfer.core.Channel.DIRECT,
                org.csptransfer.core.SubscriptionLifecycle.of(45, 90, 90))
            .build();
    RuleContext own =
        RuleContext.of(
            request,
            org.csptransfer.core.RegionCatalog.csp2021(),
            Plans.offers(),
            org.csptransfer.core.TransitionPolicy.defaults(),
            longer);
    assertEquals(longer, own.lifecycles());
    assertEquals(45, own.timeline().get(0).graceDays());
  }
}
