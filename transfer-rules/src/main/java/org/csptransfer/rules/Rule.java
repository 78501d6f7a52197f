package org.csptransfer.rules;

import java.util.List;
import org.csptransfer.core.TransitionRequest;

/**
 * One check of a transition plan.
 *
 * <p>A rule is pure: the same request and context give the same findings, it keeps no mutable
 * state, reads no clock and does no I/O, so one instance serves every thread. A business problem is
 * a finding, never an exception: a rule must not throw for a valid request.
 *
 * <p>A user's rule, for example "at most 25 sources per transfer":
 *
 * <pre>{@code
 * Rule maxSources = new Rule() {
 *   public String id() { return "max-sources"; }
 *   public String description() { return "A transfer holds at most 25 subscriptions"; }
 *   public List<Finding> evaluate(TransitionRequest request, RuleContext context) {
 *     int count = request.sources().size();
 *     return count <= 25 ? List.of() : List.of(new Finding("TOO_MANY_SOURCES", Severity.ERROR,
 *         id(), List.of(), count + " sources; at most 25 per transfer", Map.of("sources", count),
 *         Optional.empty()));
 *   }
 * };
 * }</pre>
 */
public interface Rule {

  /**
   * Returns the rule's id, unique within a pipeline, for example {@code "timing"}.
   *
   * @return the id, never blank
   */
  String id();

  /**
   * Says in one line what the rule checks.
   *
   * @return the description
   */
  String description();

  /**
   * Checks a request.
   *
   * @param request the plan; not null
   * @param context the catalogs, the policy and indexes of this request; not null
   * @return the findings, empty if the plan passes; never null
   */
  List<Finding> evaluate(TransitionRequest request, RuleContext context);
}
