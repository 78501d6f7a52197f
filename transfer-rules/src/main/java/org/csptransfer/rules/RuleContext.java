package org.csptransfer.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.Money;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransferPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.internal.Lifecycle;
import org.jspecify.annotations.Nullable;

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

  /** The targets replacing each source, by the source's position; null for none. */
  private final @Nullable List<PlannedSubscription>[] targetsBySource;

  /** The sources each target replaces, by the target's position in the request. */
  private final List<Subscription>[] sourcesByTarget;

  /** The positions of those sources in the request, by the target's position. */
  private final ImmutableIntArray[] sourcePositionsByTarget;

  /** Each source's and each target's offer, looked up once. */
  private final Optional<Offer>[] sourceOffers;

  private final Optional<Offer>[] targetOffers;

  /** Each source's timeline, in the request's order. */
  private final ImmutableList<SourceTimeline> timelines;

  private RuleContext(
      TransitionRequest request,
      RegionCatalog regions,
      OfferCatalog offers,
      TransferPolicy policy) {
    this.request = request;
    this.regions = regions;
    this.offers = offers;
    this.policy = policy;
    List<Subscription> sources = request.sources();
    List<PlannedSubscription> targets = request.targets();
    // Arrays and immutable lists built directly (most sources have one replacement or none)
    // keep this per-evaluation index cheap to allocate.
    this.targetsBySource = newListArray(sources.size());
    this.sourcesByTarget = newListArray(targets.size());
    this.sourcePositionsByTarget = new ImmutableIntArray[targets.size()];
    this.targetOffers = newOptionalArray(targets.size());
    for (int t = 0; t < targets.size(); t++) {
      PlannedSubscription target = targets.get(t);
      targetOffers[t] = offers.find(target.offerId());
      List<SubscriptionId> ids = target.replacedSourceIds();
      Subscription[] replaced = new Subscription[ids.size()];
      int[] positions = new int[ids.size()];
      for (int r = 0; r < replaced.length; r++) {
        int source = request.indexOf(ids.get(r));
        positions[r] = source;
        replaced[r] = sources.get(source);
        targetsBySource[source] = appended(targetsBySource[source], target);
      }
      sourcesByTarget[t] = ImmutableList.copyOf(replaced);
      sourcePositionsByTarget[t] = ImmutableIntArray.copyOf(positions);
    }
    this.sourceOffers = newOptionalArray(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      sourceOffers[i] = offers.find(sources.get(i).offerId());
    }
    SourceTimeline[] timeline = new SourceTimeline[sources.size()];
    for (int i = 0; i < timeline.length; i++) {
      timeline[i] = timelineOf(sources.get(i), targetsReplacing(i));
    }
    this.timelines = ImmutableList.copyOf(timeline);
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

  @SuppressWarnings("unchecked") // arrays of a generic type, never exposed
  private static <T> List<T>[] newListArray(int length) {
    return (List<T>[]) new List<?>[length];
  }

  @SuppressWarnings("unchecked") // arrays of a generic type, never exposed
  private static <T> Optional<T>[] newOptionalArray(int length) {
    return (Optional<T>[]) new Optional<?>[length];
  }

  private static List<PlannedSubscription> appended(
      @Nullable List<PlannedSubscription> targets, PlannedSubscription target) {
    return targets == null
        ? ImmutableList.of(target)
        : ImmutableList.<PlannedSubscription>builderWithExpectedSize(targets.size() + 1)
            .addAll(targets)
            .add(target)
            .build();
  }

  private SourceTimeline timelineOf(Subscription source, List<PlannedSubscription> targets) {
    LocalDate end = source.end();
    int grace = source.isCancelled() ? 0 : policy.expiredGraceDays();
    long forfeitedDays =
        source.isCancelled() && source.cancelOn().isPresent()
            ? Lifecycle.forfeitedDays(source, source.cancelOn().get())
            : 0;
    Optional<Money> forfeitedValue =
        forfeitedDays == 0
            ? Optional.empty()
            : source
                .unitPrice()
                .map(price -> Lifecycle.forfeitedValue(price, source.quantity(), forfeitedDays));
    ImmutableList.Builder<TargetTiming> replacements =
        ImmutableList.builderWithExpectedSize(targets.size());
    for (int t = 0; t < targets.size(); t++) {
      PlannedSubscription target = targets.get(t);
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
        grace,
        policy.disabledDays(),
        forfeitedDays,
        forfeitedValue,
        replacements.build());
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
   * Returns the targets that replace the source at a position.
   *
   * @param source the source's position in {@link TransitionRequest#sources()}
   * @return the targets naming it in their replaced sources, in plan order; empty if none
   * @throws IndexOutOfBoundsException if there is no source at that position
   */
  public List<PlannedSubscription> targetsReplacing(int source) {
    List<PlannedSubscription> targets = targetsBySource[source];
    return targets == null ? ImmutableList.of() : targets;
  }

  /**
   * Returns the sources the target at a position replaces.
   *
   * @param target the target's position in {@link TransitionRequest#targets()}
   * @return the sources it names, in its order
   * @throws IndexOutOfBoundsException if there is no target at that position
   */
  public List<Subscription> sourcesReplacedBy(int target) {
    return sourcesByTarget[target];
  }

  /**
   * Returns the positions of the sources the target at a position replaces, so that a rule can
   * reach per-source state ({@link #sourceOffer(int)}, {@link #targetsReplacing(int)}) without
   * looking ids up again.
   *
   * @param target the target's position in {@link TransitionRequest#targets()}
   * @return the positions in {@link TransitionRequest#sources()}, in the target's order
   * @throws IndexOutOfBoundsException if there is no target at that position
   */
  public ImmutableIntArray sourcePositionsReplacedBy(int target) {
    return sourcePositionsByTarget[target];
  }

  /**
   * Returns the offer of the source at a position.
   *
   * @param source the source's position in {@link TransitionRequest#sources()}
   * @return its offer, or empty if the catalog has none with its offer id
   * @throws IndexOutOfBoundsException if there is no source at that position
   */
  public Optional<Offer> sourceOffer(int source) {
    return sourceOffers[source];
  }

  /**
   * Returns the offer of the target at a position.
   *
   * @param target the target's position in {@link TransitionRequest#targets()}
   * @return its offer, or empty if the catalog has none with its offer id
   * @throws IndexOutOfBoundsException if there is no target at that position
   */
  public Optional<Offer> targetOffer(int target) {
    return targetOffers[target];
  }

  /**
   * Returns the targets that replace a source.
   *
   * @param source the source's id; not null
   * @return the targets naming it in their replaced sources, in plan order; empty if none or if the
   *     request has no such source
   */
  public List<PlannedSubscription> targetsReplacing(SubscriptionId source) {
    int index = request.indexOf(source);
    return index < 0 ? ImmutableList.of() : targetsReplacing(index);
  }

  /**
   * Tells whether any target replaces a source.
   *
   * @param source the source's id; not null
   * @return true if at least one target names it
   */
  public boolean isReplaced(SubscriptionId source) {
    return !targetsReplacing(source).isEmpty();
  }

  /**
   * Returns the timeline of a source.
   *
   * @param source a source of the request; not null
   * @return its timeline
   * @throws IllegalArgumentException if the request has no such source
   */
  public SourceTimeline timelineOf(SubscriptionId source) {
    int index = request.indexOf(source);
    if (index < 0) {
      throw new IllegalArgumentException("timeline: " + source + " is not a source of the request");
    }
    return timelines.get(index);
  }

  /**
   * Returns the timeline of every source.
   *
   * @return one timeline per source, in the request's order
   */
  public List<SourceTimeline> timeline() {
    return timelines;
  }
}
