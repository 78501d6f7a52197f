package org.csptransfer.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What one rule did during an evaluation.
 *
 * @param rule the rule's id
 * @param outcome whether it passed, raised findings or was skipped
 * @param findings how many findings it raised: positive exactly when the outcome is {@link
 *     RuleOutcome#RAISED}
 */
public record RuleTrace(String rule, RuleOutcome outcome, int findings) {

  /**
   * Creates a trace entry.
   *
   * @param rule the rule's id
   * @param outcome whether it passed, raised findings or was skipped
   * @param findings how many findings it raised: positive exactly when the outcome is {
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the count does not match the outcome
   */
  public RuleTrace {
    requireNonNull(rule, "rule");
    requireNonNull(outcome, "outcome");
    checkArgument(
        (findings > 0) == (outcome == RuleOutcome.RAISED) && findings >= 0,
        "trace[%s]: %s findings with outcome %s",
        rule,
        findings,
        outcome);
  }
}
