package org.csptransfer.rules;

import java.util.List;
import org.csptransfer.rules.action.RequiredAction;

/** The decision on a transition plan, derived from its findings and required actions. */
public enum Verdict {
  /** Only {@link Severity#INFO} findings, or none, and nothing to do. */
  APPROVED,
  /** No error, but at least one warning or one required action. */
  APPROVED_WITH_ACTIONS,
  /** At least one {@link Severity#ERROR} finding. */
  REJECTED;

  /**
   * Derives the verdict the contract prescribes.
   *
   * @param findings the findings; not null
   * @param actions the required actions; not null
   * @return {@link #REJECTED} if any finding is an error; else {@link #APPROVED_WITH_ACTIONS} if
   *     any is a warning or any action is required; else {@link #APPROVED}
   */
  public static Verdict of(List<Finding> findings, List<RequiredAction> actions) {
    boolean warned = !actions.isEmpty();
    for (Finding finding : findings) {
      if (finding.severity() == Severity.ERROR) {
        return REJECTED;
      }
      warned |= finding.severity() == Severity.WARNING;
    }
    return warned ? APPROVED_WITH_ACTIONS : APPROVED;
  }
}
