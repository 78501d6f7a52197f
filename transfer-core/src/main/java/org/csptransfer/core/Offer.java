package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * An offer a subscription can be bought for, as Partner Center describes it (domain brief, section
 * 5).
 *
 * <p>The {@link #servicePlans() service plans} are what the licence grants (an Exchange mailbox,
 * SharePoint, Teams...): users' data lives in those services, so they decide whether another offer
 * is a safe replacement. An add-on needs one of its {@link #prerequisites() prerequisite} offers.
 * {@link #successors() Successors} are upgrade targets the publisher declares; they order
 * replacement candidates but never make an offer equivalent by themselves.
 *
 * <p>Invariants: {@code 0 <= minQuantity <= maxQuantity}; service plan names are not blank; an
 * offer is neither its own prerequisite nor its own successor.
 */
@Value.Immutable
public abstract class Offer {

  Offer() {}

  /**
   * Returns a builder. Mandatory: id, name. Defaults: available for purchase, not an add-on,
   * quantity from 1 to {@link Integer#MAX_VALUE}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
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
   * EXCHANGE_S_ENTERPRISE}.
   *
   * @return the service plans
   */
  public abstract ImmutableSet<String> servicePlans();

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
  public abstract ImmutableSet<OfferId> prerequisites();

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
   * @return the maximum, in seats, at least {@link #minQuantity()}
   */
  @Value.Default
  public int maxQuantity() {
    return Integer.MAX_VALUE;
  }

  /**
   * Returns the offers the publisher declares as this offer's upgrade paths, most preferred first.
   *
   * @return the declared successors
   */
  public abstract ImmutableSet<OfferId> successors();

  /**
   * Tells whether this offer's licences grant every service plan of another offer's: then no
   * service, and no data, disappears when users move from {@code other} to this offer.
   *
   * @param other the offer users would leave; not null
   * @return true if this offer's service plans include all of {@code other}'s
   */
  public boolean covers(Offer other) {
    return servicePlans().containsAll(other.servicePlans());
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "offers[%s].name: must not be blank", id());
    checkArgument(
        minQuantity() >= 0, "offers[%s].minQuantity: %s is negative", id(), minQuantity());
    checkArgument(
        minQuantity() <= maxQuantity(),
        "offers[%s].minQuantity: %s exceeds maxQuantity %s",
        id(),
        minQuantity(),
        maxQuantity());
    for (String plan : servicePlans()) {
      checkArgument(!plan.isBlank(), "offers[%s].servicePlans: a plan name is blank", id());
    }
    checkArgument(
        !prerequisites().contains(id()), "offers[%s].prerequisites: names the offer itself", id());
    checkArgument(
        !successors().contains(id()), "offers[%s].successors: names the offer itself", id());
  }

  /** Builds offers. */
  public static final class Builder extends ImmutableOffer.Builder {
    Builder() {}
  }
}
