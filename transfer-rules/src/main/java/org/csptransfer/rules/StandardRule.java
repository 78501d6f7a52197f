package org.csptransfer.rules;

import java.util.function.Supplier;

/**
 * The six standard rules, in the order the standard pipeline runs them. Their {@link #id() ids} are
 * public contract: they name the rule of each finding and address a rule in {@link
 * TransitionPipeline.Builder#replaceRule(String, Rule)} and {@link
 * TransitionPipeline.Builder#removeRule(String)}.
 */
public enum StandardRule {
  /** The customer must have accepted the target partner's reseller relationship request. */
  RELATIONSHIP("relationship", RelationshipRule::new),
  /** The tenant's country must lie in a region the partner is authorized for. */
  REGION("region", RegionRule::new),
  /** Partner-to-partner transfers move only what a transfer can move, as Partner Center allows. */
  TRANSFER("transfer", TransferRule::new),
  /** Offers must exist, be for sale, keep every service plan, and add-ons need their base. */
  OFFER("offer", OfferRule::new),
  /** New seats must hold every user who has a licence today. */
  LICENSE_COUNT("license-count", LicenseCountRule::new),
  /** New subscriptions must start neither too early (double billing) nor too late (a gap). */
  TIMING("timing", TimingRule::new);

  private final String id;

  // Constructor references: they hold no state, so the enum stays immutable in practice.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Supplier<Rule> factory;

  StandardRule(String id, Supplier<Rule> factory) {
    this.id = id;
    this.factory = factory;
  }

  /**
   * Returns the rule's id, for example {@code "license-count"}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the rule. Standard rules hold no state, so one instance serves every thread.
   *
   * @return a new instance of the rule
   */
  public Rule create() {
    return factory.get();
  }
}
