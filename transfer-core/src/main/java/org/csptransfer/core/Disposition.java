package org.csptransfer.core;

/**
 * What the plan does with a customer's current subscription (docs/DOMAIN.md, section 1, step 3).
 */
public enum Disposition {
  /** Let it run to its term end and expire: no money is forfeited. */
  LET_EXPIRE,
  /**
   * Cancel it on a given date: it skips the Expired state and is disabled at once; no refund after
   * the refund window.
   */
  CANCEL
}
