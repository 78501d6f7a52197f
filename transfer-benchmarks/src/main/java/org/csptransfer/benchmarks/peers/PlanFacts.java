package org.csptransfer.benchmarks.peers;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.csptransfer.core.LifecycleTable;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Region;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionLifecycle;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.jspecify.annotations.Nullable;

/**
 * A plan as the flat facts a rules engine matches on: one bean per source, target, offer,
 * "replaces" link and replacement group, plus the plan-wide facts. Raw values only; the judgements
 * are the rules' job. Built once per evaluation, as the pipeline builds its context.
 */
public final class PlanFacts {

  private static final LifecycleTable LIFECYCLES = LifecycleTable.microsoft2026();

  /** The plan facts. */
  public final PlanFact plan;

  /** The sources facts. */
  public final List<SourceFact> sources = new ArrayList<>();

  /** The targets facts. */
  public final List<TargetFact> targets = new ArrayList<>();

  /** The offers facts. */
  public final List<OfferFact> offers = new ArrayList<>();

  /** The prerequisites facts. */
  public final List<PrerequisiteFact> prerequisites = new ArrayList<>();

  /** The pairs facts. */
  public final List<PairFact> pairs = new ArrayList<>();

  /** The groups facts. */
  public final List<GroupFact> groups = new ArrayList<>();

  private final Map<String, OfferFact> offersById = new HashMap<>();

  private PlanFacts(PlanFact plan) {
    this.plan = plan;
  }

  /**
   * Turns a plan into facts.
   *
   * @param request the plan
   * @param catalog the offers
   * @param regions the region table
   * @param policy the policy
   * @return the facts
   */
  public static PlanFacts of(
      TransitionRequest request,
      OfferCatalog catalog,
      RegionCatalog regions,
      TransitionPolicy policy) {
    Optional<Relationship> relationship =
        request.customer().relationshipWith(request.partner().id());
    Optional<Region> tenantRegion = regions.regionOf(request.customer().country());
    PlanFact plan =
        new PlanFact(
            relationship.map(r -> r.status().name()).orElse("NONE"),
            tenantRegion.isPresent(),
            tenantRegion.map(request.partner().authorizedRegions(regions)::contains).orElse(false),
            policy.overlapToleranceDays());
    PlanFacts facts = new PlanFacts(plan);
    for (Offer offer : catalog.offers()) {
      OfferFact fact = new OfferFact(offer, catalog);
      facts.offers.add(fact);
      facts.offersById.put(fact.getId(), fact);
      for (OfferId base : offer.prerequisites()) {
        facts.prerequisites.add(new PrerequisiteFact(offer.id().value(), base.value()));
      }
    }
    Map<SubscriptionId, Integer> index = new HashMap<>();
    for (Subscription source : request.sources()) {
      index.put(source.id(), facts.sources.size());
      facts.sources.add(new SourceFact(source, request.partner(), policy));
    }
    int[] parent = new int[request.sources().size() + request.targets().size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (PlannedSubscription target : request.targets()) {
      int t = request.sources().size() + facts.targets.size();
      facts.targets.add(new TargetFact(target));
      for (SubscriptionId replaced : target.replacedSourceIds()) {
        int s = Objects.requireNonNull(index.get(replaced));
        Subscription source = request.sources().get(s);
        facts.sources.get(s).replaced = true;
        parent[root(parent, t)] = root(parent, s);
        facts.pairs.add(new PairFact(source, target, policy));
      }
    }
    Map<Integer, GroupFact> groups = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      GroupFact group = groups.computeIfAbsent(root(parent, i), r -> new GroupFact());
      if (i < request.sources().size()) {
        Subscription source = request.sources().get(i);
        group.sources++;
        group.assigned += source.assignedLicenses();
        group.purchased += source.quantity();
      } else {
        group.targets++;
        group.seats += request.targets().get(i - request.sources().size()).quantity();
      }
    }
    facts.groups.addAll(groups.values());
    return facts;
  }

  private static int root(int[] parent, int node) {
    while (parent[node] != node) {
      node = parent[node];
    }
    return node;
  }

  /**
   * Finds an offer fact by id.
   *
   * @param id the offer id
   * @return the fact, or null if the catalog has no such offer
   */
  public @Nullable OfferFact offer(String id) {
    return offersById.get(id);
  }

  /**
   * Returns every fact, for engines that take them all at once.
   *
   * @return the facts
   */
  public List<Object> all() {
    List<Object> all = new ArrayList<>();
    all.add(plan);
    all.addAll(sources);
    all.addAll(targets);
    all.addAll(offers);
    all.addAll(prerequisites);
    all.addAll(pairs);
    all.addAll(groups);
    return all;
  }

  /** The plan-wide facts. */
  public static final class PlanFact {
    private final String relationship;
    private final boolean tenantRegionKnown;
    private final boolean partnerAuthorized;
    private final int toleranceDays;

    PlanFact(
        String relationship,
        boolean tenantRegionKnown,
        boolean partnerAuthorized,
        int toleranceDays) {
      this.relationship = relationship;
      this.tenantRegionKnown = tenantRegionKnown;
      this.partnerAuthorized = partnerAuthorized;
      this.toleranceDays = toleranceDays;
    }

    /**
     * Returns the relationship.
     *
     * @return the relationship
     */
    public String getRelationship() {
      return relationship;
    }

    /**
     * Tells whether it is tenant region known.
     *
     * @return true if it is tenant region known
     */
    public boolean isTenantRegionKnown() {
      return tenantRegionKnown;
    }

    /**
     * Tells whether it is partner authorized.
     *
     * @return true if it is partner authorized
     */
    public boolean isPartnerAuthorized() {
      return partnerAuthorized;
    }

    /**
     * Returns the tolerance days.
     *
     * @return the tolerance days
     */
    public int getToleranceDays() {
      return toleranceDays;
    }
  }

  /** A current subscription. */
  public static final class SourceFact {
    private final String id;
    private final String offerId;
    private final boolean heldByTargetPartner;
    private final String status;
    private final int assigned;
    private final boolean cancelled;
    private final long daysCancelledEarly;
    private final long daysRefundableAfterCancel;
    private final boolean renewing;
    private boolean replaced;

    SourceFact(Subscription source, Partner targetPartner, TransitionPolicy policy) {
      this.id = source.id().value();
      this.offerId = source.offerId().value();
      this.heldByTargetPartner = source.isHeldBy(targetPartner);
      this.status = source.status().name();
      this.assigned = source.assignedLicenses();
      this.cancelled = source.isCancelled();
      this.daysCancelledEarly =
          source
              .cancelOn()
              .map(c -> ChronoUnit.DAYS.between(c, source.lastDayOfTerm().plusDays(1)))
              .orElse(0L);
      this.daysRefundableAfterCancel =
          source.cancelOn().isPresent() && source.lastRefundableDay().isPresent()
              ? ChronoUnit.DAYS.between(source.cancelOn().get(), source.lastRefundableDay().get())
              : -1;
      this.renewing =
          !source.isCancelled()
              && source.status() == SubscriptionStatus.ACTIVE
              && source.renewsAutomatically(policy);
    }

    /**
     * Tells whether the source, left to expire and active, renews at its term end.
     *
     * @return true if its auto-renewal is on, or unknown and assumed on
     */
    public boolean isRenewing() {
      return renewing;
    }

    /**
     * Returns the id.
     *
     * @return the id
     */
    public String getId() {
      return id;
    }

    /**
     * Returns the offer id.
     *
     * @return the offer id
     */
    public String getOfferId() {
      return offerId;
    }

    /**
     * Tells whether it is held by target partner.
     *
     * @return true if it is held by target partner
     */
    public boolean isHeldByTargetPartner() {
      return heldByTargetPartner;
    }

    /**
     * Returns the status.
     *
     * @return the status
     */
    public String getStatus() {
      return status;
    }

    /**
     * Returns the assigned.
     *
     * @return the assigned
     */
    public int getAssigned() {
      return assigned;
    }

    /**
     * Tells whether it is cancelled.
     *
     * @return true if it is cancelled
     */
    public boolean isCancelled() {
      return cancelled;
    }

    /**
     * Returns the days from the cancel date to the natural end.
     *
     * @return the days, positive when cancelled early
     */
    public long getDaysCancelledEarly() {
      return daysCancelledEarly;
    }

    /**
     * Returns the days from the cancel date to the last refundable day.
     *
     * @return the days, negative when not refunded
     */
    public long getDaysRefundableAfterCancel() {
      return daysRefundableAfterCancel;
    }

    /**
     * Tells whether it is replaced.
     *
     * @return true if it is replaced
     */
    public boolean isReplaced() {
      return replaced;
    }
  }

  /** A planned subscription. */
  public static final class TargetFact {
    private final String id;
    private final String offerId;
    private final int quantity;

    TargetFact(PlannedSubscription target) {
      this.id = target.id().value();
      this.offerId = target.offerId().value();
      this.quantity = target.quantity();
    }

    /**
     * Returns the id.
     *
     * @return the id
     */
    public String getId() {
      return id;
    }

    /**
     * Returns the offer id.
     *
     * @return the offer id
     */
    public String getOfferId() {
      return offerId;
    }

    /**
     * Returns the quantity.
     *
     * @return the quantity
     */
    public int getQuantity() {
      return quantity;
    }
  }

  /** An offer of the catalog. */
  public static final class OfferFact {
    private final Offer offer;
    private final OfferCatalog catalog;

    OfferFact(Offer offer, OfferCatalog catalog) {
      this.offer = offer;
      this.catalog = catalog;
    }

    /**
     * Returns the id.
     *
     * @return the id
     */
    public String getId() {
      return offer.id().value();
    }

    /**
     * Tells whether it is available.
     *
     * @return true if it is available
     */
    public boolean isAvailable() {
      return offer.availableForPurchase();
    }

    /**
     * Tells whether it is add on.
     *
     * @return true if it is add on
     */
    public boolean isAddOn() {
      return offer.addOn();
    }

    /**
     * Returns the prerequisite count.
     *
     * @return the prerequisite count
     */
    public int getPrerequisiteCount() {
      return offer.prerequisites().size();
    }

    /**
     * Returns the min quantity.
     *
     * @return the min quantity
     */
    public int getMinQuantity() {
      return offer.minQuantity();
    }

    /**
     * Returns the max quantity.
     *
     * @return the max quantity
     */
    public int getMaxQuantity() {
      return offer.maxQuantity();
    }

    /**
     * Tells whether this offer's plans include all of another's.
     *
     * @param other the other offer
     * @return true if this offer covers it
     */
    public boolean covers(OfferFact other) {
      return catalog.uncoveredPlans(other.offer.id(), java.util.List.of(offer.id())).isEmpty();
    }
  }

  /** One base offer an add-on accepts. */
  public static final class PrerequisiteFact {
    private final String offerId;
    private final String baseId;

    PrerequisiteFact(String offerId, String baseId) {
      this.offerId = offerId;
      this.baseId = baseId;
    }

    /**
     * Returns the offer id.
     *
     * @return the offer id
     */
    public String getOfferId() {
      return offerId;
    }

    /**
     * Returns the base id.
     *
     * @return the base id
     */
    public String getBaseId() {
      return baseId;
    }
  }

  /** A "replaces" link: one source and one target that replaces it. */
  public static final class PairFact {
    private final String sourceOfferId;
    private final String targetOfferId;
    private final boolean sourceCancelled;
    private final long daysFromEndToStart;
    private final int graceDays;
    private final int disabledDays;

    PairFact(Subscription source, PlannedSubscription target, TransitionPolicy policy) {
      this.sourceOfferId = source.offerId().value();
      this.targetOfferId = target.offerId().value();
      this.sourceCancelled = source.isCancelled();
      this.daysFromEndToStart =
          ChronoUnit.DAYS.between(source.firstDayWithoutService(), target.start());
      // The source's own lifecycle row (version 3): cancelling skips the expired days.
      SubscriptionLifecycle lifecycle = LIFECYCLES.lifecycleOf(source, policy);
      this.graceDays = sourceCancelled ? 0 : lifecycle.expiredDays();
      this.disabledDays =
          sourceCancelled ? lifecycle.cancelledRetentionDays() : lifecycle.disabledDays();
    }

    /**
     * Returns the days the source stays expired after its end, users keeping access.
     *
     * @return the grace days, 0 for a cancelled source
     */
    public int getGraceDays() {
      return graceDays;
    }

    /**
     * Returns the days the source stays disabled after its grace days, its data kept.
     *
     * @return the disabled days
     */
    public int getDisabledDays() {
      return disabledDays;
    }

    /**
     * Returns the source offer id.
     *
     * @return the source offer id
     */
    public String getSourceOfferId() {
      return sourceOfferId;
    }

    /**
     * Returns the target offer id.
     *
     * @return the target offer id
     */
    public String getTargetOfferId() {
      return targetOfferId;
    }

    /**
     * Tells whether it is source cancelled.
     *
     * @return true if it is source cancelled
     */
    public boolean isSourceCancelled() {
      return sourceCancelled;
    }

    /**
     * Returns the days from the source's end to the target's start.
     *
     * @return positive for a gap of that many days, negative for an overlap
     */
    public long getDaysFromEndToStart() {
      return daysFromEndToStart;
    }
  }

  /** A replacement group's counts. */
  public static final class GroupFact {
    /** Creates an empty group; the facts builder fills it in. */
    public GroupFact() {}

    private int sources;
    private int targets;
    private long seats;
    private long assigned;
    private long purchased;

    /**
     * Returns the sources.
     *
     * @return the sources
     */
    public int getSources() {
      return sources;
    }

    /**
     * Returns the targets.
     *
     * @return the targets
     */
    public int getTargets() {
      return targets;
    }

    /**
     * Returns the seats.
     *
     * @return the seats
     */
    public long getSeats() {
      return seats;
    }

    /**
     * Returns the assigned.
     *
     * @return the assigned
     */
    public long getAssigned() {
      return assigned;
    }

    /**
     * Returns the purchased.
     *
     * @return the purchased
     */
    public long getPurchased() {
      return purchased;
    }
  }
}
