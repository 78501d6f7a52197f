package org.csptransfer.rules;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One check of a transition plan.
 *
 * <p>A rule is pure: the same context gives the same findings, it keeps no mutable state, reads no
 * clock and does no I/O, so one instance serves every thread. A business problem is a finding,
 * never an exception; a rule that throws, returns null or returns another rule's finding makes the
 * pipeline throw a {@link RuleFailedException} naming it.
 *
 * <p>A user's rule, for example "at most 25 sources per plan":
 *
 * <pre>{@code
 * Rule maxSources =
 *     Rule.of("max-sources", "A plan moves at most 25 subscriptions", context -> {
 *       int count = context.request().sources().size();
 *       return count <= 25
 *           ? List.of()
 *           : List.of(Finding.custom("max-sources", "TOO_MANY_SOURCES", Severity.ERROR)
 *               .argument("sources", count)
 *               .message("{sources} subscriptions; at most 25 per plan")
 *               .build());
 *     });
 * }</pre>
 */
public interface Rule {

  /**
   * Returns the rule's id, unique within a pipeline: lower-case words joined by hyphens, at most 64
   * characters, for example {@code "timing"}.
   *
   * @return the id
   */
  String id();

  /**
   * Says in one line what the rule checks.
   *
   * @return the description
   */
  String description();

  /**
   * Checks a plan.
   *
   * @param context the request, the catalogs, the policy, and what the pipeline indexed for this
   *     evaluation; not null
   * @return the findings, each of this rule's id; empty if the plan passes; never null
   */
  List<Finding> evaluate(RuleContext context);

  /**
   * Returns a rule made of a function.
   *
   * @param id the rule's id: lower-case words joined by hyphens, at most 64 characters; not null
   * @param description what it checks, in one line; not null
   * @param check the check: the findings for a context, never null; not null
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is malformed
   */
  static Rule of(
      String id,
      String description,
      Function<? super RuleContext, ? extends Collection<Finding>> check) {
    String checkedId = Identifiers.checkRuleId(requireNonNull(id, "id"));
    requireNonNull(description, "description");
    requireNonNull(check, "check");
    return new Rule() {
      @Override
      public String id() {
        return checkedId;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public List<Finding> evaluate(RuleContext context) {
        // A null list or element throws here; the pipeline reports it with this rule's id.
        return List.copyOf(requireNonNull(check.apply(context), "the check returned null"));
      }

      @Override
      public String toString() {
        return "Rule[" + checkedId + "]";
      }
    };
  }
}
