package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Set;
import org.csptransfer.core.internal.Checks;
import org.csptransfer.core.internal.Texts;
import org.immutables.value.Value;

/**
 * An offer a subscription can be bought for, as Partner Center describes it (docs/DOMAIN.md,
 * section 5).
 *
 * <p>The {@link #servicePlans() service plans} are what the licence grants (an Exchange mailbox,
 * SharePoint, Teams...): users' data lives in those services, so they decide whether another offer
 * is a safe replacement (see {@link OfferCatalog#compare(OfferId, OfferId)}). An add-on needs one
 * of its {@link #prerequisites() prerequisite} offers. {@link #successors() Successors} are upgrade
 * targets the publisher declares; they order replacement candidates but never make an offer
 * equivalent by themselves.
 *
 * <p>Invariants: {@code 0 <= minQuantity <= maxQuantity <=} {@value Limits#MAX_QUANTITY}; service
 * plan names are not blank; an offer is neither its own prerequisite nor its own successor.
 */
@Value.Immutable
public abstract class Offer {

  private static final String OWNER = "offers[%s]";

  Offer() {}

  /**
   * Returns a builder. Mandatory: id, name. Defaults: available for purchase, not an add-on,
   * quantity from 1 to {@value Limits#MAX_QUANTITY}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new ImmutableOffer.Builder();
  }

  /**
   * Returns an offer of a SKU: its string id, product name and service plans, available for
   * purchase, not an add-on, from 1 to {@value Limits#MAX_QUANTITY} seats. Use {@link
   * Builder#sku(Sku)} to set other attributes.
   *
   * @param sku the SKU; not null
   * @return the offer
   */
  public static Offer of(Sku sku) {
    return builder().sku(sku).build();
  }

  /**
   * Returns the offer's id.
   *
   * @return the id
   */
  public abstract OfferId id();

  /**
   * Returns the offer's display name, for example {@code "Office 365 E3"}.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * Returns the names of the service plans a licence of this offer grants, for example {@code
   * EXCHANGE_S_ENTERPRISE}, as Microsoft's licensing table and Graph spell them.
   *
   * @return the service plans, in the order given
   */
  public abstract Set<String> servicePlans();

  /**
   * Tells whether the offer can still be bought; false for a discontinued offer.
   *
   * @return true if it is available for purchase
   */
  @Value.Default
  public boolean availableForPurchase() {
    return true;
  }

  /**
   * Tells whether the offer is an add-on, bought on top of a base offer.
   *
   * @return true for an add-on
   */
  @Value.Default
  public boolean addOn() {
    return false;
  }

  /**
   * Returns the offers one of which an add-on needs beside it.
   *
   * @return the prerequisite offers, empty for a base offer
   */
  public abstract Set<OfferId> prerequisites();

  /**
   * Returns the smallest number of seats a subscription of this offer may have.
   *
   * @return the minimum, in seats, at least 0
   */
  @Value.Default
  public int minQuantity() {
    return 1;
  }

  /**
   * Returns the largest number of seats one subscription of this offer may have.
   *
   * @return the maximum, in seats, from {@link #minQuantity()} to {@value Limits#MAX_QUANTITY}
   */
  @Value.Default
  public int maxQuantity() {
    return Limits.MAX_QUANTITY;
  }

  /**
   * Returns the offers the publisher declares as this offer's upgrade paths, most preferred first.
   *
   * @return the declared successors
   */
  public abstract Set<OfferId> successors();

  /**
   * Tells whether a subscription of this offer can be bought now: the offer is available for
   * purchase and sells at least one seat.
   *
   * @return true if it can be bought
   */
  public boolean isPurchasable() {
    return availableForPurchase() && maxQuantity() >= 1;
  }

  @Value.Check
  void check() {
    Checks.checkName(OWNER, id(), name());
    Checks.checkSeats(OWNER, id(), "minQuantity", minQuantity());
    Checks.checkSeats(OWNER, id(), "maxQuantity", maxQuantity());
    checkArgument(
        minQuantity() <= maxQuantity(),
        "offers[%s].minQuantity: %s exceeds maxQuantity %s",
        id(),
        minQuantity(),
        maxQuantity());
    for (String plan : servicePlans()) {
      checkArgument(!Texts.isBlank(plan), "offers[%s].servicePlans: a plan name is blank", id());
    }
    checkArgument(
        !prerequisites().contains(id()), "offers[%s].prerequisites: names the offer itself", id());
    checkArgument(
        !successors().contains(id()), "offers[%s].successors: names the offer itself", id());
  }

  /**
   * Builds offers.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the offer's invariants are checked by {@link #build()}. A builder is not thread-safe;
   * Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets the id, name and service plans of an offer of a SKU: the SKU's string id, product name
     * and service plan names. Other attributes keep their values or defaults.
     *
     * @param sku the SKU; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder sku(Sku sku) {
      id(OfferId.of(sku.stringId()));
      name(sku.productName());
      servicePlans(sku.servicePlanNames());
      return this;
    }

    /**
     * Sets every attribute from an offer, as a start for a changed copy: its values replace those
     * set, its present optional values replace those set, and its elements are added to those of
     * every collection.
     *
     * @param instance the offer to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(Offer instance);

    /**
     * Sets {@link Offer#id() id}.
     *
     * @param id the value; not null
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder id(OfferId id);

    /**
     * Sets {@link Offer#name() name}. Its limits are checked by {@link #build()}.
     *
     * @param name the value; not null
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder name(String name);

    /**
     * Adds an element to {@link Offer#servicePlans() servicePlans}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addServicePlan(String element);

    /**
     * Adds elements to {@link Offer#servicePlans() servicePlans}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addServicePlans(String... elements);

    /**
     * Replaces the elements of {@link Offer#servicePlans() servicePlans} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder servicePlans(Iterable<String> elements);

    /**
     * Adds elements to {@link Offer#servicePlans() servicePlans}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllServicePlans(Iterable<String> elements);

    /**
     * Sets {@link Offer#availableForPurchase() availableForPurchase}.
     *
     * @param availableForPurchase the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder availableForPurchase(boolean availableForPurchase);

    /**
     * Adds an element to {@link Offer#prerequisites() prerequisites}.
     *
     * @param addOn the element; not null
     * @return this builder
     * @throws NullPointerException if {@code addOn} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addOn(boolean addOn);

    /**
     * Adds an element to {@link Offer#prerequisites() prerequisites}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addPrerequisite(OfferId element);

    /**
     * Adds elements to {@link Offer#prerequisites() prerequisites}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addPrerequisites(OfferId... elements);

    /**
     * Replaces the elements of {@link Offer#prerequisites() prerequisites} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder prerequisites(Iterable<? extends OfferId> elements);

    /**
     * Adds elements to {@link Offer#prerequisites() prerequisites}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllPrerequisites(Iterable<? extends OfferId> elements);

    /**
     * Sets {@link Offer#minQuantity() minQuantity}. Its limits are checked by {@link #build()}.
     *
     * @param minQuantity the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder minQuantity(int minQuantity);

    /**
     * Sets {@link Offer#maxQuantity() maxQuantity}. Its limits are checked by {@link #build()}.
     *
     * @param maxQuantity the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder maxQuantity(int maxQuantity);

    /**
     * Adds an element to {@link Offer#successors() successors}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addSuccessor(OfferId element);

    /**
     * Adds elements to {@link Offer#successors() successors}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addSuccessors(OfferId... elements);

    /**
     * Replaces the elements of {@link Offer#successors() successors} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder successors(Iterable<? extends OfferId> elements);

    /**
     * Adds elements to {@link Offer#successors() successors}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllSuccessors(Iterable<? extends OfferId> elements);

    /**
     * Builds the offer, checking its invariants.
     *
     * @return the offer
     * @throws IllegalStateException if a mandatory attribute is not set (id, name); the message
     *     names the missing ones
     * @throws IllegalArgumentException if the name is blank or longer than {@value
     *     Limits#MAX_NAME_LENGTH} characters, a quantity is outside the {@link Limits} or the
     *     minimum exceeds the maximum, a service plan name is blank, or the offer is its own
     *     prerequisite or successor; the message names the field and the value
     */
    public abstract Offer build();
  }
}
