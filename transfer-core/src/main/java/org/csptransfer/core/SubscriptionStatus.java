package org.csptransfer.core;

/**
 * The state of a subscription on the evaluation date (docs/DOMAIN.md, section 3).
 *
 * <p>After its term a Microsoft 365 subscription goes Active, Expired (users keep access), Disabled
 * (users lost access, admins can still back up data), Deleted (data is gone). A legacy CSP
 * subscription can also be Suspended: users are blocked at once.
 */
public enum SubscriptionStatus {
  /** In service. */
  ACTIVE,
  /** Blocked by the seller; data is deleted after about 90 days unless reactivated. */
  SUSPENDED,
  /** Past its end, inside the grace period: users keep full access. */
  EXPIRED,
  /** Users have lost access; admins can still reach and back up the data. */
  DISABLED,
  /** Data is gone. */
  DELETED
}
