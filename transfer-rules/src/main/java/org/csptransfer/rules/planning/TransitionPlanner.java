package org.csptransfer.rules.planning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.csptransfer.core.Limits;
import org.csptransfer.core.PlannerTransfers;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionPipeline;

/**
 * Proposes the plan the contract recommends for a customer's current subscriptions, and evaluates
 * it with the pipeline. Pure and deterministic, like the pipeline; thread-safe.
 *
 * <p>What it proposes (CONTRACT.md, "The planner"):
 *
 * <ul>
 *   <li>With {@link PlannerTransfers#PREFER} (the default), every source a partner-to-partner
 *       transfer can move is transferred instead of replaced: one request per current partner,
 *       dated the as-of date, split into requests of at most the policy's maximum, an add-on always
 *       in its base's request. A base and its add-ons move together or not at all.
 *   <li>Every other source that must be covered (active, with assigned licenses) gets a
 *       replacement; the others are left to lapse, with a note. A source already held through the
 *       target partner is left out of the plan: there is nothing to move.
 *   <li>The same offer while it is for sale; otherwise an offer for sale that keeps the source's
 *       data: full coverage first, declared successors first, then the fewest extra service plans,
 *       ties by id; then offers dropping feature-only plans. When no single offer keeps the data
 *       but two stacked for the same users do (a "(no Teams)" suite and Teams), both, the second
 *       stacked on the first with the same seats. When nothing does, no target is invented: a note
 *       says so and the decision reports the source as not covered.
 *   <li>Seats: the purchased seats of the sources replaced, or their assigned licenses under {@link
 *       SeatBasis#ASSIGNED}; at least the offer's minimum; split evenly over several targets above
 *       its maximum. At most {@value Limits#MAX_PLANNED_TARGETS} targets in all; beyond, a note.
 *   <li>Sources with the same chosen offers and the same end are consolidated into one target.
 *   <li>Start: the sources' first day without service minus the {@linkplain
 *       TransitionPolicy#effectiveLeadDays() lead}, never before the as-of date.
 *   <li>Every source is left to expire (cancelled subscriptions are not refunded). When a unit
 *       price is known and cancelling on the as-of date would forfeit more than 30 prepaid days (a
 *       month's billing), a note states what, so that a person can choose knowingly.
 * </ul>
 *
 * <p>What no plan can fix (the tenant's country outside the partner's regions, a missing or pending
 * relationship) shows in the decision with its actions; the planner does not hide it.
 */
public final class TransitionPlanner {

  private final TransitionPipeline pipeline;

  private TransitionPlanner(TransitionPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Returns a planner that chooses from the pipeline's offers, follows its policy and evaluates its
   * proposals with it.
   *
   * @param pipeline the pipeline; not null
   * @return the planner
   */
  public static TransitionPlanner of(TransitionPipeline pipeline) {
    return new TransitionPlanner(requireNonNull(pipeline, "pipeline"));
  }

  /**
   * Proposes a plan for the customer's current subscriptions and evaluates it.
   *
   * @param input the as-of date, partner, customer and current subscriptions; not null
   * @return the proposed plan with its decision
   * @throws NullPointerException if {@code input} is null
   * @throws org.csptransfer.rules.RuleFailedException if a rule of the pipeline fails while the
   *     proposal is evaluated (a rule of the user's; the standard rules do not)
   */
  public ProposedPlan plan(PlanningInput input) {
    TransitionRequest current = requireNonNull(input, "input").request();
    LocalDate asOf = current.asOf();
    TransitionPolicy policy = pipeline.policy();
    KeptSources kept = KeptSources.of(current);
    PlannedTransfers transfers = PlannedTransfers.of(kept.sources(), asOf, policy);
    PlannedReplacements replacements =
        PlannedReplacements.of(
            kept.sources(), transfers.transferred(), pipeline.offers(), policy, asOf);
    TransitionRequest proposed =
        TransitionRequest.builder()
            .from(current)
            .sources(kept.sources())
            .targets(replacements.targets())
            .transfers(transfers.transfers())
            .build();
    List<PlanNote> notes = new ArrayList<>(kept.notes());
    notes.addAll(transfers.notes());
    notes.addAll(replacements.notes());
    return ProposedPlan.of(proposed, kept.dispositions(), notes, pipeline.evaluate(proposed));
  }

  /**
   * Proposes a plan for the current subscriptions a request holds, as {@link #plan(PlanningInput)}
   * does with {@link PlanningInput#of(TransitionRequest)}: the request's targets, transfers and the
   * sources' dispositions are not read.
   *
   * @param current the as-of date, partner, customer and current subscriptions; not null
   * @return the proposed plan with its decision
   * @throws NullPointerException if {@code current} is null
   * @throws org.csptransfer.rules.RuleFailedException if a rule of the pipeline fails while the
   *     proposal is evaluated
   */
  public ProposedPlan plan(TransitionRequest current) {
    return plan(PlanningInput.of(requireNonNull(current, "current")));
  }
}
