package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * What happens to a subscription after its service ends, in days: one row of a {@link
 * LifecycleTable} (docs/DOMAIN.md, sections 3 and 12; CONTRACT.md, "Version 3", "Lifecycle by
 * channel").
 *
 * <p>Left to expire, a subscription is first Expired for {@link #expiredDays()} (users keep their
 * access; 0 when service stops on the end date), then Disabled for {@link #disabledDays()} (admins
 * only, data kept), then Deleted. Cancelled, it skips the Expired state: its data is kept for
 * {@link #cancelledRetentionDays()} (7 days to back up for CSP new commerce) and then deleted. Each
 * count is from 0 to {@value Limits#MAX_POLICY_DAYS}.
 */
@Value.Immutable
public abstract class SubscriptionLifecycle {

  SubscriptionLifecycle() {}

  /**
   * Returns a lifecycle row.
   *
   * @param expiredDays days Expired after the end, users keeping access
   * @param disabledDays days Disabled after the expired days, data kept
   * @param cancelledRetentionDays days the data is kept after a cancellation
   * @return the row
   * @throws IllegalArgumentException if a count is negative or more than {@value
   *     Limits#MAX_POLICY_DAYS}, naming it
   */
  public static SubscriptionLifecycle of(
      int expiredDays, int disabledDays, int cancelledRetentionDays) {
    return ImmutableSubscriptionLifecycle.of(expiredDays, disabledDays, cancelledRetentionDays);
  }

  /**
   * Returns the days the subscription stays Expired after its end: users keep full access.
   *
   * @return the expired days
   */
  @Value.Parameter
  public abstract int expiredDays();

  /**
   * Returns the days the subscription stays Disabled after the expired days: users have lost
   * access, admins can still reach and back up the data.
   *
   * @return the disabled days
   */
  @Value.Parameter
  public abstract int disabledDays();

  /**
   * Returns the days the data is kept after a cancellation, which skips the Expired state.
   *
   * @return the days after a cancellation before the data is deleted
   */
  @Value.Parameter
  public abstract int cancelledRetentionDays();

  @Value.Check
  void check() {
    checkDays("expiredDays", expiredDays());
    checkDays("disabledDays", disabledDays());
    checkDays("cancelledRetentionDays", cancelledRetentionDays());
  }

  private static void checkDays(String field, int days) {
    checkArgument(
        days >= 0 && days <= Limits.MAX_POLICY_DAYS,
        "lifecycle.%s: %s is not from 0 to %s",
        field,
        days,
        Limits.MAX_POLICY_DAYS);
  }

  @Override
  public String toString() {
    return expiredDays()
        + " expired + "
        + disabledDays()
        + " disabled, cancelled: "
        + cancelledRetentionDays();
  }
}
