package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.csptransfer.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A partner-to-partner transfer request of the plan: the new-commerce subscriptions it moves,
 * whole, from their current CSP partner to the target partner on a date (docs/DOMAIN.md, section
 * 8).
 *
 * <p>A transferred subscription keeps its offer, seats and term end; only who bills changes: the
 * target partner bills from the transfer date to the last day of the term. The target partner
 * creates the request, the current partner selects the subscriptions and submits.
 *
 * <p>Invariants: the sources are distinct; the date within {@link Limits#isSupported(LocalDate)}.
 * Scenarios that give no id name transfers {@code x1}, {@code x2}, ... by position (see {@link
 * #positionalId(int)}) and date them on the as-of date.
 */
@Value.Immutable
public abstract class Transfer {

  Transfer() {}

  /**
   * Returns a builder. Mandatory: id, date.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new ImmutableTransfer.Builder();
  }

  /**
   * Returns the id a transfer at a position of a plan gets when the plan names none: {@code x1} for
   * the first.
   *
   * @param position the transfer's position, counting from 1
   * @return {@code x<position>}
   * @throws IllegalArgumentException if {@code position < 1}
   */
  public static TransferId positionalId(int position) {
    checkArgument(position >= 1, "transfers: position %s is not positive", position);
    return TransferId.of("x" + position);
  }

  /**
   * Returns the request's id.
   *
   * @return the id
   */
  public abstract TransferId id();

  /**
   * Returns the day the subscriptions move: the target partner bills from that day.
   *
   * @return the transfer date, inclusive
   */
  public abstract LocalDate date();

  /**
   * Returns the sources the request moves.
   *
   * @return the ids of sources of the plan, distinct, in the order given
   */
  public abstract List<SubscriptionId> sourceIds();

  @Value.Check
  void check() {
    Checks.checkDate("transfers[%s]", id(), "date", date());
    if (sourceIds().size() > 1) {
      Set<SubscriptionId> seen = new HashSet<>();
      for (SubscriptionId source : sourceIds()) {
        checkArgument(seen.add(source), "transfers[%s].sources: %s appears twice", id(), source);
      }
    }
  }

  /**
   * Builds transfer requests.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the transfer request's invariants are checked by {@link #build()}. A builder is not
   * thread-safe; Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets every attribute from a transfer request, as a start for a changed copy: its values
     * replace those set, its present optional values replace those set, and its elements are added
     * to those of every collection.
     *
     * @param instance the transfer request to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(Transfer instance);

    /**
     * Sets {@link Transfer#id() id}.
     *
     * @param id the value; not null
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder id(TransferId id);

    /**
     * Sets {@link Transfer#date() date}. Its limits are checked by {@link #build()}.
     *
     * @param date the value; not null
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder date(LocalDate date);

    /**
     * Adds an element to {@link Transfer#sourceIds() sourceIds}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addSourceId(SubscriptionId element);

    /**
     * Adds elements to {@link Transfer#sourceIds() sourceIds}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addSourceIds(SubscriptionId... elements);

    /**
     * Replaces the elements of {@link Transfer#sourceIds() sourceIds} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder sourceIds(Iterable<? extends SubscriptionId> elements);

    /**
     * Adds elements to {@link Transfer#sourceIds() sourceIds}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllSourceIds(Iterable<? extends SubscriptionId> elements);

    /**
     * Builds the transfer request, checking its invariants.
     *
     * @return the transfer request
     * @throws IllegalStateException if a mandatory attribute is not set (id, date); the message
     *     names the missing ones
     * @throws IllegalArgumentException if the date is outside the {@link Limits}, or a source
     *     appears twice; the message names the field and the value
     */
    public abstract Transfer build();
  }
}
