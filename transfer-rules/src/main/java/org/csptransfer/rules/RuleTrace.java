package org.csptransfer.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one rule did during an evaluation: passed, raised findings, or was skipped.
 *
 * <p>Immutable; built by the pipeline. The count of findings is positive exactly when the outcome
 * is {@link RuleOutcome#RAISED}.
 */
public final class RuleTrace {

  private final String rule;
  private final RuleOutcome outcome;
  private final int findings;

  RuleTrace(String rule, RuleOutcome outcome, int findings) {
    this.rule = rule;
    this.outcome = outcome;
    this.findings = findings;
  }

  /**
   * Returns the rule's id.
   *
   * @return the id
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns what the rule did.
   *
   * @return the outcome
   */
  public RuleOutcome outcome() {
    return outcome;
  }

  /**
   * Returns how many findings the rule raised.
   *
   * @return the count, positive exactly when the outcome is {@link RuleOutcome#RAISED}
   */
  public int findings() {
    return findings;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RuleTrace that
        && rule.equals(that.rule)
        && outcome == that.outcome
        && findings == that.findings;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, outcome, findings);
  }

  /** Returns the rule, its outcome and its count, for debugging. */
  @Override
  public String toString() {
    return rule + ": " + outcome + (findings > 0 ? " " + findings : "");
  }
}
