package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransferPolicy;
import org.csptransfer.core.TransitionRequest;
import org.junit.jupiter.api.Test;

/** The per-evaluation indexes a rule may consult. */
class RuleContextTest {

  private final Subscription first = source("sub-1").build();
  private final Subscription second = source("sub-2").offerId(OfferId.of("RETIRED")).build();
  private final Subscription lonely = source("sub-3").build();
  private final PlannedSubscription both = target("t1", "sub-1", "sub-2").build();
  private final PlannedSubscription again =
      target("t2", "sub-1").offerId(OfferId.of("NOPE")).build();
  private final TransitionRequest request =
      emptyRequest().addSources(first, second, lonely).addTargets(both, again).build();
  private final RuleContext context =
      RuleContext.of(request, RegionCatalog.csp2021(), Plans.offers(), TransferPolicy.defaults());

  @Test
  void knowsWhichTargetsReplaceEachSource() {
    assertEquals(List.of(both, again), context.targetsReplacing(0));
    assertEquals(List.of(both), context.targetsReplacing(1));
    assertEquals(List.of(), context.targetsReplacing(2));
    assertEquals(List.of(both, again), context.targetsReplacing(SubscriptionId.of("sub-1")));
    assertEquals(List.of(), context.targetsReplacing(SubscriptionId.of("sub-404")));
    assertTrue(context.isReplaced(SubscriptionId.of("sub-2")));
    assertFalse(context.isReplaced(SubscriptionId.of("sub-3")));
  }

  @Test
  void knowsWhichSourcesEachTargetReplaces() {
    assertEquals(List.of(first, second), context.sourcesReplacedBy(0));
    assertEquals(List.of(first), context.sourcesReplacedBy(1));
  }

  @Test
  void knowsThePositionsOfTheSourcesEachTargetReplaces() {
    assertEquals(ImmutableIntArray.of(0, 1), context.sourcePositionsReplacedBy(0));
    assertEquals(ImmutableIntArray.of(0), context.sourcePositionsReplacedBy(1));
  }

  @Test
  void looksEachOfferUpOnce() {
    assertEquals(Plans.offers().find(Plans.E3), context.sourceOffer(0));
    assertEquals(Optional.empty(), context.sourceOffer(1));
    assertEquals(Plans.offers().find(Plans.E3), context.targetOffer(0));
    assertEquals(Optional.empty(), context.targetOffer(1));
  }

  @Test
  void holdsATimelinePerSourceAndTheInputs() {
    assertEquals(3, context.timeline().size());
    assertEquals(
        SubscriptionId.of("sub-3"), context.timelineOf(SubscriptionId.of("sub-3")).source());
    assertThrows(IllegalArgumentException.class, () -> context.timelineOf(SubscriptionId.of("x")));
    assertSame(request, context.request());
    assertSame(Plans.offers(), context.offers());
    assertEquals(TransferPolicy.defaults(), context.policy());
    assertSame(RegionCatalog.csp2021(), context.regions());
  }
}
