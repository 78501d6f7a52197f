package org.csptransfer.rules.action;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.csptransfer.core.SubscriptionId;
import org.immutables.value.Value;

/**
 * Split a planned subscription whose seats exceed its offer's maximum into several subscriptions of
 * the same offer, start and replaced sources, with {@link #seats()} seats in all shared evenly
 * (each part within the offer's limits).
 */
@Value.Immutable
public abstract non-sealed class SplitTarget implements RequiredAction {
  SplitTarget() {}

  /**
   * Returns the action.
   *
   * @param target the planned subscription; not null
   * @param count how many subscriptions it becomes, at least 2
   * @param seats their seats in all, at least the target's
   * @return the action
   * @throws IllegalArgumentException if {@code count} is below 2 or {@code seats} below {@code
   *     count}
   */
  public static SplitTarget of(SubscriptionId target, int count, long seats) {
    return ImmutableSplitTarget.of(target, count, seats);
  }

  /**
   * Returns the planned subscription.
   *
   * @return the target
   */
  @Value.Parameter
  public abstract SubscriptionId target();

  /**
   * Returns how many subscriptions it becomes.
   *
   * @return the count, at least 2
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
   * Returns the seats of one part: the even share, the first parts taking one more seat when the
   * seats do not divide evenly.
   *
   * @param part the part, from 0 to {@code count - 1}
   * @return its seats
   */
  public int seatsOf(int part) {
    return Actions.share(seats(), count(), part);
  }

  @Override
  public Kind kind() {
    return Kind.SPLIT_TARGET;
  }

  @Override
  public Map<String, Object> arguments() {
    return ImmutableMap.of(
        "target", target().value(), "count", count(), "seats", seats(), "most", seatsOf(0));
  }

  @Value.Check
  void check() {
    checkArgument(
        count() >= 2 && seats() >= count(),
        "splitTarget[%s]: %s seats in %s parts",
        target(),
        seats(),
        count());
  }
}
