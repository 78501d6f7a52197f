package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A plan to move a customer's subscriptions to a CSP partner, as of a date: who takes over, whom,
 * what the customer has (the sources) and what the partner will buy (the targets).
 *
 * <p>The library never reads a clock: {@link #asOf()} is "today" for every judgement.
 *
 * <p>Invariants: source ids are unique, target ids are unique, and every id a target replaces names
 * a source of this request. Offers are not checked here: an offer missing from the catalog is a
 * business problem the rules report.
 */
@Value.Immutable
public abstract class TransitionRequest {

  TransitionRequest() {}

  /**
   * Returns a builder. Mandatory: as-of date, partner, customer.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the evaluation date: statuses describe the sources on that day.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the partner that takes the customer over.
   *
   * @return the target partner
   */
  public abstract Partner partner();

  /**
   * Returns the customer whose subscriptions move.
   *
   * @return the customer
   */
  public abstract Customer customer();

  /**
   * Returns the customer's current subscriptions.
   *
   * @return the sources, in the order given
   */
  public abstract ImmutableList<Subscription> sources();

  /**
   * Returns the subscriptions the partner plans to buy.
   *
   * @return the targets, in the order given
   */
  public abstract ImmutableList<PlannedSubscription> targets();

  /**
   * Source positions by id; on a duplicate id the last one wins here and {@link #check()} refuses
   * it.
   */
  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<SubscriptionId, Integer> sourceIndex() {
    ImmutableMap.Builder<SubscriptionId, Integer> index =
        ImmutableMap.builderWithExpectedSize(sources().size());
    for (int i = 0; i < sources().size(); i++) {
      index.put(sources().get(i).id(), i);
    }
    return index.buildKeepingLast();
  }

  /**
   * Finds a source by id.
   *
   * @param id the source's id; not null
   * @return the source, or empty if the request has none with that id
   */
  public Optional<Subscription> source(SubscriptionId id) {
    int index = indexOf(id);
    return index < 0 ? Optional.empty() : Optional.of(sources().get(index));
  }

  /**
   * Returns the position of a source in {@link #sources()}, for callers that keep per-source state
   * in arrays.
   *
   * @param id the source's id; not null
   * @return its position from 0, or -1 if the request has no such source
   */
  public int indexOf(SubscriptionId id) {
    Integer index = sourceIndex().get(id);
    return index == null ? -1 : index;
  }

  @Value.Check
  void check() {
    if (sourceIndex().size() != sources().size()) {
      Set<SubscriptionId> seen = new HashSet<>();
      for (Subscription source : sources()) {
        checkArgument(seen.add(source.id()), "sources: duplicate id %s", source.id());
      }
    }
    Set<SubscriptionId> targetIds = new HashSet<>();
    for (PlannedSubscription target : targets()) {
      checkArgument(targetIds.add(target.id()), "targets: duplicate id %s", target.id());
      for (SubscriptionId replaced : target.replacedSourceIds()) {
        checkArgument(
            sourceIndex().containsKey(replaced),
            "targets[%s].replaces: %s is not a source of the request",
            target.id(),
            replaced);
      }
    }
  }

  /** Builds transition requests. */
  public static final class Builder extends ImmutableTransitionRequest.Builder {
    Builder() {}
  }
}
