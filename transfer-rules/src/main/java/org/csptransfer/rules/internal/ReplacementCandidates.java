package org.csptransfer.rules.internal;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;

/**
 * The offers that can carry a source's users over without losing a service: the same offer while it
 * is for sale, then the equivalent available offers (declared successors first, then fewest extra
 * service plans, ties by id). Shared by the offer rule's actions and the planner.
 */
public final class ReplacementCandidates {

  private ReplacementCandidates() {}

  /**
   * Returns the candidates for users of an offer, best first.
   *
   * @param offers the catalog
   * @param offer the offer users hold today
   * @return the candidates; empty if the offer is unknown or nothing can replace it
   */
  public static ImmutableList<Offer> of(OfferCatalog offers, OfferId offer) {
    Optional<Offer> current = offers.find(offer);
    if (current.isEmpty()) {
      return ImmutableList.of();
    }
    boolean addOn = current.get().addOn();
    ImmutableList.Builder<Offer> candidates = ImmutableList.builder();
    if (current.get().availableForPurchase()) {
      candidates.add(current.get());
    }
    for (Offer equivalent : offers.equivalentAvailableOffers(offer)) {
      if (equivalent.addOn() == addOn) {
        candidates.add(equivalent);
      }
    }
    return candidates.build();
  }

  /**
   * Returns the ids of {@link #of(OfferCatalog, OfferId)}.
   *
   * @param offers the catalog
   * @param offer the offer users hold today
   * @return the candidates' ids, best first
   */
  public static ImmutableList<OfferId> idsOf(OfferCatalog offers, OfferId offer) {
    return of(offers, offer).stream().map(Offer::id).collect(ImmutableList.toImmutableList());
  }
}
