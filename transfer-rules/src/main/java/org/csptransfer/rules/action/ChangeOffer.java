package org.csptransfer.rules.action;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.SubscriptionId;
import org.immutables.value.Value;

/**
 * Plan a planned subscription on another offer: one that can be bought and keeps users' data. Done
 * with the first candidate, the finding is gone.
 */
@Value.Immutable
public abstract non-sealed class ChangeOffer implements RequiredAction {
  ChangeOffer() {}

  /**
   * Returns the action.
   *
   * @param target the planned subscription; not null
   * @param offer its offer today; not null
   * @param candidates offers to plan instead, best first; not empty
   * @return the action
   * @throws IllegalArgumentException if there is no candidate
   */
  public static ChangeOffer of(SubscriptionId target, OfferId offer, List<OfferId> candidates) {
    return ImmutableChangeOffer.of(target, offer, candidates);
  }

  /**
   * Returns the planned subscription.
   *
   * @return the target
   */
  @Value.Parameter
  public abstract SubscriptionId target();

  /**
   * Returns the offer planned today.
   *
   * @return the offer
   */
  @Value.Parameter
  public abstract OfferId offerId();

  /**
   * Returns the offers to plan instead, best first.
   *
   * @return the candidates, never empty
   */
  @Value.Parameter
  public abstract List<OfferId> candidates();

  @Override
  public Kind kind() {
    return Kind.CHANGE_OFFER;
  }

  @Override
  public Map<String, Object> arguments() {
    return ImmutableMap.of(
        "target",
        target().value(),
        "offerId",
        offerId().value(),
        "candidates",
        Actions.ids(candidates()));
  }

  @Value.Check
  void check() {
    checkArgument(!candidates().isEmpty(), "changeOffer[%s].candidates: empty", target());
  }
}
