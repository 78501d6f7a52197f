package org.csptransfer.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.LifecycleTable;
import org.csptransfer.core.Money;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionLifecycle;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.core.internal.CoreAccess;
import org.csptransfer.rules.internal.Lifecycle;
import org.jspecify.annotations.Nullable;

/**
 * What a rule judges: the request, the pipeline's catalogs and policy, and what the pipeline works
 * out once per evaluation so that no rule loops over all sources times all targets: which targets
 * replace each source, which targets stack on each target, which transfer moves each source, and
 * each source's timeline.
 *
 * <p>Immutable and built by the pipeline for each evaluation; build one with {@link #of} to test a
 * rule on its own.
 */
public final class RuleContext {

  private final TransitionRequest request;
  private final RegionCatalog regions;
  private final OfferCatalog offers;
  private final TransitionPolicy policy;
  private final LifecycleTable lifecycles;

  /** Each source's and each target's offer, looked up once. */
  private final Optional<Offer>[] sourceOffers;

  private final Optional<Offer>[] targetOffers;

  /** The positions of the targets replacing each source; null for none. */
  private final int[] @Nullable [] replacing;

  /** The positions of the sources each target replaces. */
  private final int[][] replaced;

  /** The positions of the targets stacked on each target; null for none. */
  private final int[] @Nullable [] stacked;

  /** The position of the target each stacked target stacks on; -1 for a target that does not. */
  private final int[] base;

  /** The transfer moving each source; null for none. */
  private final @Nullable Transfer[] transfers;

  private final List<SourceTimeline> timeline;

  private RuleContext(
      TransitionRequest request,
      RegionCatalog regions,
      OfferCatalog offers,
      TransitionPolicy policy,
      LifecycleTable lifecycles) {
    this.request = request;
    this.regions = regions;
    this.offers = offers;
    this.policy = policy;
    this.lifecycles = lifecycles;
    List<Subscription> sources = request.sources();
    List<PlannedSubscription> targets = request.targets();
    int n = sources.size();
    int m = targets.size();
    this.sourceOffers = newOptionalArray(n);
    for (int i = 0; i < n; i++) {
      sourceOffers[i] = offers.find(sources.get(i).offerId());
    }
    this.targetOffers = newOptionalArray(m);
    this.replaced = new int[m][];
    this.base = new int[m];
    Map<SubscriptionId, Integer> targetPositions = stackingIndex(targets);
    int[] replacements = new int[n];
    int[] stackings = new int[m];
    for (int t = 0; t < m; t++) {
      PlannedSubscription target = targets.get(t);
      targetOffers[t] = offers.find(target.offerId());
      List<SubscriptionId> ids = target.replacedSourceIds();
      int[] positions = new int[ids.size()];
      for (int r = 0; r < positions.length; r++) {
        positions[r] = CoreAccess.positionOf(request, ids.get(r));
        replacements[positions[r]]++;
      }
      replaced[t] = positions;
      // The request guarantees that a stacked target names a target of the plan.
      Integer on =
          target.stacksOn().isPresent() && targetPositions != null
              ? targetPositions.get(target.stacksOn().get())
              : null;
      base[t] = on == null ? -1 : on;
      if (base[t] >= 0) {
        stackings[base[t]]++;
      }
    }
    // Second pass: each source's replacing targets and each target's stacked ones, in plan order,
    // in arrays sized by the counts above.
    this.replacing = new int[n][];
    this.stacked = new int[m][];
    int[] filledReplacing = new int[n];
    int[] filledStacked = new int[m];
    for (int t = 0; t < m; t++) {
      for (int source : replaced[t]) {
        int[] list = replacing[source];
        if (list == null) {
          list = new int[replacements[source]];
          replacing[source] = list;
        }
        list[filledReplacing[source]++] = t;
      }
      int on = base[t];
      if (on >= 0) {
        int[] list = stacked[on];
        if (list == null) {
          list = new int[stackings[on]];
          stacked[on] = list;
        }
        list[filledStacked[on]++] = t;
      }
    }
    this.transfers = new Transfer[n];
    for (Transfer transfer : request.transfers()) {
      for (SubscriptionId source : transfer.sourceIds()) {
        transfers[CoreAccess.positionOf(request, source)] = transfer;
      }
    }
    SourceTimeline[] timelines = new SourceTimeline[n];
    for (int i = 0; i < n; i++) {
      timelines[i] = timelineOf(i);
    }
    this.timeline = List.of(timelines);
  }

  /**
   * Returns the context of one evaluation, with Microsoft's {@link LifecycleTable#microsoft2026()
   * lifecycles}.
   *
   * @param request the request being evaluated; not null
   * @param regions the region table; not null
   * @param offers the offer catalog, with the service plan tiers it compares by; not null
   * @param policy the policy; not null
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  public static RuleContext of(
      TransitionRequest request,
      RegionCatalog regions,
      OfferCatalog offers,
      TransitionPolicy policy) {
    return of(request, regions, offers, policy, LifecycleTable.microsoft2026());
  }

  /**
   * Returns the context of one evaluation.
   *
   * @param request the request being evaluated; not null
   * @param regions the region table; not null
   * @param offers the offer catalog, with the service plan tiers it compares by; not null
   * @param policy the policy; not null
   * @param lifecycles the lifecycle table the sources' days come from; not null
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  public static RuleContext of(
      TransitionRequest request,
      RegionCatalog regions,
      OfferCatalog offers,
      TransitionPolicy policy,
      LifecycleTable lifecycles) {
    return new RuleContext(
        requireNonNull(request, "request"),
        requireNonNull(regions, "regions"),
        requireNonNull(offers, "offers"),
        requireNonNull(policy, "policy"),
        requireNonNull(lifecycles, "lifecycles"));
  }

  @SuppressWarnings("unchecked") // arrays of a generic type, never exposed
  private static <T> Optional<T>[] newOptionalArray(int length) {
    return (Optional<T>[]) new Optional<?>[length];
  }

  /** Target positions by id, built only when a target stacks: most plans need none. */
  private static @Nullable Map<SubscriptionId, Integer> stackingIndex(
      List<PlannedSubscription> targets) {
    Map<SubscriptionId, Integer> positions = null;
    for (PlannedSubscription target : targets) {
      if (target.isStacked()) {
        positions = new HashMap<>(targets.size() * 2);
        for (int t = 0; t < targets.size(); t++) {
          positions.put(targets.get(t).id(), t);
        }
        break;
      }
    }
    return positions;
  }

  private SourceTimeline timelineOf(int position) {
    Subscription source = request.sources().get(position);
    LocalDate end = source.firstDayWithoutService();
    boolean cancelled = source.isCancelled();
    long forfeitedDays =
        cancelled && source.cancelOn().isPresent()
            ? Lifecycle.forfeitedDays(source, source.cancelOn().get())
            : 0;
    Money forfeitedValue =
        forfeitedDays > 0 && source.monthlyPricePerSeat().isPresent()
            ? Lifecycle.valueOfDays(
                source.monthlyPricePerSeat().get(), source.quantity(), forfeitedDays)
            : null;
    List<TargetTiming> timings = List.of();
    int[] targets = replacing[position];
    if (targets != null) {
      List<PlannedSubscription> planned = request.targets();
      List<TargetTiming> list = new ArrayList<>(targets.length);
      for (int t : targets) {
        PlannedSubscription target = planned.get(t);
        list.add(timing(end, target, null));
        int[] onTop = stacked[t];
        if (onTop != null) {
          for (int u : onTop) {
            list.add(timing(end, planned.get(u), target.id()));
          }
        }
      }
      timings = list;
    }
    Transfer transfer = transfers[position];
    TransferTiming transferTiming = null;
    if (transfer != null) {
      long billed = Lifecycle.billedDays(source, transfer.date());
      transferTiming =
          TransferTiming.of(
              transfer.id(),
              transfer.date(),
              billed,
              billed > 0 && source.monthlyPricePerSeat().isPresent()
                  ? Lifecycle.valueOfDays(
                      source.monthlyPricePerSeat().get(), source.quantity(), billed)
                  : null);
    }
    // CONTRACT.md, "Version 3", clarification 2: the source's row and the overrides; cancelling
    // skips the expired state and keeps the data for the cancellation days only.
    SubscriptionLifecycle lifecycle = lifecycles.lifecycleOf(source, policy);
    return SourceTimeline.of(
        source.id(),
        end,
        cancelled ? EndReason.CANCELLATION : EndReason.TERM_END,
        cancelled ? 0 : lifecycle.expiredDays(),
        cancelled ? lifecycle.cancelledRetentionDays() : lifecycle.disabledDays(),
        forfeitedDays,
        forfeitedValue,
        timings,
        transferTiming);
  }

  private static TargetTiming timing(
      LocalDate end, PlannedSubscription target, @Nullable SubscriptionId stacksOn) {
    return TargetTiming.of(
        target.id(),
        target.start(),
        Lifecycle.gapDays(end, target.start()),
        Lifecycle.overlapDays(end, target.start()),
        stacksOn);
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
   * Returns the offer catalog, with the service plan tiers offers are compared by.
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
  public TransitionPolicy policy() {
    return policy;
  }

  /**
   * Returns the lifecycle table the sources' days come from.
   *
   * @return the lifecycle table
   */
  public LifecycleTable lifecycles() {
    return lifecycles;
  }

  /**
   * Returns the targets that replace a source (targets stacked on them replace nothing).
   *
   * @param source the source's id; not null
   * @return the targets naming it in their replaced sources, in plan order; empty if none or if the
   *     request has no such source
   */
  public List<PlannedSubscription> targetsReplacing(SubscriptionId source) {
    int position = CoreAccess.positionOf(request, source);
    return position < 0 ? List.of() : targetsAt(replacing[position]);
  }

  /**
   * Tells whether any target replaces a source.
   *
   * @param source the source's id; not null
   * @return true if at least one target names it
   */
  public boolean isReplaced(SubscriptionId source) {
    int position = CoreAccess.positionOf(request, source);
    return position >= 0 && replacing[position] != null;
  }

  /**
   * Returns the targets stacked on a target.
   *
   * @param target the target's id; not null
   * @return the targets whose {@code stacksOn} names it, in plan order; empty if none or if the
   *     request has no such target
   */
  public List<PlannedSubscription> targetsStackedOn(SubscriptionId target) {
    List<PlannedSubscription> targets = request.targets();
    for (int t = 0; t < targets.size(); t++) {
      if (targets.get(t).id().equals(target)) {
        return targetsAt(stacked[t]);
      }
    }
    return List.of();
  }

  /**
   * Returns the transfer request that moves a source.
   *
   * @param source the source's id; not null
   * @return the transfer, or empty if the plan does not transfer it
   */
  public Optional<Transfer> transferOf(SubscriptionId source) {
    int position = CoreAccess.positionOf(request, source);
    return position < 0 ? Optional.empty() : Optional.ofNullable(transfers[position]);
  }

  /**
   * Tells whether the plan transfers a source.
   *
   * @param source the source's id; not null
   * @return true if a transfer request moves it
   */
  public boolean isTransferred(SubscriptionId source) {
    return transferOf(source).isPresent();
  }

  /**
   * Returns the timeline of a source.
   *
   * @param source a source of the request; not null
   * @return its timeline
   * @throws IllegalArgumentException if the request has no such source
   */
  public SourceTimeline timelineOf(SubscriptionId source) {
    int position = CoreAccess.positionOf(request, source);
    if (position < 0) {
      throw new IllegalArgumentException("timeline: " + source + " is not a source of the request");
    }
    return timeline.get(position);
  }

  /**
   * Returns the timeline of every source.
   *
   * @return one timeline per source, in the request's order
   */
  public List<SourceTimeline> timeline() {
    return timeline;
  }

  private List<PlannedSubscription> targetsAt(int @Nullable [] positions) {
    if (positions == null) {
      return List.of();
    }
    PlannedSubscription[] targets = new PlannedSubscription[positions.length];
    for (int i = 0; i < positions.length; i++) {
      targets[i] = request.targets().get(positions[i]);
    }
    return List.of(targets);
  }

  // What the standard rules, in this package, read by position.

  Optional<Offer> sourceOffer(int source) {
    return sourceOffers[source];
  }

  Optional<Offer> targetOffer(int target) {
    return targetOffers[target];
  }

  /** The positions of the targets replacing a source; null for none. */
  int @Nullable [] replacing(int source) {
    return replacing[source];
  }

  int[] replacedBy(int target) {
    return replaced[target];
  }

  /** The positions of the targets stacked on a target; null for none. */
  int @Nullable [] stackedOn(int target) {
    return stacked[target];
  }

  int baseOf(int target) {
    return base[target];
  }

  @Nullable Transfer transferAt(int source) {
    return transfers[source];
  }

  int positionOf(SubscriptionId source) {
    return CoreAccess.positionOf(request, source);
  }
}
