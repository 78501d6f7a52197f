package org.csptransfer.rules.action;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.csptransfer.core.SubscriptionId;
import org.immutables.value.Value;

/** Change a planned subscription's seat count; the new count is within its offer's limits. */
@Value.Immutable
// Its seats before the change are from(), which is API; Immutables then generates no builder
// method from(instance), which nothing uses (the value is built by of(...)).
@SuppressWarnings("immutables:from")
public abstract non-sealed class ChangeQuantity implements RequiredAction {
  ChangeQuantity() {}

  /**
   * Returns the action.
   *
   * @param target the planned subscription; not null
   * @param from its planned seats
   * @param to the seats it needs, at least 0
   * @return the action
   * @throws IllegalArgumentException if {@code to} is negative
   */
  public static ChangeQuantity of(SubscriptionId target, int from, int to) {
    return ImmutableChangeQuantity.of(target, from, to);
  }

  /**
   * Returns the planned subscription.
   *
   * @return the target
   */
  @Value.Parameter
  public abstract SubscriptionId target();

  /**
   * Returns its planned seats.
   *
   * @return the seats today
   */
  @Value.Parameter
  public abstract int from();

  /**
   * Returns the seats it needs.
   *
   * @return the new seat count
   */
  @Value.Parameter
  public abstract int to();

  @Override
  public Kind kind() {
    return Kind.CHANGE_QUANTITY;
  }

  @Override
  public Map<String, Object> arguments() {
    return ImmutableMap.of("target", target().value(), "from", from(), "to", to());
  }

  @Value.Check
  void check() {
    checkArgument(to() >= 0, "changeQuantity[%s].to: %s is negative", target(), to());
  }
}
