package org.csptransfer.rules;

/**
 * Who carries out a required action or a runbook step (CONTRACT.md, "Version 3", "Actors";
 * docs/DOMAIN.md, section 12). A source's <em>holder</em> is {@link #CURRENT_PARTNER} when its
 * channel is CSP (named by its partner id, even when that is the target partner itself), else
 * {@link #CUSTOMER}.
 */
public enum Actor {
  /** The target partner: requests the relationship, buys, creates transfer requests. */
  NEW_PARTNER,
  /**
   * The partner that holds a CSP source today: submits its transfer, turns off its auto-renewal,
   * cancels it. Named by a partner id beside this actor.
   */
  CURRENT_PARTNER,
  /**
   * The customer's admin, in the Microsoft 365 admin center (or through its volume licensing
   * partner for Enterprise Agreement and Open sources): accepts the relationship, reassigns
   * licenses, turns off recurring billing of what it bought itself.
   */
  CUSTOMER
}
