package org.csptransfer.benchmarks.peers;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Region;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransferPolicy;
import org.csptransfer.core.TransitionRequest;
import org.jspecify.annotations.Nullable;

/**
 * A plan as the flat facts a rules engine matches on: one bean per source, target, offer,
 * "replaces" link and replacement group, plus the plan-wide facts. Raw values only; the judgements
 * are the rules' job. Built once per evaluation, as the pipeline builds its context.
 */
public final class PlanFacts {

  public final PlanFact plan;
  public final List<SourceFact> sources = new ArrayList<>();
  public final List<TargetFact> targets = new ArrayList<>();
  public final List<OfferFact> offers = new ArrayList<>();
  public final List<PrerequisiteFact> prerequisites = new ArrayList<>();
  public final List<PairFact> pairs = new ArrayList<>();
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
      TransferPolicy policy) {
    Optional<Relationship> relationship =
        request.customer().relationshipWith(request.partner().id());
    Optional<Region> tenantRegion = regions.regionOf(request.customer().country());
    PlanFact plan =
        new PlanFact(
            relationship.map(r -> r.status().name()).orElse("NONE"),
            tenantRegion.isPresent(),
            tenantRegion.map(request.partner().authorizedRegions(regions)::contains).orElse(false),
            policy.expiredGraceDays(),
            policy.disabledDays(),
            policy.overlapToleranceDays());
    PlanFacts facts = new PlanFacts(plan);
    for (Offer offer : catalog.offers()) {
      OfferFact fact = new OfferFact(offer);
      facts.offers.add(fact);
      facts.offersById.put(fact.getId(), fact);
      for (OfferId base : offer.prerequisites()) {
        facts.prerequisites.add(new PrerequisiteFact(offer.id().value(), base.value()));
      }
    }
    Map<SubscriptionId, Integer> index = new HashMap<>();
    for (Subscription source : request.sources()) {
      index.put(source.id(), facts.sources.size());
      facts.sources.add(new SourceFact(source, request.partner().id().value()));
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
        facts.pairs.add(new PairFact(source, target, catalog));
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

  /** Every fact, for engines that take them all at once. */
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
    private final int graceDays;
    private final int disabledDays;
    private final int toleranceDays;

    PlanFact(
        String relationship,
        boolean tenantRegionKnown,
        boolean partnerAuthorized,
        int graceDays,
        int disabledDays,
        int toleranceDays) {
      this.relationship = relationship;
      this.tenantRegionKnown = tenantRegionKnown;
      this.partnerAuthorized = partnerAuthorized;
      this.graceDays = graceDays;
      this.disabledDays = disabledDays;
      this.toleranceDays = toleranceDays;
    }

    public String getRelationship() {
      return relationship;
    }

    public boolean isTenantRegionKnown() {
      return tenantRegionKnown;
    }

    public boolean isPartnerAuthorized() {
      return partnerAuthorized;
    }

    public int getGraceDays() {
      return graceDays;
    }

    public int getDisabledDays() {
      return disabledDays;
    }

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
    private boolean replaced;

    SourceFact(Subscription source, String targetPartner) {
      this.id = source.id().value();
      this.offerId = source.offerId().value();
      this.heldByTargetPartner =
          source.partnerId().map(p -> p.value().equals(targetPartner)).orElse(false);
      this.status = source.status().name();
      this.assigned = source.assignedLicenses();
      this.cancelled = source.isCancelled();
      this.daysCancelledEarly =
          source
              .cancelOn()
              .map(c -> ChronoUnit.DAYS.between(c, source.termEnd().plusDays(1)))
              .orElse(0L);
      this.daysRefundableAfterCancel =
          source.cancelOn().isPresent() && source.refundableUntil().isPresent()
              ? ChronoUnit.DAYS.between(source.cancelOn().get(), source.refundableUntil().get())
              : -1;
    }

    public String getId() {
      return id;
    }

    public String getOfferId() {
      return offerId;
    }

    public boolean isHeldByTargetPartner() {
      return heldByTargetPartner;
    }

    public String getStatus() {
      return status;
    }

    public int getAssigned() {
      return assigned;
    }

    public boolean isCancelled() {
      return cancelled;
    }

    /** Days from the cancel date to the natural end; positive when cancelled early. */
    public long getDaysCancelledEarly() {
      return daysCancelledEarly;
    }

    /** Days from the cancel date to the last refundable day; negative when not refunded. */
    public long getDaysRefundableAfterCancel() {
      return daysRefundableAfterCancel;
    }

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

    public String getId() {
      return id;
    }

    public String getOfferId() {
      return offerId;
    }

    public int getQuantity() {
      return quantity;
    }
  }

  /** An offer of the catalog. */
  public static final class OfferFact {
    private final Offer offer;

    OfferFact(Offer offer) {
      this.offer = offer;
    }

    public String getId() {
      return offer.id().value();
    }

    public boolean isAvailable() {
      return offer.availableForPurchase();
    }

    public boolean isAddOn() {
      return offer.addOn();
    }

    public int getPrerequisiteCount() {
      return offer.prerequisites().size();
    }

    public int getMinQuantity() {
      return offer.minQuantity();
    }

    public int getMaxQuantity() {
      return offer.maxQuantity();
    }

    /** Whether this offer's plans include all of another's. */
    public boolean covers(OfferFact other) {
      return offer.covers(other.offer);
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

    public String getOfferId() {
      return offerId;
    }

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

    PairFact(Subscription source, PlannedSubscription target, OfferCatalog catalog) {
      this.sourceOfferId = source.offerId().value();
      this.targetOfferId = target.offerId().value();
      this.sourceCancelled = source.isCancelled();
      this.daysFromEndToStart = ChronoUnit.DAYS.between(source.end(), target.start());
    }

    public String getSourceOfferId() {
      return sourceOfferId;
    }

    public String getTargetOfferId() {
      return targetOfferId;
    }

    public boolean isSourceCancelled() {
      return sourceCancelled;
    }

    /** Positive: a gap of that many days; negative: an overlap. */
    public long getDaysFromEndToStart() {
      return daysFromEndToStart;
    }
  }

  /** A replacement group's counts. */
  public static final class GroupFact {
    private int sources;
    private int targets;
    private long seats;
    private long assigned;
    private long purchased;

    public int getSources() {
      return sources;
    }

    public int getTargets() {
      return targets;
    }

    public long getSeats() {
      return seats;
    }

    public long getAssigned() {
      return assigned;
    }

    public long getPurchased() {
      return purchased;
    }
  }
}
