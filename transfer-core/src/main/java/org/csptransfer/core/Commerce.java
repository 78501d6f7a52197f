package org.csptransfer.core;

/**
 * Which commerce platform a CSP subscription was bought on (docs/DOMAIN.md, section 8): only
 * new-commerce subscriptions can be transferred from one CSP partner to another.
 */
public enum Commerce {
  /** New commerce (Partner Center product type {@code OnlineServicesNCE}); the default. */
  NCE,
  /**
   * Legacy CSP commerce. Microsoft migrated legacy subscriptions to new commerce at renewal from
   * January 2024; those left cannot be transferred.
   */
  LEGACY
}
