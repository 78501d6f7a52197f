package org.csptransfer.benchmarks;

import static org.csptransfer.benchmarks.Codes.bit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.csptransfer.core.LifecycleTable;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Region;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionLifecycle;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.FindingCode;
import org.jspecify.annotations.Nullable;

/**
 * The practical floor: the checks of the five standard rules in one plain method, with no pipeline,
 * no finding objects, no messages, no timeline and no trace. It answers only which codes a plan
 * raises, as bits of a {@code long}, and allocates one index and two small arrays.
 */
public final class HandWrittenCheck {

  private static final LifecycleTable LIFECYCLES = LifecycleTable.microsoft2026();

  private final OfferCatalog offers;
  private final RegionCatalog regions;
  private final TransitionPolicy policy;

  /**
   * Creates the check.
   *
   * @param offers the offer catalog
   * @param regions the region table
   * @param policy the policy
   */
  public HandWrittenCheck(OfferCatalog offers, RegionCatalog regions, TransitionPolicy policy) {
    this.offers = offers;
    this.regions = regions;
    this.policy = policy;
  }

  /**
   * Returns the codes a plan raises.
   *
   * @param request the plan
   * @return the codes, as bits: bit {@code n} is the code of ordinal {@code n}
   */
  public long codes(TransitionRequest request) {
    long codes = 0;
    PartnerId partner = request.partner().id();

    // relationship
    Optional<Relationship> relationship = request.customer().relationshipWith(partner);
    if (relationship.isEmpty()) {
      codes |= bit(FindingCode.RELATIONSHIP_MISSING);
    } else if (relationship.get().status() == RelationshipStatus.INVITED) {
      codes |= bit(FindingCode.RELATIONSHIP_PENDING);
    }

    // region
    Optional<Region> tenantRegion = regions.regionOf(request.customer().country());
    if (tenantRegion.isEmpty()) {
      codes |= bit(FindingCode.UNSUPPORTED_MARKET);
    } else if (!request.partner().authorizedRegions(regions).contains(tenantRegion.get())) {
      codes |= bit(FindingCode.REGION_MISMATCH);
    }

    List<Subscription> sources = request.sources();
    List<PlannedSubscription> targets = request.targets();
    int n = sources.size();
    Map<SubscriptionId, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      Subscription source = sources.get(i);
      index.put(source.id(), i);
      if (source.isHeldBy(request.partner())) {
        codes |= bit(FindingCode.SAME_PARTNER);
      }
      if (!offers.contains(source.offerId())) {
        codes |= bit(FindingCode.UNKNOWN_OFFER);
      }
      if (source.isCancelled() && forfeits(source, source.cancelOn().orElseThrow())) {
        codes |= bit(FindingCode.EARLY_CANCELLATION);
      }
    }

    // Union-find over sources 0..n-1 and targets n..n+m-1; seats summed per root afterwards.
    int[] parent = new int[n + targets.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    boolean[] replaced = new boolean[n];
    for (int t = 0; t < targets.size(); t++) {
      PlannedSubscription target = targets.get(t);
      @Nullable Offer offer = offers.find(target.offerId()).orElse(null);
      if (offer == null) {
        codes |= bit(FindingCode.UNKNOWN_OFFER);
      } else {
        if (!offer.availableForPurchase()) {
          codes |= bit(FindingCode.OFFER_NOT_AVAILABLE);
        }
        if (target.quantity() < offer.minQuantity() || target.quantity() > offer.maxQuantity()) {
          codes |= bit(FindingCode.QUANTITY_OUT_OF_RANGE);
        }
        if (offer.addOn() && !offer.prerequisites().isEmpty() && !hasBase(offer, targets)) {
          codes |= bit(FindingCode.ADDON_WITHOUT_BASE);
        }
      }
      for (SubscriptionId id : target.replacedSourceIds()) {
        // Every replaced id names a source: TransitionRequest guarantees it.
        int s = Objects.requireNonNull(index.get(id));
        replaced[s] = true;
        parent[find(parent, n + t)] = find(parent, s);
        codes |= pair(sources.get(s), offer, target);
      }
    }
    for (int s = 0; s < n; s++) {
      Subscription source = sources.get(s);
      boolean active = source.status() == SubscriptionStatus.ACTIVE;
      boolean used = active || source.status() == SubscriptionStatus.EXPIRED;
      if (!replaced[s] && used && source.assignedLicenses() > 0) {
        codes |= bit(FindingCode.SOURCE_NOT_COVERED);
      }
      if (replaced[s] && !active) {
        codes |= bit(FindingCode.SOURCE_INACTIVE);
      }
      if (replaced[s] && active && !source.isCancelled() && source.renewsAutomatically(policy)) {
        codes |= bit(FindingCode.AUTO_RENEWAL_ON);
      }
    }
    return codes | seats(parent, sources, targets);
  }

  private long pair(Subscription source, @Nullable Offer targetOffer, PlannedSubscription target) {
    long codes = 0;
    @Nullable Offer sourceOffer = offers.find(source.offerId()).orElse(null);
    if (sourceOffer != null && targetOffer != null && !sourceOffer.id().equals(targetOffer.id())) {
      if (offers.uncoveredPlans(sourceOffer.id(), List.of(targetOffer.id())).isEmpty()) {
        codes |= bit(FindingCode.LICENSE_REASSIGNMENT_REQUIRED);
        if (!sourceOffer.availableForPurchase()) {
          codes |= bit(FindingCode.SOURCE_OFFER_DISCONTINUED);
        }
      } else {
        codes |= bit(FindingCode.OFFER_NOT_EQUIVALENT);
      }
    }
    LocalDate end = source.firstDayWithoutService();
    long days = ChronoUnit.DAYS.between(end, target.start());
    // The source's own lifecycle row (version 3): cancelling skips the expired days.
    SubscriptionLifecycle lifecycle = LIFECYCLES.lifecycleOf(source, policy);
    boolean cancelled = source.isCancelled();
    long grace = cancelled ? 0 : lifecycle.expiredDays();
    long disabled = cancelled ? lifecycle.cancelledRetentionDays() : lifecycle.disabledDays();
    if (days > grace + disabled) {
      codes |= bit(FindingCode.DATA_LOSS);
    } else if (days > grace) {
      codes |= bit(FindingCode.SERVICE_INTERRUPTION);
    } else if (days > 0) {
      codes |= bit(FindingCode.SERVICE_GAP);
    } else if (-days > policy.overlapToleranceDays()) {
      codes |= bit(FindingCode.OVERLAP_DOUBLE_BILLING);
    }
    return codes;
  }

  private static boolean forfeits(Subscription source, LocalDate cancelOn) {
    if (!cancelOn.isBefore(source.lastDayOfTerm().plusDays(1))) {
      return false;
    }
    return source.lastRefundableDay().map(cancelOn::isAfter).orElse(true);
  }

  private static boolean hasBase(Offer addOn, List<PlannedSubscription> targets) {
    for (PlannedSubscription target : targets) {
      if (addOn.prerequisites().contains(target.offerId())) {
        return true;
      }
    }
    return false;
  }

  private static long seats(
      int[] parent, List<Subscription> sources, List<PlannedSubscription> targets) {
    int n = sources.size();
    long[] assigned = new long[parent.length];
    long[] purchased = new long[parent.length];
    long[] seats = new long[parent.length];
    boolean[] hasSource = new boolean[parent.length];
    boolean[] hasTarget = new boolean[parent.length];
    for (int i = 0; i < parent.length; i++) {
      int root = find(parent, i);
      if (i < n) {
        assigned[root] += sources.get(i).assignedLicenses();
        purchased[root] += sources.get(i).quantity();
        hasSource[root] = true;
      } else {
        seats[root] += targets.get(i - n).quantity();
        hasTarget[root] = true;
      }
    }
    long codes = 0;
    for (int root = 0; root < parent.length; root++) {
      if (hasSource[root] && hasTarget[root]) {
        if (seats[root] < assigned[root]) {
          codes |= bit(FindingCode.LICENSE_SHORTFALL);
        } else if (seats[root] != purchased[root]) {
          codes |= bit(FindingCode.LICENSE_COUNT_CHANGED);
        }
      }
    }
    return codes;
  }

  private static int find(int[] parent, int node) {
    while (parent[node] != node) {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
    return node;
  }
}
