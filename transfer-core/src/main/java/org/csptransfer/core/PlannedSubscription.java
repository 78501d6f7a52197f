package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A subscription the partner plans to buy for the customer: a target of the transition.
 *
 * <p>A target either {@link #replacedSourceIds() replaces} some of the customer's current
 * subscriptions (none: a new purchase), or {@link #stacksOn() stacks on} another target: it serves
 * the same users as that target, for example Teams bought beside an enterprise suite sold "(no
 * Teams)" (docs/DOMAIN.md, section 9). Targets are named by their {@link #id() id}; plans written
 * without ids name them {@code t1}, {@code t2}, ... by position (see {@link #positionalId(int)}).
 *
 * <p>Invariants: {@code 0 <= quantity <=} {@value Limits#MAX_QUANTITY}; no source replaced twice by
 * the same target; a stacked target replaces nothing and does not stack on itself; the start within
 * {@link Limits#isSupported(LocalDate)}.
 */
@Value.Immutable
public abstract class PlannedSubscription {

  private static final String OWNER = "targets[%s]";

  PlannedSubscription() {}

  /**
   * Returns a builder. Mandatory: id, offer id, quantity, start.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new ImmutablePlannedSubscription.Builder();
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
   * @return the quantity, in seats, from 0 to {@value Limits#MAX_QUANTITY}
   */
  public abstract int quantity();

  /**
   * Returns the first day of service of the new subscription.
   *
   * @return the start date, inclusive
   */
  public abstract LocalDate start();

  /**
   * Returns the ids of the current subscriptions this target replaces.
   *
   * @return the replaced sources, distinct, in the order given; empty for a new purchase or a
   *     stacked target
   */
  public abstract List<SubscriptionId> replacedSourceIds();

  /**
   * Returns the target this one stacks on: it serves the same users, its service plans join that
   * target's for every source it replaces, and its seats are not counted again.
   *
   * @return the id of another target of the plan, if this one is stacked
   */
  public abstract Optional<SubscriptionId> stacksOn();

  /**
   * Tells whether this target stacks on another.
   *
   * @return true if {@link #stacksOn()} is present
   */
  public boolean isStacked() {
    return stacksOn().isPresent();
  }

  @Value.Check
  void check() {
    Checks.checkSeats(OWNER, id(), "quantity", quantity());
    Checks.checkDate(OWNER, id(), "start", start());
    if (replacedSourceIds().size() > 1) {
      Set<SubscriptionId> seen = new HashSet<>();
      for (SubscriptionId source : replacedSourceIds()) {
        checkArgument(seen.add(source), "targets[%s].replaces: %s appears twice", id(), source);
      }
    }
    if (stacksOn().isPresent()) {
      checkArgument(
          replacedSourceIds().isEmpty(),
          "targets[%s].stacksOn: a stacked target replaces no source, but it replaces %s",
          id(),
          replacedSourceIds());
      checkArgument(
          !stacksOn().get().equals(id()), "targets[%s].stacksOn: names the target itself", id());
    }
  }

  /**
   * Builds planned subscriptions.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the planned subscription's invariants are checked by {@link #build()}. A builder is not
   * thread-safe; Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets every attribute from a planned subscription, as a start for a changed copy: its values
     * replace those set, its present optional values replace those set, and its elements are added
     * to those of every collection.
     *
     * @param instance the planned subscription to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(PlannedSubscription instance);

    /**
     * Sets {@link PlannedSubscription#id() id}.
     *
     * @param id the value; not null
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder id(SubscriptionId id);

    /**
     * Sets {@link PlannedSubscription#offerId() offerId}.
     *
     * @param offerId the value; not null
     * @return this builder
     * @throws NullPointerException if {@code offerId} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder offerId(OfferId offerId);

    /**
     * Sets {@link PlannedSubscription#quantity() quantity}. Its limits are checked by {@link
     * #build()}.
     *
     * @param quantity the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder quantity(int quantity);

    /**
     * Sets {@link PlannedSubscription#start() start}. Its limits are checked by {@link #build()}.
     *
     * @param start the value; not null
     * @return this builder
     * @throws NullPointerException if {@code start} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder start(LocalDate start);

    /**
     * Adds an element to {@link PlannedSubscription#replacedSourceIds() replacedSourceIds}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addReplacedSourceId(SubscriptionId element);

    /**
     * Adds elements to {@link PlannedSubscription#replacedSourceIds() replacedSourceIds}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addReplacedSourceIds(SubscriptionId... elements);

    /**
     * Replaces the elements of {@link PlannedSubscription#replacedSourceIds() replacedSourceIds} by
     * these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder replacedSourceIds(Iterable<? extends SubscriptionId> elements);

    /**
     * Adds elements to {@link PlannedSubscription#replacedSourceIds() replacedSourceIds}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllReplacedSourceIds(Iterable<? extends SubscriptionId> elements);

    /**
     * Sets {@link PlannedSubscription#stacksOn() stacksOn}.
     *
     * @param stacksOn the value; not null
     * @return this builder
     * @throws NullPointerException if {@code stacksOn} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder stacksOn(SubscriptionId stacksOn);

    /**
     * Sets {@link PlannedSubscription#stacksOn() stacksOn}, or leaves it absent when empty.
     *
     * @param stacksOn the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code stacksOn} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder stacksOn(Optional<? extends SubscriptionId> stacksOn);

    /**
     * Builds the planned subscription, checking its invariants.
     *
     * @return the planned subscription
     * @throws IllegalStateException if a mandatory attribute is not set (id, offerId, quantity,
     *     start); the message names the missing ones
     * @throws IllegalArgumentException if the quantity or the start is outside the {@link Limits},
     *     a replaced source appears twice, or a stacked target replaces sources or stacks on
     *     itself; the message names the field and the value
     */
    public abstract PlannedSubscription build();
  }
}
