package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.csptransfer.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One of the customer's current subscriptions: a source of the transition.
 *
 * <p>Two dates bound its service, and their names say which side they are on: {@link
 * #lastDayOfTerm()} is the last day the term serves users (Partner Center's commitment end date,
 * the scenario's {@code termEnd}); {@link #firstDayWithoutService()} is the day after the service
 * ends under the plan: the day after the term when the subscription is left to expire, the cancel
 * date when it is cancelled (docs/DOMAIN.md, section 3).
 *
 * <p>Invariants, each refused with a message naming {@code sources[id].field} and the value: {@code
 * 0 <= assignedLicenses <= quantity <=} {@value Limits#MAX_QUANTITY}; a partner id exactly when the
 * channel is {@link Channel#CSP}; a cancel date exactly when the disposition is {@link
 * Disposition#CANCEL}; a unit price within {@link Limits#isSupportedUnitPrice}; every date within
 * {@link Limits#isSupported(LocalDate)}; a parent other than the subscription itself.
 */
@Value.Immutable
public abstract class Subscription {

  /** How refusals name a subscription: the scenario's path to it. */
  private static final String OWNER = "sources[%s]";

  Subscription() {}

  /**
   * Returns a builder. Mandatory: id, offer id, channel, quantity, assigned licenses, status, last
   * day of term. Defaults: disposition {@link Disposition#LET_EXPIRE}, commerce {@link
   * Commerce#NCE}, not a trial.
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
   * @return the quantity, in seats, from 0 to {@value Limits#MAX_QUANTITY}
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
   * Returns the last day of service of the current term: Partner Center's commitment end date,
   * which is inclusive (the scenario's {@code termEnd}).
   *
   * @return the last day the subscription serves users if it is left to expire
   */
  public abstract LocalDate lastDayOfTerm();

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
   * cancellationAllowedUntilDate}), inclusive. Absent means no refund. The scenario JSON calls it
   * {@code refundableUntil}, and so do the error messages of its checks.
   *
   * @return the last refundable day, if any
   */
  public abstract Optional<LocalDate> lastRefundableDay();

  /**
   * Returns the price of one seat for one month. The scenario JSON calls it {@code unitPrice}, and
   * so do the error messages of its checks.
   *
   * @return the monthly price per seat, if known
   */
  public abstract Optional<Money> monthlyPricePerSeat();

  /**
   * Returns the commerce platform the subscription was bought on; it matters for CSP subscriptions,
   * which only new commerce can transfer.
   *
   * @return the commerce, {@link Commerce#NCE} unless set
   */
  @Value.Default
  public Commerce commerce() {
    return Commerce.NCE;
  }

  /**
   * Tells whether the subscription is a trial (no billing to transfer).
   *
   * @return true for a trial; false unless set
   */
  @Value.Default
  public boolean trial() {
    return false;
  }

  /**
   * Tells whether the subscription renews for a new term at its end unless someone turns renewal
   * off (Partner Center's {@code autoRenewEnabled}, the admin center's "Recurring billing";
   * docs/DOMAIN.md, section 12). Microsoft's default is on; absent means unknown, and the policy's
   * {@link TransitionPolicy#unknownAutoRenew()} decides.
   *
   * @return whether auto-renewal is on, if known
   */
  public abstract Optional<Boolean> autoRenew();

  /**
   * Tells whether the subscription renews automatically at its term end, given what the policy
   * assumes when that is unknown.
   *
   * @param policy the policy; not null
   * @return {@link #autoRenew()} when known, else true under {@link AutoRenewAssumption#ASSUME_ON}
   */
  public boolean renewsAutomatically(TransitionPolicy policy) {
    Optional<Boolean> known = autoRenew();
    return known.isPresent()
        ? known.get()
        : policy.unknownAutoRenew() == AutoRenewAssumption.ASSUME_ON;
  }

  /**
   * Returns the open Partner Center transfer request the subscription already belongs to.
   *
   * @return the request's id, if it is in one
   */
  public abstract Optional<TransferId> pendingTransfer();

  /**
   * Returns the base subscription of an add-on subscription (Partner Center's {@code
   * parentSubscriptionId}): a source of the same request.
   *
   * @return the parent's id, present for an add-on whose base is known
   */
  public abstract Optional<SubscriptionId> parentId();

  /**
   * Returns the first day without service under the plan: the day after {@link #lastDayOfTerm()}
   * when the subscription is left to expire, the {@link #cancelOn() cancel date} when it is
   * cancelled.
   *
   * @return the first day without service
   */
  public LocalDate firstDayWithoutService() {
    return isCancelled() && cancelOn().isPresent() ? cancelOn().get() : lastDayOfTerm().plusDays(1);
  }

  /**
   * Tells whether the subscription is cancelled rather than left to expire.
   *
   * @return true for disposition {@link Disposition#CANCEL}
   */
  public boolean isCancelled() {
    return disposition() == Disposition.CANCEL;
  }

  /**
   * Tells whether the subscription is held through a partner.
   *
   * @param partner the partner; not null
   * @return true if the channel is CSP and its partner id is {@code partner}'s ({@link
   *     PartnerId#sameAs(PartnerId)})
   */
  public boolean isHeldBy(PartnerId partner) {
    return partnerId().isPresent() && partnerId().get().sameAs(partner);
  }

  /**
   * Tells whether the subscription is held through a partner, named by its id or its tenant id.
   *
   * @param partner the partner; not null
   * @return true if the channel is CSP and {@code partner} {@link Partner#isNamedBy(PartnerId) is
   *     named by} its partner id
   */
  public boolean isHeldBy(Partner partner) {
    return partnerId().isPresent() && partner.isNamedBy(partnerId().get());
  }

  @Value.Check
  void check() {
    Checks.checkSeats(OWNER, id(), "quantity", quantity());
    Checks.checkSeats(OWNER, id(), "assignedLicenses", assignedLicenses());
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
    Checks.checkDate(OWNER, id(), "termEnd", lastDayOfTerm());
    if (cancelOn().isPresent()) {
      Checks.checkDate(OWNER, id(), "cancelOn", cancelOn().get());
    }
    if (lastRefundableDay().isPresent()) {
      Checks.checkDate(OWNER, id(), "refundableUntil", lastRefundableDay().get());
    }
    if (monthlyPricePerSeat().isPresent()) {
      checkArgument(
          Limits.isSupportedUnitPrice(monthlyPricePerSeat().get().amount()),
          "sources[%s].unitPrice: %s is not a price from 0 to %s with at most %s decimals",
          id(),
          monthlyPricePerSeat().get().amount(),
          Limits.MAX_UNIT_PRICE,
          Limits.MAX_PRICE_DECIMALS);
    }
    checkArgument(
        !parentId().equals(Optional.of(id())),
        "sources[%s].parentId: names the subscription itself",
        id());
  }

  /** Builds subscriptions. */
  public static final class Builder extends ImmutableSubscription.Builder {
    Builder() {}
  }
}
