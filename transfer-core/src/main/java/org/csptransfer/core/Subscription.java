package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
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
    return new ImmutableSubscription.Builder();
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

  /**
   * Builds subscriptions.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the subscription's invariants are checked by {@link #build()}. A builder is not thread-safe;
   * Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets every attribute from a subscription, as a start for a changed copy: its values replace
     * those set, its present optional values replace those set, and its elements are added to those
     * of every collection.
     *
     * @param instance the subscription to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(Subscription instance);

    /**
     * Sets {@link Subscription#id() id}.
     *
     * @param id the value; not null
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder id(SubscriptionId id);

    /**
     * Sets {@link Subscription#offerId() offerId}.
     *
     * @param offerId the value; not null
     * @return this builder
     * @throws NullPointerException if {@code offerId} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder offerId(OfferId offerId);

    /**
     * Sets {@link Subscription#channel() channel}.
     *
     * @param channel the value; not null
     * @return this builder
     * @throws NullPointerException if {@code channel} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder channel(Channel channel);

    /**
     * Sets {@link Subscription#partnerId() partnerId}.
     *
     * @param partnerId the value; not null
     * @return this builder
     * @throws NullPointerException if {@code partnerId} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder partnerId(PartnerId partnerId);

    /**
     * Sets {@link Subscription#partnerId() partnerId}, or leaves it absent when empty.
     *
     * @param partnerId the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code partnerId} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder partnerId(Optional<? extends PartnerId> partnerId);

    /**
     * Sets {@link Subscription#quantity() quantity}. Its limits are checked by {@link #build()}.
     *
     * @param quantity the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder quantity(int quantity);

    /**
     * Sets {@link Subscription#assignedLicenses() assignedLicenses}. Its limits are checked by
     * {@link #build()}.
     *
     * @param assignedLicenses the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder assignedLicenses(int assignedLicenses);

    /**
     * Sets {@link Subscription#status() status}.
     *
     * @param status the value; not null
     * @return this builder
     * @throws NullPointerException if {@code status} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder status(SubscriptionStatus status);

    /**
     * Sets {@link Subscription#lastDayOfTerm() lastDayOfTerm}. Its limits are checked by {@link
     * #build()}.
     *
     * @param lastDayOfTerm the value; not null
     * @return this builder
     * @throws NullPointerException if {@code lastDayOfTerm} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder lastDayOfTerm(LocalDate lastDayOfTerm);

    /**
     * Sets {@link Subscription#disposition() disposition}.
     *
     * @param disposition the value; not null
     * @return this builder
     * @throws NullPointerException if {@code disposition} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder disposition(Disposition disposition);

    /**
     * Sets {@link Subscription#cancelOn() cancelOn}. Its limits are checked by {@link #build()}.
     *
     * @param cancelOn the value; not null
     * @return this builder
     * @throws NullPointerException if {@code cancelOn} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder cancelOn(LocalDate cancelOn);

    /**
     * Sets {@link Subscription#cancelOn() cancelOn}, or leaves it absent when empty.
     *
     * @param cancelOn the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code cancelOn} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder cancelOn(Optional<? extends LocalDate> cancelOn);

    /**
     * Sets {@link Subscription#lastRefundableDay() lastRefundableDay}. Its limits are checked by
     * {@link #build()}.
     *
     * @param lastRefundableDay the value; not null
     * @return this builder
     * @throws NullPointerException if {@code lastRefundableDay} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder lastRefundableDay(LocalDate lastRefundableDay);

    /**
     * Sets {@link Subscription#lastRefundableDay() lastRefundableDay}, or leaves it absent when
     * empty.
     *
     * @param lastRefundableDay the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code lastRefundableDay} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder lastRefundableDay(Optional<? extends LocalDate> lastRefundableDay);

    /**
     * Sets {@link Subscription#monthlyPricePerSeat() monthlyPricePerSeat}.
     *
     * @param monthlyPricePerSeat the value; not null
     * @return this builder
     * @throws NullPointerException if {@code monthlyPricePerSeat} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder monthlyPricePerSeat(Money monthlyPricePerSeat);

    /**
     * Sets {@link Subscription#monthlyPricePerSeat() monthlyPricePerSeat}, or leaves it absent when
     * empty.
     *
     * @param monthlyPricePerSeat the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code monthlyPricePerSeat} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder monthlyPricePerSeat(Optional<? extends Money> monthlyPricePerSeat);

    /**
     * Sets {@link Subscription#commerce() commerce}.
     *
     * @param commerce the value; not null
     * @return this builder
     * @throws NullPointerException if {@code commerce} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder commerce(Commerce commerce);

    /**
     * Sets {@link Subscription#trial() trial}.
     *
     * @param trial the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder trial(boolean trial);

    /**
     * Sets {@link Subscription#autoRenew() autoRenew}.
     *
     * @param autoRenew the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder autoRenew(boolean autoRenew);

    /**
     * Sets {@link Subscription#autoRenew() autoRenew}, or leaves it absent when empty.
     *
     * @param autoRenew the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code autoRenew} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder autoRenew(Optional<Boolean> autoRenew);

    /**
     * Sets {@link Subscription#pendingTransfer() pendingTransfer}.
     *
     * @param pendingTransfer the value; not null
     * @return this builder
     * @throws NullPointerException if {@code pendingTransfer} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder pendingTransfer(TransferId pendingTransfer);

    /**
     * Sets {@link Subscription#pendingTransfer() pendingTransfer}, or leaves it absent when empty.
     *
     * @param pendingTransfer the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code pendingTransfer} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder pendingTransfer(Optional<? extends TransferId> pendingTransfer);

    /**
     * Sets {@link Subscription#parentId() parentId}.
     *
     * @param parentId the value; not null
     * @return this builder
     * @throws NullPointerException if {@code parentId} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder parentId(SubscriptionId parentId);

    /**
     * Sets {@link Subscription#parentId() parentId}, or leaves it absent when empty.
     *
     * @param parentId the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code parentId} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder parentId(Optional<? extends SubscriptionId> parentId);

    /**
     * Builds the subscription, checking its invariants.
     *
     * @return the subscription
     * @throws IllegalStateException if a mandatory attribute is not set (id, offerId, channel,
     *     quantity, assignedLicenses, status, lastDayOfTerm); the message names the missing ones
     * @throws IllegalArgumentException if a count is outside the {@link Limits} or more licenses
     *     are assigned than bought, a partner id is given without channel CSP or missing with it, a
     *     cancel date is given without disposition CANCEL or missing with it, a date or the price
     *     is outside the {@link Limits}, or the subscription is its own parent; the message names
     *     the field and the value
     */
    public abstract Subscription build();
  }
}
