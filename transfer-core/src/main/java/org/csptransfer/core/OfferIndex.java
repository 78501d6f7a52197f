package org.csptransfer.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What an offer catalog computes on first use and keeps: each offer's best rank per plan family,
 * the comparison of each pair of offers, each offer's replacement candidates, and which offers
 * cover which plan. Everything is derived from the immutable catalog, so concurrent first uses may
 * compute a value twice but always agree.
 *
 * <p>The plan index makes candidate search proportional to the offers that could cover the source's
 * rarest data-bearing plan, not to the catalog: a 20,000-offer catalog answers in microseconds.
 */
final class OfferIndex {

  private final OfferCatalog catalog;
  private final ServicePlanTiers tiers;
  private final Map<OfferId, int[]> ranks = new ConcurrentHashMap<>();
  private final Map<OfferId, Map<OfferId, List<String>>> comparisons = new ConcurrentHashMap<>();
  private final Map<OfferId, List<Offer>> replacements = new ConcurrentHashMap<>();
  private volatile @Nullable Postings postings;

  OfferIndex(OfferCatalog catalog) {
    this.catalog = catalog;
    this.tiers = catalog.servicePlanTiers();
  }

  /** Each family's best rank among an offer's plans; 0 where the offer has no plan of it. */
  private int[] ranksOf(Offer offer) {
    int[] known = ranks.get(offer.id());
    if (known != null) {
      return known;
    }
    int[] best = new int[tiers.familyCount()];
    for (String plan : offer.servicePlans()) {
      Optional<ServicePlanTier> tier = tiers.tierOf(plan);
      if (tier.isPresent()) {
        int family = tiers.familyIndexOf(tier.get());
        best[family] = Math.max(best[family], tier.get().rank());
      }
    }
    ranks.put(offer.id(), best);
    return best;
  }

  private boolean isCovered(String plan, List<Offer> targets) {
    for (int i = 0; i < targets.size(); i++) {
      if (targets.get(i).servicePlans().contains(plan)) {
        return true;
      }
    }
    Optional<ServicePlanTier> tier = tiers.tierOf(plan);
    if (tier.isEmpty()) {
      return false;
    }
    int family = tiers.familyIndexOf(tier.get());
    for (int i = 0; i < targets.size(); i++) {
      if (ranksOf(targets.get(i))[family] >= tier.get().rank()) {
        return true;
      }
    }
    return false;
  }

  List<String> uncoveredPlans(OfferId source, Collection<OfferId> targets) {
    Optional<Offer> from = catalog.find(source);
    if (from.isEmpty()) {
      return List.of();
    }
    if (targets.size() == 1) {
      OfferId target = targets.iterator().next();
      Map<OfferId, List<String>> bySource =
          comparisons.computeIfAbsent(source, id -> new ConcurrentHashMap<>());
      List<String> known = bySource.get(target);
      if (known == null) {
        known = compute(from.get(), targets);
        bySource.put(target, known);
      }
      return known;
    }
    return compute(from.get(), targets);
  }

  private List<String> compute(Offer source, Collection<OfferId> targetIds) {
    List<Offer> targets = new ArrayList<>(targetIds.size());
    for (OfferId id : targetIds) {
      catalog.find(id).ifPresent(targets::add);
    }
    List<String> uncovered = null;
    for (String plan : source.servicePlans()) {
      if (!isCovered(plan, targets)) {
        if (uncovered == null) {
          uncovered = new ArrayList<>();
        }
        uncovered.add(plan);
      }
    }
    if (uncovered == null) {
      return List.of();
    }
    uncovered.sort(null);
    return List.copyOf(uncovered);
  }

  List<Offer> offersCovering(String plan) {
    Postings index = postings();
    Optional<ServicePlanTier> tier = tiers.tierOf(plan);
    if (tier.isEmpty()) {
      return index.withPlan.getOrDefault(plan, List.of());
    }
    int family = tiers.familyIndexOf(tier.get());
    List<Offer> covering = new ArrayList<>();
    for (Offer offer : index.byFamily.get(family)) {
      if (ranksOf(offer)[family] >= tier.get().rank()) {
        covering.add(offer);
      }
    }
    return covering;
  }

  List<Offer> replacementsFor(OfferId id) {
    List<Offer> known = replacements.get(id);
    if (known == null) {
      known = rank(id);
      replacements.put(id, known);
    }
    return known;
  }

  private List<Offer> rank(OfferId id) {
    Optional<Offer> found = catalog.find(id);
    if (found.isEmpty()) {
      return List.of();
    }
    Offer source = found.get();
    List<Offer> full = new ArrayList<>();
    List<Offer> featuresDropped = new ArrayList<>();
    for (Offer candidate : pool(source)) {
      if (candidate.id().equals(id)
          || !candidate.isPurchasable()
          || candidate.addOn() != source.addOn()) {
        continue;
      }
      switch (catalog.match(uncoveredPlans(id, List.of(candidate.id())))) {
        case EQUIVALENT -> full.add(candidate);
        case FEATURES_DROPPED -> featuresDropped.add(candidate);
        default -> {}
      }
    }
    Comparator<Offer> order = preference(source);
    full.sort(order);
    featuresDropped.sort(order);
    List<Offer> ranked = new ArrayList<>(1 + full.size() + featuresDropped.size());
    if (source.isPurchasable()) {
      ranked.add(source);
    }
    ranked.addAll(full);
    ranked.addAll(featuresDropped);
    return List.copyOf(ranked);
  }

  /** The offers worth comparing: those covering the source's rarest data-bearing plan. */
  private List<Offer> pool(Offer source) {
    List<Offer> smallest = null;
    for (String plan : source.servicePlans()) {
      if (tiers.holdsData(plan)) {
        List<Offer> covering = offersCovering(plan);
        if (smallest == null || covering.size() < smallest.size()) {
          smallest = covering;
        }
      }
    }
    return smallest == null ? catalog.offers() : smallest;
  }

  /** Declared successors first, in their order; then fewest extra plans; then id. */
  private static Comparator<Offer> preference(Offer source) {
    List<OfferId> successors = List.copyOf(source.successors());
    return Comparator.comparingInt(
            (Offer candidate) -> {
              int position = successors.indexOf(candidate.id());
              return position < 0 ? Integer.MAX_VALUE : position;
            })
        .thenComparingInt(candidate -> extraPlans(candidate, source))
        .thenComparing(Offer::id);
  }

  private static int extraPlans(Offer candidate, Offer source) {
    int extra = 0;
    for (String plan : candidate.servicePlans()) {
      if (!source.servicePlans().contains(plan)) {
        extra++;
      }
    }
    return extra;
  }

  private Postings postings() {
    Postings index = postings;
    if (index == null) {
      index = new Postings(catalog, tiers);
      postings = index;
    }
    return index;
  }

  /** Which offers have which plan, and which have a plan of each family. */
  private static final class Postings {
    final Map<String, List<Offer>> withPlan = new HashMap<>();
    final List<List<Offer>> byFamily = new ArrayList<>();

    Postings(OfferCatalog catalog, ServicePlanTiers tiers) {
      for (int i = 0; i < tiers.familyCount(); i++) {
        byFamily.add(new ArrayList<>());
      }
      for (Offer offer : catalog.offers()) {
        boolean[] seen = new boolean[tiers.familyCount()];
        for (String plan : offer.servicePlans()) {
          withPlan.computeIfAbsent(plan, key -> new ArrayList<>()).add(offer);
          Optional<ServicePlanTier> tier = tiers.tierOf(plan);
          if (tier.isPresent()) {
            int family = tiers.familyIndexOf(tier.get());
            if (!seen[family]) {
              seen[family] = true;
              byFamily.get(family).add(offer);
            }
          }
        }
      }
    }
  }
}
