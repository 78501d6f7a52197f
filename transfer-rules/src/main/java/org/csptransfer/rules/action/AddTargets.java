package org.csptransfer.rules.action;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.SubscriptionId;
import org.immutables.value.Value;

/**
 * Add subscriptions of an offer, starting on a date and replacing sources, with {@link #seats()}
 * seats in all shared evenly, each part within the offer's limits: how a seat shortfall is made
 * good when no planned subscription can take the missing seats.
 */
@Value.Immutable
public abstract non-sealed class AddTargets implements RequiredAction {
  AddTargets() {}

  /**
   * Returns the action.
   *
   * @param offer the offer to buy; not null
   * @param start the subscriptions' first day; not null
   * @param replaces the sources they replace; not null
   * @param count how many subscriptions, at least 1
   * @param seats their seats in all, at least {@code count}
   * @return the action
   * @throws IllegalArgumentException if {@code count} is below 1 or {@code seats} below {@code
   *     count}
   */
  public static AddTargets of(
      OfferId offer, LocalDate start, List<SubscriptionId> replaces, int count, long seats) {
    return ImmutableAddTargets.of(offer, start, replaces, count, seats);
  }

  /**
   * Returns the offer to buy.
   *
   * @return the offer
   */
  @Value.Parameter
  public abstract OfferId offerId();

  /**
   * Returns the new subscriptions' first day.
   *
   * @return the start
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * Returns the sources they replace.
   *
   * @return the sources
   */
  @Value.Parameter
  public abstract List<SubscriptionId> replaces();

  /**
   * Returns how many subscriptions to add.
   *
   * @return the count, at least 1
   */
  @Value.Parameter
  public abstract int count();

  /**
   * Returns their seats in all.
   *
   * @return the seats
   */
  @Value.Parameter
  public abstract long seats();

  /**
   * Returns the seats of one new subscription: the even share, the first ones taking one more seat
   * when the seats do not divide evenly.
   *
   * @param part the subscription, from 0 to {@code count - 1}
   * @return its seats
   */
  public int seatsOf(int part) {
    return Actions.share(seats(), count(), part);
  }

  @Override
  public Kind kind() {
    return Kind.ADD_TARGETS;
  }

  @Override
  public Map<String, Object> arguments() {
    return ImmutableMap.<String, Object>builder()
        .put("offerId", offerId().value())
        .put("start", start())
        .put("replaces", Actions.ids(replaces()))
        .put("count", count())
        .put("seats", seats())
        .put("most", seatsOf(0))
        .buildOrThrow();
  }

  @Value.Check
  void check() {
    checkArgument(
        count() >= 1 && seats() >= count(),
        "addTargets[%s]: %s seats in %s subscriptions",
        offerId(),
        seats(),
        count());
  }
}
