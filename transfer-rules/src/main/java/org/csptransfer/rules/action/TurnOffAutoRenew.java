package org.csptransfer.rules.action;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.rules.Actor;
import org.immutables.value.Value;

/**
 * Turn off a subscription's auto-renewal (Partner Center's "Auto-renew", the admin center's
 * "Recurring billing") before its term ends, so that it expires instead of renewing for a new term
 * the customer would pay beside its replacement (docs/DOMAIN.md, section 12). Done, the source's
 * {@code autoRenew} is false.
 */
@Value.Immutable
public abstract non-sealed class TurnOffAutoRenew implements RequiredAction {
  TurnOffAutoRenew() {}

  /**
   * Returns the action.
   *
   * @param source the subscription; not null
   * @param lastDay the last day to turn renewal off: the last day of its term; not null
   * @param holder the CSP partner that holds the subscription, empty when the customer does; not
   *     null
   * @return the action
   */
  public static TurnOffAutoRenew of(
      SubscriptionId source, LocalDate lastDay, Optional<PartnerId> holder) {
    return new ImmutableTurnOffAutoRenew.Builder()
        .source(source)
        .lastDay(lastDay)
        .holder(holder)
        .build();
  }

  /**
   * Returns the subscription.
   *
   * @return the source
   */
  @Value.Parameter
  public abstract SubscriptionId source();

  /**
   * Returns the last day to turn renewal off: the last day of the term (it renews the day after).
   *
   * @return the last day, inclusive
   */
  @Value.Parameter
  public abstract LocalDate lastDay();

  /**
   * Returns the CSP partner that holds the subscription and so turns its renewal off.
   *
   * @return the holder's partner id, empty when the customer holds the subscription
   */
  public abstract Optional<PartnerId> holder();

  @Override
  public Kind kind() {
    return Kind.TURN_OFF_AUTO_RENEW;
  }

  @Override
  public Actor actor() {
    return holder().isPresent() ? Actor.CURRENT_PARTNER : Actor.CUSTOMER;
  }

  @Override
  public Optional<PartnerId> actorPartnerId() {
    return holder();
  }

  @Override
  public Map<String, Object> arguments() {
    return ImmutableMap.of("source", source().value(), "lastDay", lastDay());
  }
}
