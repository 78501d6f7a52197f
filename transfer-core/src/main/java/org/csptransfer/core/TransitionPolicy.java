package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The periods and tolerances a transition is judged by, and the planner's settings.
 *
 * <p>Lifecycle periods differ between offers and countries (enterprise offers use others, for
 * example 90 + 90 days), so they belong here, not in code (docs/DOMAIN.md, section 3). Defaults: 30
 * expired grace days, 90 disabled days, 7 overlap tolerance days, 25 items per transfer request, 3
 * planner lead days, planner seats {@link SeatBasis#PURCHASED}, planner transfers {@link
 * PlannerTransfers#PREFER}. Every count of days is from 0 to {@value Limits#MAX_POLICY_DAYS}; items
 * per transfer from 1 to {@value Limits#MAX_ITEMS_PER_TRANSFER}.
 */
@Value.Immutable
public abstract class TransitionPolicy {

  private static final TransitionPolicy DEFAULTS = new Builder().build();

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
    return new Builder();
  }

  /**
   * Returns the days a subscription stays Expired after its end: users keep full access.
   *
   * @return the expired grace period, in days
   */
  @Value.Default
  public int expiredGraceDays() {
    return 30;
  }

  /**
   * Returns the days a subscription stays Disabled after the grace period: users have lost access,
   * data still exists.
   *
   * @return the disabled period, in days
   */
  @Value.Default
  public int disabledDays() {
    return 90;
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
    checkDays("overlapToleranceDays", overlapToleranceDays());
    checkDays("plannerLeadDays", plannerLeadDays());
    checkArgument(
        maxItemsPerTransfer() >= 1 && maxItemsPerTransfer() <= Limits.MAX_ITEMS_PER_TRANSFER,
        "policy.maxItemsPerTransfer: %s is not from 1 to %s",
        maxItemsPerTransfer(),
        Limits.MAX_ITEMS_PER_TRANSFER);
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

  /** Builds policies. */
  public static final class Builder extends ImmutableTransitionPolicy.Builder {
    Builder() {}
  }
}
