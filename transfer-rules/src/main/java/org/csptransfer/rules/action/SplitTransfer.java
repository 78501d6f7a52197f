package org.csptransfer.rules.action;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.csptransfer.core.TransferId;
import org.immutables.value.Value;

/**
 * Split a transfer request that holds more subscriptions than Partner Center allows into {@link
 * #requests()} requests of at most {@link #maximum()} each, add-ons with their base.
 */
@Value.Immutable
public abstract non-sealed class SplitTransfer implements RequiredAction {
  SplitTransfer() {}

  /**
   * Returns the action.
   *
   * @param transfer the request; not null
   * @param items the subscriptions it holds
   * @param maximum the most one request may hold, at least 1
   * @return the action, with as few requests as the maximum allows
   * @throws IllegalArgumentException if {@code maximum} is below 1 or {@code items} not above it
   */
  public static SplitTransfer of(TransferId transfer, int items, int maximum) {
    return ImmutableSplitTransfer.of(transfer, items, maximum);
  }

  /**
   * Returns the request.
   *
   * @return the transfer's id
   */
  @Value.Parameter
  public abstract TransferId transfer();

  /**
   * Returns the subscriptions the request holds.
   *
   * @return the items
   */
  @Value.Parameter
  public abstract int items();

  /**
   * Returns the most one request may hold.
   *
   * @return the maximum
   */
  @Value.Parameter
  public abstract int maximum();

  /**
   * Returns how many requests the items need.
   *
   * @return the requests
   */
  public int requests() {
    return (items() + maximum() - 1) / maximum();
  }

  @Override
  public Kind kind() {
    return Kind.SPLIT_TRANSFER;
  }

  @Override
  public Map<String, Object> arguments() {
    return ImmutableMap.of(
        "transfer", transfer().value(),
        "items", items(),
        "maximum", maximum(),
        "requests", requests());
  }

  @Value.Check
  void check() {
    checkArgument(
        maximum() >= 1 && items() > maximum(),
        "splitTransfer[%s]: %s items with a maximum of %s",
        transfer(),
        items(),
        maximum());
  }
}
