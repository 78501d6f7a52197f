package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The periods and tolerances a transition is judged by, and the planner's settings.
 *
 * <p>Lifecycle periods differ between offers and countries (enterprise offers use others, for
 * example 90 + 90 days), so they belong here, not in code (domain brief, section 3). Defaults: 30
 * expired grace days, 90 disabled days, 7 overlap tolerance days, 3 planner lead days, planner
 * seats {@link SeatBasis#PURCHASED}. Every count of days is at least 0.
 */
@Value.Immutable
public abstract class TransferPolicy {

  private static final TransferPolicy DEFAULTS = new Builder().build();

  TransferPolicy() {}

  /**
   * Returns the default policy.
   *
   * @return the shared default instance
   */
  public static TransferPolicy defaults() {
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
    checkNotNegative("expiredGraceDays", expiredGraceDays());
    checkNotNegative("disabledDays", disabledDays());
    checkNotNegative("overlapToleranceDays", overlapToleranceDays());
    checkNotNegative("plannerLeadDays", plannerLeadDays());
  }

  private static void checkNotNegative(String field, int days) {
    checkArgument(days >= 0, "policy.%s: %s is negative", field, days);
  }

  /** Builds policies. */
  public static final class Builder extends ImmutableTransferPolicy.Builder {
    Builder() {}
  }
}
