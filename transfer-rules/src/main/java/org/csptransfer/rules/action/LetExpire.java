package org.csptransfer.rules.action;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.rules.Actor;
import org.immutables.value.Value;

/**
 * Let a subscription run to the end of its term instead of cancelling it without refund. Done, the
 * subscription's disposition is {@code LET_EXPIRE}.
 */
@Value.Immutable
public abstract non-sealed class LetExpire implements RequiredAction {
  LetExpire() {}

  /**
   * Returns the action, for a subscription the customer holds (not through a CSP partner).
   *
   * @param source the subscription; not null
   * @param lastDayOfTerm its last day of service if left to expire; not null
   * @param forfeitedDays the prepaid days cancelling would forfeit, at least 0
   * @return the action
   * @throws IllegalArgumentException if {@code forfeitedDays} is negative
   */
  public static LetExpire of(SubscriptionId source, LocalDate lastDayOfTerm, long forfeitedDays) {
    return ImmutableLetExpire.of(source, lastDayOfTerm, forfeitedDays);
  }

  /**
   * Returns the action.
   *
   * @param source the subscription; not null
   * @param lastDayOfTerm its last day of service if left to expire; not null
   * @param forfeitedDays the prepaid days cancelling would forfeit, at least 0
   * @param holder the CSP partner that holds the subscription, empty when the customer does; not
   *     null
   * @return the action
   * @throws IllegalArgumentException if {@code forfeitedDays} is negative
   */
  public static LetExpire of(
      SubscriptionId source,
      LocalDate lastDayOfTerm,
      long forfeitedDays,
      Optional<PartnerId> holder) {
    return new ImmutableLetExpire.Builder()
        .source(source)
        .lastDayOfTerm(lastDayOfTerm)
        .forfeitedDays(forfeitedDays)
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
   * Returns its last day of service if left to expire, inclusive (the scenario's and the action
   * argument's {@code termEnd}: the Java name says it is a day of service, the JSON name stays).
   *
   * @return the last day of the term
   */
  @Value.Parameter
  public abstract LocalDate lastDayOfTerm();

  /**
   * Returns the prepaid days cancelling would forfeit.
   *
   * @return the days, at least 0
   */
  @Value.Parameter
  public abstract long forfeitedDays();

  /**
   * Returns the CSP partner that holds the subscription and so lets it expire (and turns its
   * auto-renewal off).
   *
   * @return the holder's partner id, empty when the customer holds the subscription
   */
  public abstract Optional<PartnerId> holder();

  @Override
  public Kind kind() {
    return Kind.LET_EXPIRE;
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
    return ImmutableMap.of(
        "source", source().value(), "termEnd", lastDayOfTerm(), "forfeitedDays", forfeitedDays());
  }

  @Value.Check
  void check() {
    checkArgument(forfeitedDays() >= 0, "letExpire.forfeitedDays: %s is negative", forfeitedDays());
  }
}
