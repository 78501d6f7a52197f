package org.csptransfer.core;

/**
 * Where a customer bought a subscription (docs/DOMAIN.md, section 1).
 *
 * <p>Only {@link #CSP} names a partner: the subscription is held through that partner.
 */
public enum Channel {
  /** Bought directly from Microsoft (web direct). */
  DIRECT,
  /** Bought through an Enterprise Agreement. */
  ENTERPRISE_AGREEMENT,
  /** Bought through an Open licence. */
  OPEN,
  /** Bought from a Cloud Solution Provider partner, named by the subscription. */
  CSP,
  /** Any other channel. */
  OTHER
}
