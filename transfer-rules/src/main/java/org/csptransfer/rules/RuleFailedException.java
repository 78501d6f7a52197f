package org.csptransfer.rules;

/**
 * A rule broke its contract during an evaluation: it threw, returned null or a null finding, or
 * returned a finding of another rule. It is a programmer error of that rule, never a business
 * problem of the plan; the message names the rule.
 */
public final class RuleFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The id of the rule that failed. */
  private final String rule;

  RuleFailedException(String rule, String problem, Throwable cause) {
    super("rule " + rule + " failed: " + problem, cause);
    this.rule = rule;
  }

  RuleFailedException(String rule, String problem) {
    super("rule " + rule + " failed: " + problem);
    this.rule = rule;
  }

  /**
   * Returns the id of the rule that failed.
   *
   * @return the rule's id
   */
  public String rule() {
    return rule;
  }
}
