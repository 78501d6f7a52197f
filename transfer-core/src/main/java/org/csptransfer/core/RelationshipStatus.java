package org.csptransfer.core;

/**
 * Where a reseller relationship request stands (docs/DOMAIN.md, section 1, step 1).
 *
 * <p>Only an accepted relationship lets the partner provision subscriptions for the tenant.
 */
public enum RelationshipStatus {
  /** The partner sent the request; the customer has not accepted it yet. */
  INVITED,
  /** The customer accepted the request: the partner may provision subscriptions. */
  ACCEPTED
}
