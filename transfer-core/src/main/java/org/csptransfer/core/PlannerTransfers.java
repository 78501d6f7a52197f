package org.csptransfer.core;

/** Whether the planner moves sources by partner-to-partner transfer when it can. */
public enum PlannerTransfers {
  /**
   * Transfer every source a transfer can move, and buy new only for the others (the default): a
   * transfer keeps the offer, the seats and the term, with no reassignment and no gap.
   */
  PREFER,
  /** Never transfer: buy new subscriptions and let the old ones expire, as before 2024. */
  NEVER
}
