package org.csptransfer.core;

/** Which seat count of the current subscriptions the planner buys again. */
public enum SeatBasis {
  /** As many seats as the customer purchased: nothing changes for the customer. */
  PURCHASED,
  /** As many seats as users hold: stops paying for unused seats. */
  ASSIGNED
}
