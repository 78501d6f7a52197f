package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The offers a transition may name, indexed by id.
 *
 * <p>The index is built once, when the catalog is built; lookups never scan. Offer ids are unique
 * within a catalog.
 */
@Value.Immutable
public abstract class OfferCatalog {

  OfferCatalog() {}

  /**
   * Returns a catalog of the given offers.
   *
   * @param offers the offers, with distinct ids; not null
   * @return the catalog
   * @throws IllegalArgumentException if two offers share an id
   */
  public static OfferCatalog of(Offer... offers) {
    return of(Arrays.asList(offers));
  }

  /**
   * Returns a catalog of the given offers.
   *
   * @param offers the offers, with distinct ids; not null
   * @return the catalog
   * @throws IllegalArgumentException if two offers share an id
   */
  public static OfferCatalog of(Iterable<Offer> offers) {
    return builder().addAllOffers(offers).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the offers, in the order they were added.
   *
   * @return the offers
   */
  public abstract ImmutableList<Offer> offers();

  /**
   * Offers by id, each already wrapped, so that {@link #find(OfferId)} allocates nothing on the
   * evaluation path; a duplicate id is refused by {@link #check()}.
   */
  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<OfferId, Optional<Offer>> byId() {
    ImmutableMap.Builder<OfferId, Optional<Offer>> index = ImmutableMap.builder();
    for (Offer offer : offers()) {
      index.put(offer.id(), Optional.of(offer));
    }
    return index.buildKeepingLast();
  }

  /**
   * Lazily computed candidates, per offer: what {@link #equivalentAvailableOffers(OfferId)}
   * answers. Computed once per catalog, on first use.
   */
  @Value.Lazy
  ImmutableMap<OfferId, ImmutableList<Offer>> candidatesById() {
    ImmutableMap.Builder<OfferId, ImmutableList<Offer>> candidates = ImmutableMap.builder();
    for (Offer offer : offers()) {
      candidates.put(offer.id(), rankCandidates(offer));
    }
    return candidates.buildOrThrow();
  }

  /**
   * Finds an offer by id.
   *
   * @param id the offer's id; not null
   * @return the offer, or empty if the catalog has none with that id
   */
  public Optional<Offer> find(OfferId id) {
    Optional<Offer> offer = byId().get(id);
    return offer == null ? Optional.empty() : offer;
  }

  /**
   * Tells whether the catalog has an offer with the given id.
   *
   * @param id the offer's id; not null
   * @return true if {@link #find(OfferId)} would find it
   */
  public boolean contains(OfferId id) {
    return byId().containsKey(id);
  }

  /**
   * Compares the offer a customer has with the offer meant to replace it.
   *
   * @param source the offer users leave; not null
   * @param target the offer users move to; not null
   * @return {@link OfferMatch#UNKNOWN} if either is missing from the catalog; else {@link
   *     OfferMatch#SAME} for the same id, {@link OfferMatch#EQUIVALENT} if the target's service
   *     plans include all of the source's, {@link OfferMatch#NOT_EQUIVALENT} otherwise
   */
  public OfferMatch compare(OfferId source, OfferId target) {
    Optional<Offer> from = find(source);
    Optional<Offer> to = find(target);
    if (from.isEmpty() || to.isEmpty()) {
      return OfferMatch.UNKNOWN;
    }
    if (source.equals(target)) {
      return OfferMatch.SAME;
    }
    return to.get().covers(from.get()) ? OfferMatch.EQUIVALENT : OfferMatch.NOT_EQUIVALENT;
  }

  /**
   * Returns the offers that could safely replace an offer: available for purchase, different from
   * it, and granting all of its service plans. Declared successors come first, in their declared
   * order; then the others, fewest extra service plans first, ties by id.
   *
   * @param id the offer to replace; not null
   * @return the candidates, best first; empty if the offer is unknown or has none
   */
  public ImmutableList<Offer> equivalentAvailableOffers(OfferId id) {
    ImmutableList<Offer> candidates = candidatesById().get(id);
    return candidates == null ? ImmutableList.of() : candidates;
  }

  private ImmutableList<Offer> rankCandidates(Offer offer) {
    ImmutableList.Builder<Offer> ranked = ImmutableList.builder();
    for (OfferId successor : offer.successors()) {
      find(successor).filter(candidate -> isCandidateFor(candidate, offer)).ifPresent(ranked::add);
    }
    List<Offer> others = new ArrayList<>();
    for (Offer candidate : offers()) {
      if (!offer.successors().contains(candidate.id()) && isCandidateFor(candidate, offer)) {
        others.add(candidate);
      }
    }
    others.sort(
        Comparator.comparingInt((Offer candidate) -> extraPlans(candidate, offer))
            .thenComparing(Offer::id));
    return ranked.addAll(others).build();
  }

  private static boolean isCandidateFor(Offer candidate, Offer offer) {
    return candidate.availableForPurchase()
        && !candidate.id().equals(offer.id())
        && candidate.covers(offer);
  }

  private static int extraPlans(Offer candidate, Offer offer) {
    return Sets.difference(candidate.servicePlans(), offer.servicePlans()).size();
  }

  @Value.Check
  void check() {
    Set<OfferId> seen = new HashSet<>();
    for (Offer offer : offers()) {
      checkArgument(seen.add(offer.id()), "offers: duplicate id %s", offer.id());
    }
  }

  /** Builds offer catalogs. */
  public static final class Builder extends ImmutableOfferCatalog.Builder {
    Builder() {}
  }
}
