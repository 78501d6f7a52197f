package org.csptransfer.rules;

/** What a rule did during one evaluation. */
public enum RuleOutcome {
  /** It ran and found nothing. */
  PASSED,
  /** It ran and raised at least one finding. */
  RAISED,
  /** It did not run: an earlier rule raised an error in stop-at-first-error mode. */
  SKIPPED
}
