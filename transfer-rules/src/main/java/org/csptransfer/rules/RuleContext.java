package org.csptransfer.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.Money;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransferPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.internal.Lifecycle;

/**
 * What a rule may consult besides the request: the catalogs and the policy of the pipeline, and
 * indexes of the request built once per evaluation (the targets replacing each source, and each
 * source's timeline), so that no rule loops over all sources times all targets.
 *
 * <p>Immutable and built by the pipeline for each evaluation; build one with {@link #of} to test a
 * rule on its own.
 */
public final class RuleContext {

  private final TransitionRequest request;
  private final RegionCatalog regions;
  private final OfferCatalog offers;
  private final TransferPolicy policy;
  private final Map<SubscriptionId, List<PlannedSubscription>> targetsBySource;
  private final ImmutableMap<SubscriptionId, SourceTimeline> timelines;

  private RuleContext(
      TransitionRequest request,
      RegionCatalog regions,
      OfferCatalog offers,
      TransferPolicy policy) {
    this.request = request;
    this.regions = regions;
    this.offers = offers;
    this.policy = policy;
    this.targetsBySource = indexTargets(request);
    ImmutableMap.Builder<SubscriptionId, SourceTimeline> timeline =
        ImmutableMap.builderWithExpectedSize(request.sources().size());
    for (Subscription source : request.sources()) {
      timeline.put(source.id(), timelineOf(source));
    }
    this.timelines = timeline.buildOrThrow();
  }

  /**
   * Returns the context of one evaluation.
   *
   * @param request the request being evaluated; not null
   * @param regions the region table; not null
   * @param offers the offer catalog; not null
   * @param policy the policy; not null
   * @return the context, with its indexes built
   * @throws NullPointerException if an argument is null
   */
  public static RuleContext of(
      TransitionRequest request,
      RegionCatalog regions,
      OfferCatalog offers,
      TransferPolicy policy) {
    return new RuleContext(
        requireNonNull(request, "request"),
        requireNonNull(regions, "regions"),
        requireNonNull(offers, "offers"),
        requireNonNull(policy, "policy"));
  }

  private static Map<SubscriptionId, List<PlannedSubscription>> indexTargets(
      TransitionRequest request) {
    Map<SubscriptionId, List<PlannedSubscription>> index = new HashMap<>();
    for (PlannedSubscription target : request.targets()) {
      for (SubscriptionId replaced : target.replacedSourceIds()) {
        index.computeIfAbsent(replaced, id -> new ArrayList<>(1)).add(target);
      }
    }
    return index;
  }

  private SourceTimeline timelineOf(Subscription source) {
    LocalDate end = source.end();
    int grace = source.isCancelled() ? 0 : policy.expiredGraceDays();
    LocalDate disabledFrom = end.plusDays(grace);
    long forfeitedDays =
        source.cancelOn().map(cancelOn -> Lifecycle.forfeitedDays(source, cancelOn)).orElse(0L);
    Optional<Money> forfeitedValue =
        forfeitedDays == 0
            ? Optional.empty()
            : source
                .unitPrice()
                .map(price -> Lifecycle.forfeitedValue(price, source.quantity(), forfeitedDays));
    List<PlannedSubscription> targets = targetsReplacing(source.id());
    List<TargetTiming> replacements = new ArrayList<>(targets.size());
    for (PlannedSubscription target : targets) {
      replacements.add(
          new TargetTiming(
              target.id(),
              target.start(),
              Lifecycle.gapDays(end, target.start()),
              Lifecycle.overlapDays(end, target.start())));
    }
    return new SourceTimeline(
        source.id(),
        end,
        source.isCancelled() ? EndReason.CANCELLATION : EndReason.TERM_END,
        disabledFrom,
        disabledFrom.plusDays(policy.disabledDays()),
        forfeitedDays,
        forfeitedValue,
        replacements);
  }

  /**
   * Returns the request being evaluated.
   *
   * @return the request
   */
  public TransitionRequest request() {
    return request;
  }

  /**
   * Returns the region table.
   *
   * @return the region catalog
   */
  public RegionCatalog regions() {
    return regions;
  }

  /**
   * Returns the offer catalog.
   *
   * @return the offers
   */
  public OfferCatalog offers() {
    return offers;
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public TransferPolicy policy() {
    return policy;
  }

  /**
   * Returns the targets that replace a source.
   *
   * @param source the source's id; not null
   * @return the targets naming it in their replaced sources, in plan order; empty if none
   */
  public List<PlannedSubscription> targetsReplacing(SubscriptionId source) {
    List<PlannedSubscription> targets = targetsBySource.get(source);
    return targets == null ? ImmutableList.of() : targets;
  }

  /**
   * Tells whether any target replaces a source.
   *
   * @param source the source's id; not null
   * @return true if at least one target names it
   */
  public boolean isReplaced(SubscriptionId source) {
    return targetsBySource.containsKey(source);
  }

  /**
   * Returns the timeline of a source.
   *
   * @param source a source of the request; not null
   * @return its timeline
   * @throws IllegalArgumentException if the request has no such source
   */
  public SourceTimeline timelineOf(SubscriptionId source) {
    SourceTimeline timeline = timelines.get(source);
    if (timeline == null) {
      throw new IllegalArgumentException("timeline: " + source + " is not a source of the request");
    }
    return timeline;
  }

  /**
   * Returns the timeline of every source.
   *
   * @return one timeline per source, in the request's order
   */
  public List<SourceTimeline> timeline() {
    return timelines.values().asList();
  }
}
