package org.csptransfer.rules;

/**
 * Every finding the standard rules raise, with its severity and the rule that raises it. The names
 * are public contract (CONTRACT.md): services branch on them.
 */
public enum FindingCode {
  /** The customer has no reseller relationship with the target partner. */
  RELATIONSHIP_MISSING(Severity.ERROR, StandardRule.RELATIONSHIP),
  /** The relationship request was sent but the customer has not accepted it. */
  RELATIONSHIP_PENDING(Severity.ERROR, StandardRule.RELATIONSHIP),
  /** A source is already held through the target partner itself. */
  SAME_PARTNER(Severity.ERROR, StandardRule.RELATIONSHIP),
  /** The tenant's country is in no region of the region catalog. */
  UNSUPPORTED_MARKET(Severity.ERROR, StandardRule.REGION),
  /** The tenant's country is outside every region the partner is authorized for. */
  REGION_MISMATCH(Severity.ERROR, StandardRule.REGION),
  /** A source or target names an offer missing from the catalog. */
  UNKNOWN_OFFER(Severity.ERROR, StandardRule.OFFER),
  /** An active source with assigned licenses is replaced by no target. */
  SOURCE_NOT_COVERED(Severity.ERROR, StandardRule.OFFER),
  /** A target's offer is not available for purchase (discontinued). */
  OFFER_NOT_AVAILABLE(Severity.ERROR, StandardRule.OFFER),
  /** A target lacks a service plan of a source it replaces: users' data is at risk. */
  OFFER_NOT_EQUIVALENT(Severity.ERROR, StandardRule.OFFER),
  /** A target add-on is planned without any of its prerequisite offers. */
  ADDON_WITHOUT_BASE(Severity.ERROR, StandardRule.OFFER),
  /** A target replaces a source of another, equivalent offer: users must be reassigned. */
  LICENSE_REASSIGNMENT_REQUIRED(Severity.WARNING, StandardRule.OFFER),
  /** A source's offer is no longer sold and an equivalent target replaces it. */
  SOURCE_OFFER_DISCONTINUED(Severity.INFO, StandardRule.OFFER),
  /** In a replacement group, the targets' seats are fewer than the sources' assigned licenses. */
  LICENSE_SHORTFALL(Severity.ERROR, StandardRule.LICENSE_COUNT),
  /** The targets' seats hold every user but differ from the seats purchased today. */
  LICENSE_COUNT_CHANGED(Severity.WARNING, StandardRule.LICENSE_COUNT),
  /** A target's quantity is outside its offer's minimum and maximum. */
  QUANTITY_OUT_OF_RANGE(Severity.ERROR, StandardRule.LICENSE_COUNT),
  /** A replaced source is suspended, expired, disabled or deleted on the as-of date. */
  SOURCE_INACTIVE(Severity.WARNING, StandardRule.TIMING),
  /** A source is cancelled before its term end, after its refund window: prepaid days are lost. */
  EARLY_CANCELLATION(Severity.WARNING, StandardRule.TIMING),
  /** A target starts more than the overlap tolerance before its source ends. */
  OVERLAP_DOUBLE_BILLING(Severity.WARNING, StandardRule.TIMING),
  /** A target starts after its source ended, inside the expired grace period. */
  SERVICE_GAP(Severity.WARNING, StandardRule.TIMING),
  /** A target starts after the grace period: users lose access meanwhile. */
  SERVICE_INTERRUPTION(Severity.ERROR, StandardRule.TIMING),
  /** A target starts after the disabled period: the source's data is deleted. */
  DATA_LOSS(Severity.ERROR, StandardRule.TIMING);

  private final Severity severity;
  private final StandardRule rule;

  FindingCode(Severity severity, StandardRule rule) {
    this.severity = severity;
    this.rule = rule;
  }

  /**
   * Returns the severity findings of this code have.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the standard rule that raises this code.
   *
   * @return the rule
   */
  public StandardRule rule() {
    return rule;
  }
}
