package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

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
    return new Builder();
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

  /** Builds transfer requests. */
  public static final class Builder extends ImmutableTransfer.Builder {
    Builder() {}
  }
}
