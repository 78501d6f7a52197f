package org.csptransfer.rules.planning;

import java.util.List;
import java.util.Map;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;
import org.immutables.value.Value;

/**
 * What the planner proposes and what the pipeline decides about it.
 *
 * <p>Immutable; built by the planner.
 */
@Value.Immutable
public abstract class ProposedPlan {

  ProposedPlan() {}

  /** Returns a proposed plan; the dispositions and notes keep their order. */
  static ProposedPlan of(
      TransitionRequest request,
      Map<SubscriptionId, Disposition> dispositions,
      List<PlanNote> notes,
      TransitionDecision decision) {
    return ImmutableProposedPlan.of(request, dispositions, notes, decision);
  }

  /**
   * Returns the proposed plan as a request: the sources with their proposed dispositions, the
   * proposed targets (named {@code t1}, {@code t2}, ...) and transfers (named {@code x1}, {@code
   * x2}, ...).
   *
   * @return the request
   */
  @Value.Parameter
  public abstract TransitionRequest request();

  /**
   * Returns the proposed targets.
   *
   * @return the planned subscriptions, in order
   */
  public List<PlannedSubscription> targets() {
    return request().targets();
  }

  /**
   * Returns the proposed partner-to-partner transfers.
   *
   * @return the transfer requests, in order
   */
  public List<Transfer> transfers() {
    return request().transfers();
  }

  /**
   * Returns what to do with each source of the plan.
   *
   * @return the dispositions, in source order
   */
  @Value.Parameter
  public abstract Map<SubscriptionId, Disposition> dispositions();

  /**
   * Returns why each choice was made and what the plan could not do.
   *
   * @return the notes, in the order the planner made them
   */
  @Value.Parameter
  public abstract List<PlanNote> notes();

  /**
   * Returns the pipeline's decision on the proposed plan.
   *
   * @return the decision
   */
  @Value.Parameter
  public abstract TransitionDecision decision();

  /** Returns the targets, transfers and verdict, for debugging. */
  @Override
  public String toString() {
    return "ProposedPlan[" + targets() + ", " + transfers() + ", " + decision() + "]";
  }
}
