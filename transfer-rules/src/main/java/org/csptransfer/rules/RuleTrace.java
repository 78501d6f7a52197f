package org.csptransfer.rules;

import org.immutables.value.Value;

/**
 * What one rule did during an evaluation: passed, raised findings, or was skipped.
 *
 * <p>Immutable; built by the pipeline. The count of findings is positive exactly when the outcome
 * is {@link RuleOutcome#RAISED}.
 */
@Value.Immutable
public abstract class RuleTrace {

  RuleTrace() {}

  /** Returns a rule's trace. */
  static RuleTrace of(String rule, RuleOutcome outcome, int findings) {
    return ImmutableRuleTrace.of(rule, outcome, findings);
  }

  /**
   * Returns the rule's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String rule();

  /**
   * Returns what the rule did.
   *
   * @return the outcome
   */
  @Value.Parameter
  public abstract RuleOutcome outcome();

  /**
   * Returns how many findings the rule raised.
   *
   * @return the count, positive exactly when the outcome is {@link RuleOutcome#RAISED}
   */
  @Value.Parameter
  public abstract int findings();

  /** Returns the rule, its outcome and its count, for debugging. */
  @Override
  public String toString() {
    return rule() + ": " + outcome() + (findings() > 0 ? " " + findings() : "");
  }
}
