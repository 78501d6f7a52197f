package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The offers a transition may name, indexed by id, with the service plan tiers they are compared
 * by.
 *
 * <p>Offers are compared on their service plans (CONTRACT.md, "Service plans"): a plan of the
 * source is covered by the same plan or a higher tier of its family in the target; an uncovered
 * plan that holds user data makes the target not equivalent, uncovered plans that only grant a
 * feature make it drop features. The tiers default to {@link ServicePlanTiers#standard()}.
 *
 * <p>Lookups by id never scan: the index is built with the catalog. Comparisons and replacement
 * candidates are computed on first use per offer and kept, so a catalog is cheap to build and cheap
 * to ask again; it is immutable and thread-safe. Offer ids are unique within a catalog.
 */
@Value.Immutable
public abstract class OfferCatalog {

  OfferCatalog() {}

  /**
   * Returns a catalog of the given offers, compared with the standard tiers.
   *
   * @param offers the offers, with distinct ids; not null
   * @return the catalog
   * @throws IllegalArgumentException if two offers share an id
   */
  public static OfferCatalog of(Offer... offers) {
    return of(Arrays.asList(offers));
  }

  /**
   * Returns a catalog of the given offers, compared with the standard tiers.
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
    return new ImmutableOfferCatalog.Builder();
  }

  /**
   * Returns the offers, in the order they were added.
   *
   * @return the offers
   */
  public abstract List<Offer> offers();

  /**
   * Returns the tier table offers are compared with.
   *
   * @return the tiers, {@link ServicePlanTiers#standard()} unless set
   */
  @Value.Default
  public ServicePlanTiers servicePlanTiers() {
    return ServicePlanTiers.standard();
  }

  /** Offers by id, each already wrapped, so that {@link #find(OfferId)} allocates nothing. */
  @Value.Derived
  @Value.Auxiliary
  Map<OfferId, Optional<Offer>> byId() {
    Map<OfferId, Optional<Offer>> index = new HashMap<>(offers().size() * 2);
    for (Offer offer : offers()) {
      index.put(offer.id(), Optional.of(offer));
    }
    return index;
  }

  /** What is computed on first use: per-offer coverage, candidates, the plan index. */
  @Value.Derived
  @Value.Auxiliary
  OfferIndex index() {
    return new OfferIndex(this);
  }

  /**
   * Returns this catalog compared with other tiers.
   *
   * @param tiers the tier table; not null
   * @return a catalog of the same offers, or this one if the tiers are the same
   */
  public OfferCatalog withServicePlanTiers(ServicePlanTiers tiers) {
    return tiers.equals(servicePlanTiers())
        ? this
        : builder().addAllOffers(offers()).servicePlanTiers(tiers).build();
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
   *     OfferMatch#SAME} for the same id, then by the source's uncovered plans: none {@link
   *     OfferMatch#EQUIVALENT}, only plans holding no data {@link OfferMatch#FEATURES_DROPPED},
   *     else {@link OfferMatch#NOT_EQUIVALENT}
   */
  public OfferMatch compare(OfferId source, OfferId target) {
    if (!contains(source) || !contains(target)) {
      return OfferMatch.UNKNOWN;
    }
    if (source.equals(target)) {
      return OfferMatch.SAME;
    }
    return match(uncoveredPlans(source, List.of(target)));
  }

  /**
   * Judges a list of plans a target leaves uncovered.
   *
   * @param uncovered plans of a source no target covers; not null
   * @return {@link OfferMatch#EQUIVALENT} if none, {@link OfferMatch#FEATURES_DROPPED} if none of
   *     them holds data, else {@link OfferMatch#NOT_EQUIVALENT}
   */
  public OfferMatch match(List<String> uncovered) {
    if (uncovered.isEmpty()) {
      return OfferMatch.EQUIVALENT;
    }
    for (String plan : uncovered) {
      if (servicePlanTiers().holdsData(plan)) {
        return OfferMatch.NOT_EQUIVALENT;
      }
    }
    return OfferMatch.FEATURES_DROPPED;
  }

  /**
   * Returns the service plans of a source offer that a set of target offers leaves uncovered: no
   * target has the plan or a higher tier of its family. Several targets stand for a target with the
   * targets stacked on it.
   *
   * @param source the offer users leave; not null
   * @param targets the offers users will hold together; not null
   * @return the uncovered plans, sorted by name; empty if every plan is covered, or if the source
   *     is unknown (unknown targets cover nothing)
   */
  public List<String> uncoveredPlans(OfferId source, Collection<OfferId> targets) {
    return index().uncoveredPlans(source, targets);
  }

  /**
   * Returns the offers that can carry users of an offer over without losing data, best first: the
   * offer itself while it can be bought; then the other offers that can be bought and cover every
   * plan that holds data, of the same kind (an add-on for an add-on, a base offer for a base
   * offer). Among those, offers covering every plan come before offers dropping feature-only plans;
   * then declared successors, in their declared order; then fewest extra service plans; ties by id.
   *
   * @param id the offer users have; not null
   * @return the candidates; empty if the offer is unknown or nothing can replace it
   */
  public List<Offer> replacementsFor(OfferId id) {
    return index().replacementsFor(id);
  }

  /**
   * Returns the offers whose plans cover a plan: they have it, or a plan of equal or higher rank in
   * its family.
   *
   * @param plan the plan's name; not null
   * @return the offers, in catalog order
   */
  public List<Offer> offersCovering(String plan) {
    return index().offersCovering(plan);
  }

  @Value.Check
  void check() {
    if (byId().size() != offers().size()) {
      Set<OfferId> seen = new HashSet<>();
      for (Offer offer : offers()) {
        checkArgument(seen.add(offer.id()), "offers: duplicate id %s", offer.id());
      }
    }
  }

  /**
   * Builds offer catalogs.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the offer catalog's invariants are checked by {@link #build()}. A builder is not thread-safe;
   * Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets every attribute from an offer catalog, as a start for a changed copy: its values replace
     * those set, its present optional values replace those set, and its elements are added to those
     * of every collection.
     *
     * @param instance the offer catalog to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(OfferCatalog instance);

    /**
     * Adds an element to {@link OfferCatalog#offers() offers}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addOffer(Offer element);

    /**
     * Adds elements to {@link OfferCatalog#offers() offers}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addOffers(Offer... elements);

    /**
     * Replaces the elements of {@link OfferCatalog#offers() offers} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder offers(Iterable<? extends Offer> elements);

    /**
     * Adds elements to {@link OfferCatalog#offers() offers}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllOffers(Iterable<? extends Offer> elements);

    /**
     * Sets {@link OfferCatalog#servicePlanTiers() servicePlanTiers}.
     *
     * @param servicePlanTiers the value; not null
     * @return this builder
     * @throws NullPointerException if {@code servicePlanTiers} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder servicePlanTiers(ServicePlanTiers servicePlanTiers);

    /**
     * Builds the offer catalog, checking its invariants.
     *
     * @return the offer catalog
     * @throws IllegalArgumentException if two offers have the same id; the message names it
     */
    public abstract OfferCatalog build();
  }
}
