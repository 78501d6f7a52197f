package org.csptransfer.core;

/**
 * What the judgement assumes about a subscription whose auto-renewal is not known (CONTRACT.md,
 * "Version 3", "Renewal"; docs/DOMAIN.md, section 12).
 */
public enum AutoRenewAssumption {
  /**
   * Unknown means on: Microsoft renews new-commerce and direct subscriptions unless renewal is
   * turned off. The default.
   */
  ASSUME_ON,
  /** Unknown means off: version 2's judgement, for plans whose renewal is handled elsewhere. */
  ASSUME_OFF
}
