package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The periods and tolerances a transition is judged by, and the planner's settings.
 *
 * <p>Lifecycle periods differ by channel (docs/DOMAIN.md, section 12): each source's come from the
 * pipeline's {@link LifecycleTable}. The three lifecycle keys here are <em>overrides</em> with no
 * default: absent, every source keeps its row; present, the value replaces that column for every
 * source, even when it is 30 or 90 (CONTRACT.md, "Version 3", clarification 1). Defaults of the
 * others: 7 overlap tolerance days, 25 items per transfer request, unknown auto-renewal {@link
 * AutoRenewAssumption#ASSUME_ON}, 3 planner lead days, planner seats {@link SeatBasis#PURCHASED},
 * planner transfers {@link PlannerTransfers#PREFER}. Every count of days is from 0 to {@value
 * Limits#MAX_POLICY_DAYS}; items per transfer from 1 to {@value Limits#MAX_ITEMS_PER_TRANSFER}.
 *
 * <p>To judge as version 2 did: expired grace days 30, disabled days 90, cancelled retention days
 * 90 and {@link AutoRenewAssumption#ASSUME_OFF}.
 */
@Value.Immutable
public abstract class TransitionPolicy {

  private static final TransitionPolicy DEFAULTS = builder().build();

  TransitionPolicy() {}

  /**
   * Returns the default policy.
   *
   * @return the shared default instance
   */
  public static TransitionPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder whose unset values take the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new ImmutableTransitionPolicy.Builder();
  }

  /**
   * Returns the days every source stays Expired after its end (users keep full access), in place of
   * its lifecycle row's.
   *
   * @return the override of the expired days, empty for each source's own row
   */
  public abstract OptionalInt expiredGraceDays();

  /**
   * Returns the days every source left to expire stays Disabled after the expired period (users
   * have lost access, data still exists), in place of its lifecycle row's. It never applies to a
   * cancelled source (see {@link #cancelledRetentionDays()}).
   *
   * @return the override of the disabled days, empty for each source's own row
   */
  public abstract OptionalInt disabledDays();

  /**
   * Returns the days the data of every cancelled source is kept after its cancellation, in place of
   * its lifecycle row's (7 for CSP new commerce, 90 or 150 elsewhere).
   *
   * @return the override of the days after a cancellation, empty for each source's own row
   */
  public abstract OptionalInt cancelledRetentionDays();

  /**
   * Returns what the judgement assumes of a source whose auto-renewal is not known.
   *
   * @return the assumption, {@link AutoRenewAssumption#ASSUME_ON} unless set
   */
  @Value.Default
  public AutoRenewAssumption unknownAutoRenew() {
    return AutoRenewAssumption.ASSUME_ON;
  }

  /**
   * Returns the days a new subscription may start before the old one ends without the overlap being
   * worth a warning.
   *
   * @return the overlap tolerance, in days
   */
  @Value.Default
  public int overlapToleranceDays() {
    return 7;
  }

  /**
   * Returns the most subscriptions one partner-to-partner transfer request may hold (Partner
   * Center's limit, docs/DOMAIN.md, section 8).
   *
   * @return the maximum items per transfer request, at least 1
   */
  @Value.Default
  public int maxItemsPerTransfer() {
    return 25;
  }

  /**
   * Returns how many days before a source's end the planner starts its replacement.
   *
   * @return the lead, in days, as configured
   * @see #effectiveLeadDays()
   */
  @Value.Default
  public int plannerLeadDays() {
    return 3;
  }

  /**
   * Returns which seat count the planner buys again.
   *
   * @return the seat basis
   */
  @Value.Default
  public SeatBasis plannerSeats() {
    return SeatBasis.PURCHASED;
  }

  /**
   * Returns whether the planner transfers the sources a transfer can move.
   *
   * @return the planner's use of transfers
   */
  @Value.Default
  public PlannerTransfers plannerTransfers() {
    return PlannerTransfers.PREFER;
  }

  /**
   * Returns the lead the planner uses: {@link #plannerLeadDays()}, but never more than the {@link
   * #overlapToleranceDays() overlap tolerance}, so a planned start is never itself a double-billing
   * warning.
   *
   * @return the lead, in days
   */
  public int effectiveLeadDays() {
    return Math.min(plannerLeadDays(), overlapToleranceDays());
  }

  @Value.Check
  void check() {
    checkDays("expiredGraceDays", expiredGraceDays());
    checkDays("disabledDays", disabledDays());
    checkDays("cancelledRetentionDays", cancelledRetentionDays());
    checkDays("overlapToleranceDays", overlapToleranceDays());
    checkDays("plannerLeadDays", plannerLeadDays());
    checkArgument(
        maxItemsPerTransfer() >= 1 && maxItemsPerTransfer() <= Limits.MAX_ITEMS_PER_TRANSFER,
        "policy.maxItemsPerTransfer: %s is not from 1 to %s",
        maxItemsPerTransfer(),
        Limits.MAX_ITEMS_PER_TRANSFER);
  }

  private static void checkDays(String field, OptionalInt days) {
    if (days.isPresent()) {
      checkDays(field, days.getAsInt());
    }
  }

  private static void checkDays(String field, int days) {
    checkArgument(days >= 0, "policy.%s: %s is negative", field, days);
    checkArgument(
        days <= Limits.MAX_POLICY_DAYS,
        "policy.%s: %s is more than the %s days allowed",
        field,
        days,
        Limits.MAX_POLICY_DAYS);
  }

  /**
   * Builds policies.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the policy's invariants are checked by {@link #build()}. A builder is not thread-safe;
   * Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets every attribute from a policy, as a start for a changed copy: its values replace those
     * set, its present optional values replace those set, and its elements are added to those of
     * every collection.
     *
     * @param instance the policy to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(TransitionPolicy instance);

    /**
     * Sets {@link TransitionPolicy#expiredGraceDays() expiredGraceDays}. Its limits are checked by
     * {@link #build()}.
     *
     * @param expiredGraceDays the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder expiredGraceDays(int expiredGraceDays);

    /**
     * Sets {@link TransitionPolicy#expiredGraceDays() expiredGraceDays}, or leaves it absent when
     * empty.
     *
     * @param expiredGraceDays the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code expiredGraceDays} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder expiredGraceDays(OptionalInt expiredGraceDays);

    /**
     * Sets {@link TransitionPolicy#disabledDays() disabledDays}. Its limits are checked by {@link
     * #build()}.
     *
     * @param disabledDays the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder disabledDays(int disabledDays);

    /**
     * Sets {@link TransitionPolicy#disabledDays() disabledDays}, or leaves it absent when empty.
     *
     * @param disabledDays the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code disabledDays} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder disabledDays(OptionalInt disabledDays);

    /**
     * Sets {@link TransitionPolicy#cancelledRetentionDays() cancelledRetentionDays}. Its limits are
     * checked by {@link #build()}.
     *
     * @param cancelledRetentionDays the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder cancelledRetentionDays(int cancelledRetentionDays);

    /**
     * Sets {@link TransitionPolicy#cancelledRetentionDays() cancelledRetentionDays}, or leaves it
     * absent when empty.
     *
     * @param cancelledRetentionDays the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code cancelledRetentionDays} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder cancelledRetentionDays(OptionalInt cancelledRetentionDays);

    /**
     * Sets {@link TransitionPolicy#unknownAutoRenew() unknownAutoRenew}.
     *
     * @param unknownAutoRenew the value; not null
     * @return this builder
     * @throws NullPointerException if {@code unknownAutoRenew} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder unknownAutoRenew(AutoRenewAssumption unknownAutoRenew);

    /**
     * Sets {@link TransitionPolicy#overlapToleranceDays() overlapToleranceDays}. Its limits are
     * checked by {@link #build()}.
     *
     * @param overlapToleranceDays the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder overlapToleranceDays(int overlapToleranceDays);

    /**
     * Sets {@link TransitionPolicy#maxItemsPerTransfer() maxItemsPerTransfer}. Its limits are
     * checked by {@link #build()}.
     *
     * @param maxItemsPerTransfer the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder maxItemsPerTransfer(int maxItemsPerTransfer);

    /**
     * Sets {@link TransitionPolicy#plannerLeadDays() plannerLeadDays}. Its limits are checked by
     * {@link #build()}.
     *
     * @param plannerLeadDays the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder plannerLeadDays(int plannerLeadDays);

    /**
     * Sets {@link TransitionPolicy#plannerSeats() plannerSeats}.
     *
     * @param plannerSeats the value; not null
     * @return this builder
     * @throws NullPointerException if {@code plannerSeats} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder plannerSeats(SeatBasis plannerSeats);

    /**
     * Sets {@link TransitionPolicy#plannerTransfers() plannerTransfers}.
     *
     * @param plannerTransfers the value; not null
     * @return this builder
     * @throws NullPointerException if {@code plannerTransfers} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder plannerTransfers(PlannerTransfers plannerTransfers);

    /**
     * Builds the policy, checking its invariants.
     *
     * @return the policy
     * @throws IllegalArgumentException if a number of days is negative or more than {@value
     *     Limits#MAX_POLICY_DAYS}, or the maximum of items per transfer is not from 1 to {@value
     *     Limits#MAX_ITEMS_PER_TRANSFER}; the message names the field and the value
     */
    public abstract TransitionPolicy build();
  }
}
