package org.csptransfer.rules.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.ServicePlanTiers;

/**
 * Two offers for sale that together keep a source's data when no single one does: an enterprise
 * suite sold "(no Teams)" and Teams bought beside it for the same users (docs/DOMAIN.md, section 9;
 * CONTRACT.md, "The planner").
 *
 * <p>The base is the one of the two that covers more of the source's plans; among several pairs,
 * those covering every plan come first, then fewest extra plans, then ids. Only offers covering one
 * of the source's data-bearing plans are tried, through the catalog's plan index.
 *
 * @param base the offer replacing the source, of the source's kind (add-on or base offer)
 * @param stacked the offer stacked on it for the same users
 * @param uncovered the source's plans the pair leaves uncovered: none, or only feature plans
 */
record StackedOffers(Offer base, Offer stacked, List<String> uncovered) {

  /** Finds the best pair for a source offer, if there is one. */
  static Optional<StackedOffers> best(OfferCatalog offers, Offer source) {
    ServicePlanTiers tiers = offers.servicePlanTiers();
    List<String> data = new ArrayList<>();
    for (String plan : source.servicePlans()) {
      if (tiers.holdsData(plan)) {
        data.add(plan);
      }
    }
    Set<Offer> firsts = new LinkedHashSet<>();
    for (String plan : data) {
      for (Offer offer : offers.offersCovering(plan)) {
        if (offer.isPurchasable()) {
          firsts.add(offer);
        }
      }
    }
    List<StackedOffers> pairs = new ArrayList<>();
    Set<List<OfferId>> tried = new HashSet<>();
    for (Offer first : firsts) {
      List<String> left =
          dataBearing(offers.uncoveredPlans(source.id(), List.of(first.id())), tiers);
      if (left.isEmpty()) {
        continue; // it covers the data alone: single offers are the replacements' business
      }
      for (Offer second : offers.offersCovering(rarest(offers, left))) {
        if (second.equals(first)
            || !second.isPurchasable()
            || !tried.add(List.of(min(first, second).id(), max(first, second).id()))) {
          continue;
        }
        List<String> uncovered =
            offers.uncoveredPlans(source.id(), List.of(first.id(), second.id()));
        if (dataBearing(uncovered, tiers).isEmpty()) {
          pair(offers, source, first, second, uncovered).ifPresent(pairs::add);
        }
      }
    }
    return pairs.stream().min(order(source));
  }

  private static Optional<StackedOffers> pair(
      OfferCatalog offers, Offer source, Offer one, Offer other, List<String> uncovered) {
    int oneCovers =
        source.servicePlans().size() - offers.uncoveredPlans(source.id(), List.of(one.id())).size();
    int otherCovers =
        source.servicePlans().size()
            - offers.uncoveredPlans(source.id(), List.of(other.id())).size();
    boolean oneIsBase =
        oneCovers > otherCovers || (oneCovers == otherCovers && one.id().compareTo(other.id()) < 0);
    Offer base = oneIsBase ? one : other;
    Offer stacked = oneIsBase ? other : one;
    boolean stackable =
        base.addOn() == source.addOn()
            && (!stacked.addOn()
                || stacked.prerequisites().isEmpty()
                || stacked.prerequisites().contains(base.id()))
            && base.minQuantity() <= stacked.maxQuantity();
    return stackable ? Optional.of(new StackedOffers(base, stacked, uncovered)) : Optional.empty();
  }

  private static Comparator<StackedOffers> order(Offer source) {
    return Comparator.comparing((StackedOffers pair) -> !pair.uncovered().isEmpty())
        .thenComparingInt(pair -> pair.extraPlans(source))
        .thenComparing(pair -> pair.base().id())
        .thenComparing(pair -> pair.stacked().id());
  }

  private int extraPlans(Offer source) {
    Set<String> plans = new HashSet<>(base.servicePlans());
    plans.addAll(stacked.servicePlans());
    plans.removeAll(source.servicePlans());
    return plans.size();
  }

  private static List<String> dataBearing(List<String> plans, ServicePlanTiers tiers) {
    List<String> data = new ArrayList<>(plans.size());
    for (String plan : plans) {
      if (tiers.holdsData(plan)) {
        data.add(plan);
      }
    }
    return data;
  }

  private static String rarest(OfferCatalog offers, List<String> plans) {
    String rarest = plans.get(0);
    int fewest = Integer.MAX_VALUE;
    for (String plan : plans) {
      int covering = offers.offersCovering(plan).size();
      if (covering < fewest) {
        fewest = covering;
        rarest = plan;
      }
    }
    return rarest;
  }

  private static Offer min(Offer a, Offer b) {
    return a.id().compareTo(b.id()) <= 0 ? a : b;
  }

  private static Offer max(Offer a, Offer b) {
    return a.id().compareTo(b.id()) <= 0 ? b : a;
  }
}
