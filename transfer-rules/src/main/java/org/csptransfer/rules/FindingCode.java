package org.csptransfer.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every finding the standard rules raise, with its severity and the rule that raises it. The names
 * are public contract (CONTRACT.md, "Finding codes"): services branch on them. A finding of a
 * standard code always has that code's severity and rule; users' rules raise codes of their own
 * (see {@link Finding#custom(String, String, Severity)}).
 *
 * <p><b>How the set evolves.</b> New codes may arrive in a minor version (contract version 3 added
 * {@link #AUTO_RENEWAL_ON}); a code is never removed, renamed, or given another severity within a
 * major version. A {@code switch} over the codes keeps a {@code default} branch; {@link
 * TransitionDecision#has(String)} and {@link TransitionDecision#findingsWith(String)} ask about any
 * code, a user's rule's included.
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
  /**
   * A transferred source cannot be moved by a partner-to-partner transfer; its argument {@code
   * reason} says why (see {@link TransferIneligibility}).
   */
  TRANSFER_NOT_ELIGIBLE(Severity.ERROR, StandardRule.TRANSFER),
  /** A transfer's date is before the as-of date. */
  TRANSFER_DATE_PASSED(Severity.ERROR, StandardRule.TRANSFER),
  /** A transfer request holds more sources than the policy's maximum. */
  TRANSFER_TOO_MANY_ITEMS(Severity.ERROR, StandardRule.TRANSFER),
  /** A transfer request holds sources of more than one current partner. */
  TRANSFER_MIXED_PARTNERS(Severity.ERROR, StandardRule.TRANSFER),
  /** An add-on is transferred without its base, or its base without it, or in another request. */
  TRANSFER_SPLITS_ADDON(Severity.ERROR, StandardRule.TRANSFER),
  /** A source is both transferred and replaced by a new target: the customer would pay twice. */
  TRANSFER_AND_REPLACEMENT(Severity.ERROR, StandardRule.TRANSFER),
  /** A source or target names an offer missing from the catalog. */
  UNKNOWN_OFFER(Severity.ERROR, StandardRule.OFFER),
  /** An active source with assigned licenses is replaced by no target and not transferred. */
  SOURCE_NOT_COVERED(Severity.ERROR, StandardRule.OFFER),
  /** A target's offer is not available for purchase (discontinued). */
  OFFER_NOT_AVAILABLE(Severity.ERROR, StandardRule.OFFER),
  /** A target lacks a service plan holding data of a source it replaces: data-loss risk. */
  OFFER_NOT_EQUIVALENT(Severity.ERROR, StandardRule.OFFER),
  /** A target add-on is planned without any of its prerequisite offers. */
  ADDON_WITHOUT_BASE(Severity.ERROR, StandardRule.OFFER),
  /** A target replaces a source of another offer that keeps its data: users must be reassigned. */
  LICENSE_REASSIGNMENT_REQUIRED(Severity.WARNING, StandardRule.OFFER),
  /** A target lacks only service plans that hold no data: users lose a feature, no data. */
  SERVICE_PLAN_DROPPED(Severity.WARNING, StandardRule.OFFER),
  /** A source's offer is no longer sold and an equivalent target replaces it. */
  SOURCE_OFFER_DISCONTINUED(Severity.INFO, StandardRule.OFFER),
  /** In a replacement group, the targets' seats are fewer than the sources' assigned licenses. */
  LICENSE_SHORTFALL(Severity.ERROR, StandardRule.LICENSE_COUNT),
  /** The targets' seats hold every user but differ from the seats purchased today. */
  LICENSE_COUNT_CHANGED(Severity.WARNING, StandardRule.LICENSE_COUNT),
  /** A target's quantity is outside its offer's minimum and maximum. */
  QUANTITY_OUT_OF_RANGE(Severity.ERROR, StandardRule.LICENSE_COUNT),
  /** A stacked target has fewer seats than the target it stacks on. */
  STACK_SHORTFALL(Severity.ERROR, StandardRule.LICENSE_COUNT),
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
  DATA_LOSS(Severity.ERROR, StandardRule.TIMING),
  /**
   * A replaced source left to expire renews automatically at its term end unless its auto-renewal
   * is turned off: the customer would pay for it and for its replacement (version 3).
   */
  AUTO_RENEWAL_ON(Severity.WARNING, StandardRule.TIMING);

  private static final Map<String, FindingCode> BY_NAME = new HashMap<>();

  static {
    for (FindingCode code : values()) {
      BY_NAME.put(code.name(), code);
    }
  }

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

  /**
   * Finds the standard code of a name, without an exception for other names.
   *
   * @param name a code's name, for example {@code "DATA_LOSS"}; not null
   * @return the standard code, or empty if {@code name} names none
   */
  public static Optional<FindingCode> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
