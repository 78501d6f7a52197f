package org.csptransfer.rules.planning;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;
import org.jspecify.annotations.Nullable;

/**
 * What the planner proposes and what the pipeline decides about it.
 *
 * <p>Immutable; built by the planner.
 */
public final class ProposedPlan {

  private final TransitionRequest request;
  private final Map<SubscriptionId, Disposition> dispositions;
  private final List<PlanNote> notes;
  private final TransitionDecision decision;

  ProposedPlan(
      TransitionRequest request,
      Map<SubscriptionId, Disposition> dispositions,
      List<PlanNote> notes,
      TransitionDecision decision) {
    this.request = request;
    this.dispositions = dispositions;
    this.notes = notes;
    this.decision = decision;
  }

  /**
   * Returns the proposed plan as a request: the sources with their proposed dispositions, the
   * proposed targets (named {@code t1}, {@code t2}, ...) and transfers (named {@code x1}, {@code
   * x2}, ...).
   *
   * @return the request
   */
  public TransitionRequest request() {
    return request;
  }

  /**
   * Returns the proposed targets.
   *
   * @return the planned subscriptions, in order
   */
  public List<PlannedSubscription> targets() {
    return request.targets();
  }

  /**
   * Returns the proposed partner-to-partner transfers.
   *
   * @return the transfer requests, in order
   */
  public List<Transfer> transfers() {
    return request.transfers();
  }

  /**
   * Returns what to do with each source of the plan.
   *
   * @return the dispositions, in source order
   */
  public Map<SubscriptionId, Disposition> dispositions() {
    return dispositions;
  }

  /**
   * Returns why each choice was made and what the plan could not do.
   *
   * @return the notes, in the order the planner made them
   */
  public List<PlanNote> notes() {
    return notes;
  }

  /**
   * Returns the pipeline's decision on the proposed plan.
   *
   * @return the decision
   */
  public TransitionDecision decision() {
    return decision;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ProposedPlan that
        && request.equals(that.request)
        && dispositions.equals(that.dispositions)
        && notes.equals(that.notes)
        && decision.equals(that.decision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(request, dispositions, notes, decision);
  }

  /** Returns the targets, transfers and verdict, for debugging. */
  @Override
  public String toString() {
    return "ProposedPlan[" + targets() + ", " + transfers() + ", " + decision + "]";
  }
}
