package org.csptransfer.rules.planning;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;

/**
 * What the planner proposes and what the pipeline decides about it.
 *
 * @param request the proposed plan as a request: the sources with their proposed dispositions and
 *     the proposed targets, named {@code t1}, {@code t2}, ... in order
 * @param dispositions what to do with each source of the plan, in source order
 * @param notes the reasons for each choice and what the plan could not do, in plain English
 * @param decision the pipeline's decision on the proposed plan
 */
public record ProposedPlan(
    TransitionRequest request,
    Map<SubscriptionId, Disposition> dispositions,
    List<String> notes,
    TransitionDecision decision) {

  /**
   * Creates a proposed plan; the map and list are copied.
   *
   * @param request the proposed plan as a request
   * @param dispositions what to do with each source
   * @param notes the reasons for each choice
   * @param decision the decision on the plan
   * @throws NullPointerException if an argument is null
   */
  public ProposedPlan {
    requireNonNull(request, "request");
    requireNonNull(decision, "decision");
    dispositions = ImmutableMap.copyOf(dispositions);
    notes = ImmutableList.copyOf(notes);
  }

  /**
   * Returns the proposed targets.
   *
   * @return the planned subscriptions, in order
   */
  public List<PlannedSubscription> targets() {
    return request.targets();
  }
}
