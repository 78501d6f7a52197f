package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of the customer's current subscriptions: a source of the transition.
 *
 * <p>The {@link #termEnd() term end} is the subscription's last day of service, like Partner
 * Center's commitment end date. The plan either lets it expire after that day or cancels it on a
 * {@link #cancelOn() date}; see {@link #end()} for the first day without service.
 *
 * <p>Invariants, each refused with a message naming {@code sources[id].field}: {@code 0 <=
 * assignedLicenses <= quantity}; a partner id exactly when the channel is {@link Channel#CSP}; a
 * cancel date exactly when the disposition is {@link Disposition#CANCEL}; a unit price not
 * negative.
 */
@Value.Immutable
public abstract class Subscription {

  Subscription() {}

  /**
   * Returns a builder. Mandatory: id, offer id, channel, quantity, assigned licenses, status, term
   * end. Default disposition: {@link Disposition#LET_EXPIRE}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the subscription's id.
   *
   * @return the id
   */
  public abstract SubscriptionId id();

  /**
   * Returns the offer the subscription was bought for.
   *
   * @return the offer's id, which need not be in the offer catalog
   */
  public abstract OfferId offerId();

  /**
   * Returns where the subscription was bought.
   *
   * @return the channel
   */
  public abstract Channel channel();

  /**
   * Returns the partner the subscription is held through, for channel {@link Channel#CSP}.
   *
   * @return the partner, present exactly when the channel is CSP
   */
  public abstract Optional<PartnerId> partnerId();

  /**
   * Returns the number of seats purchased.
   *
   * @return the quantity, in seats, at least 0
   */
  public abstract int quantity();

  /**
   * Returns the number of users holding a seat.
   *
   * @return the assigned licenses, from 0 to {@link #quantity()}
   */
  public abstract int assignedLicenses();

  /**
   * Returns the subscription's state on the evaluation date.
   *
   * @return the status
   */
  public abstract SubscriptionStatus status();

  /**
   * Returns the last day of service of the current term (the commitment end date).
   *
   * @return the last day the subscription serves users if it is left to expire
   */
  public abstract LocalDate termEnd();

  /**
   * Returns what the plan does with the subscription.
   *
   * @return the disposition
   */
  @Value.Default
  public Disposition disposition() {
    return Disposition.LET_EXPIRE;
  }

  /**
   * Returns the day the subscription is cancelled, for disposition {@link Disposition#CANCEL}.
   * There is no service on that day.
   *
   * @return the cancel date, present exactly when the disposition is CANCEL
   */
  public abstract Optional<LocalDate> cancelOn();

  /**
   * Returns the last day a cancellation is refunded (Partner Center's {@code
   * cancellationAllowedUntilDate}). Absent means no refund.
   *
   * @return the last refundable day, if any
   */
  public abstract Optional<LocalDate> refundableUntil();

  /**
   * Returns the price of one seat for one month.
   *
   * @return the unit price, if known
   */
  public abstract Optional<Money> unitPrice();

  /**
   * Returns the first day without service: the day after {@link #termEnd()} when the subscription
   * is left to expire, the {@link #cancelOn() cancel date} when it is cancelled.
   *
   * @return the first day without service
   */
  @Value.Derived
  @Value.Auxiliary
  public LocalDate end() {
    return isCancelled() && cancelOn().isPresent() ? cancelOn().get() : termEnd().plusDays(1);
  }

  /**
   * Tells whether the subscription is cancelled rather than left to expire.
   *
   * @return true for disposition {@link Disposition#CANCEL}
   */
  public boolean isCancelled() {
    return disposition() == Disposition.CANCEL;
  }

  @Value.Check
  void check() {
    checkArgument(quantity() >= 0, "sources[%s].quantity: %s is negative", id(), quantity());
    checkArgument(
        assignedLicenses() >= 0,
        "sources[%s].assignedLicenses: %s is negative",
        id(),
        assignedLicenses());
    checkArgument(
        assignedLicenses() <= quantity(),
        "sources[%s].assignedLicenses: %s exceeds quantity %s",
        id(),
        assignedLicenses(),
        quantity());
    checkArgument(
        partnerId().isPresent() == (channel() == Channel.CSP),
        "sources[%s].partnerId: %s with channel %s (a partner id goes with channel CSP only)",
        id(),
        partnerId().map(Object::toString).orElse("absent"),
        channel());
    checkArgument(
        cancelOn().isPresent() == isCancelled(),
        "sources[%s].cancelOn: %s with disposition %s (a cancel date goes with CANCEL only)",
        id(),
        cancelOn().map(Object::toString).orElse("absent"),
        disposition());
    unitPrice()
        .ifPresent(
            price ->
                checkArgument(
                    price.amount().signum() >= 0,
                    "sources[%s].unitPrice: %s is negative",
                    id(),
                    price));
  }

  /** Builds subscriptions. */
  public static final class Builder extends ImmutableSubscription.Builder {
    Builder() {}
  }
}
