package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A subscription the partner plans to buy for the customer: a target of the transition.
 *
 * <p>A target {@link #replacedSourceIds() replaces} some of the customer's current subscriptions,
 * or none (a new purchase). Targets are named by their {@link #id() id}; plans written without ids
 * name them {@code t1}, {@code t2}, ... by position (see {@link #positionalId(int)}).
 *
 * <p>Invariants: {@code quantity >= 0}; no source replaced twice by the same target.
 */
@Value.Immutable
public abstract class PlannedSubscription {

  PlannedSubscription() {}

  /**
   * Returns a builder. Mandatory: id, offer id, quantity, start.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id a target at a position of a plan gets when the plan names none: {@code t1} for
   * the first.
   *
   * @param position the target's position, counting from 1
   * @return {@code t<position>}
   * @throws IllegalArgumentException if {@code position < 1}
   */
  public static SubscriptionId positionalId(int position) {
    checkArgument(position >= 1, "targets: position %s is not positive", position);
    return SubscriptionId.of("t" + position);
  }

  /**
   * Returns the target's id.
   *
   * @return the id
   */
  public abstract SubscriptionId id();

  /**
   * Returns the offer to buy.
   *
   * @return the offer's id, which need not be in the offer catalog
   */
  public abstract OfferId offerId();

  /**
   * Returns the number of seats to buy.
   *
   * @return the quantity, in seats, at least 0
   */
  public abstract int quantity();

  /**
   * Returns the first day of service of the new subscription.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * Returns the ids of the current subscriptions this target replaces.
   *
   * @return the replaced sources, distinct, in the order given; empty for a new purchase
   */
  public abstract ImmutableList<SubscriptionId> replacedSourceIds();

  @Value.Check
  void check() {
    checkArgument(quantity() >= 0, "targets[%s].quantity: %s is negative", id(), quantity());
    Set<SubscriptionId> seen = new HashSet<>();
    for (SubscriptionId source : replacedSourceIds()) {
      checkArgument(seen.add(source), "targets[%s].replaces: %s appears twice", id(), source);
    }
  }

  /** Builds planned subscriptions. */
  public static final class Builder extends ImmutablePlannedSubscription.Builder {
    Builder() {}
  }
}
