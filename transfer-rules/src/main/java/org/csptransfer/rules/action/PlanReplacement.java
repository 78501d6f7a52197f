package org.csptransfer.rules.action;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.SubscriptionId;
import org.immutables.value.Value;

/**
 * Plan a new subscription for a source (none replaces it, or a transfer cannot move it), on the
 * same offer while it is for sale or another that keeps users' data. Done with the first candidate,
 * the finding is gone.
 */
@Value.Immutable
public abstract non-sealed class PlanReplacement implements RequiredAction {
  PlanReplacement() {}

  /**
   * Returns the action.
   *
   * @param source the subscription to replace; not null
   * @param offer its offer; not null
   * @param candidates offers to buy, best first; not empty
   * @return the action
   * @throws IllegalArgumentException if there is no candidate
   */
  public static PlanReplacement of(SubscriptionId source, OfferId offer, List<OfferId> candidates) {
    return ImmutablePlanReplacement.of(source, offer, candidates);
  }

  /**
   * Returns the subscription to replace.
   *
   * @return the source
   */
  @Value.Parameter
  public abstract SubscriptionId source();

  /**
   * Returns the source's offer.
   *
   * @return the offer
   */
  @Value.Parameter
  public abstract OfferId offerId();

  /**
   * Returns the offers to buy, best first.
   *
   * @return the candidates, never empty
   */
  @Value.Parameter
  public abstract List<OfferId> candidates();

  @Override
  public Kind kind() {
    return Kind.PLAN_REPLACEMENT;
  }

  @Override
  public Map<String, Object> arguments() {
    return ImmutableMap.of(
        "source",
        source().value(),
        "offerId",
        offerId().value(),
        "candidates",
        Actions.ids(candidates()));
  }

  @Value.Check
  void check() {
    checkArgument(!candidates().isEmpty(), "planReplacement[%s].candidates: empty", source());
  }
}
