package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.internal.Checks;
import org.csptransfer.core.internal.CoreAccess;
import org.immutables.value.Value;

/**
 * A plan to move a customer's subscriptions to a CSP partner, as of a date: who takes over, whom,
 * what the customer has (the sources), what the partner will buy (the targets) and which sources
 * move by partner-to-partner transfer (the transfers).
 *
 * <p>The library never reads a clock: {@link #asOf()} is "today" for every judgement.
 *
 * <p>Invariants, each refused with a message naming the field and the value: source ids are unique,
 * target ids are unique, transfer ids are unique; every id a target replaces names a source; a
 * target stacks on a target of the plan that does not itself stack; every source a transfer moves
 * names a source, and a source is in at most one transfer; a transferred source is left to expire,
 * never cancelled; a source's parent names another source; the as-of date lies within {@link
 * Limits#isSupported(LocalDate)}. Offers are not checked here: an offer missing from the catalog is
 * a business problem the rules report.
 */
@Value.Immutable
public abstract class TransitionRequest {

  static {
    CoreAccess.register(TransitionRequest::sourceIndex);
  }

  TransitionRequest() {}

  /**
   * Returns a builder. Mandatory: as-of date, partner, customer.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new ImmutableTransitionRequest.Builder();
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
  public abstract List<Subscription> sources();

  /**
   * Returns the subscriptions the partner plans to buy.
   *
   * @return the targets, in the order given
   */
  public abstract List<PlannedSubscription> targets();

  /**
   * Returns the partner-to-partner transfer requests of the plan.
   *
   * @return the transfers, in the order given
   */
  public abstract List<Transfer> transfers();

  /**
   * Source positions by id, built once with the request; on a duplicate id the last one wins here
   * and {@link #check()} refuses it.
   */
  @Value.Derived
  @Value.Auxiliary
  Map<SubscriptionId, Integer> sourceIndex() {
    Map<SubscriptionId, Integer> index = new HashMap<>(sources().size() * 2);
    for (int i = 0; i < sources().size(); i++) {
      index.put(sources().get(i).id(), i);
    }
    return index;
  }

  /**
   * Finds a source by id.
   *
   * @param id the source's id; not null
   * @return the source, or empty if the request has none with that id
   */
  public Optional<Subscription> source(SubscriptionId id) {
    Integer index = sourceIndex().get(id);
    return index == null ? Optional.empty() : Optional.of(sources().get(index));
  }

  /**
   * Finds a target by id.
   *
   * @param id the target's id; not null
   * @return the target, or empty if the request has none with that id
   */
  public Optional<PlannedSubscription> target(SubscriptionId id) {
    for (PlannedSubscription target : targets()) {
      if (target.id().equals(id)) {
        return Optional.of(target);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks.checkDate("%s", "request", "asOf", asOf());
    if (sourceIndex().size() != sources().size()) {
      Set<SubscriptionId> seen = new HashSet<>();
      for (Subscription source : sources()) {
        checkArgument(seen.add(source.id()), "sources: duplicate id %s", source.id());
      }
    }
    for (Subscription source : sources()) {
      if (source.parentId().isPresent()) {
        checkArgument(
            sourceIndex().containsKey(source.parentId().get()),
            "sources[%s].parentId: %s is not a source of the request",
            source.id(),
            source.parentId().get());
      }
    }
    checkTargets();
    checkTransfers();
  }

  private void checkTargets() {
    Map<SubscriptionId, PlannedSubscription> byId = new HashMap<>(targets().size() * 2);
    for (PlannedSubscription target : targets()) {
      checkArgument(byId.put(target.id(), target) == null, "targets: duplicate id %s", target.id());
      for (SubscriptionId replaced : target.replacedSourceIds()) {
        checkArgument(
            sourceIndex().containsKey(replaced),
            "targets[%s].replaces: %s is not a source of the request",
            target.id(),
            replaced);
      }
    }
    for (PlannedSubscription target : targets()) {
      if (target.stacksOn().isPresent()) {
        PlannedSubscription base = byId.get(target.stacksOn().get());
        checkArgument(
            base != null,
            "targets[%s].stacksOn: %s is not a target of the request",
            target.id(),
            target.stacksOn().get());
        checkArgument(
            !base.isStacked(),
            "targets[%s].stacksOn: %s itself stacks on %s",
            target.id(),
            base.id(),
            base.stacksOn().orElse(base.id()));
      }
    }
  }

  private void checkTransfers() {
    if (transfers().isEmpty()) {
      return;
    }
    Set<TransferId> ids = new HashSet<>();
    Map<SubscriptionId, TransferId> transferred = new HashMap<>();
    for (Transfer transfer : transfers()) {
      checkArgument(ids.add(transfer.id()), "transfers: duplicate id %s", transfer.id());
      for (SubscriptionId source : transfer.sourceIds()) {
        Integer position = sourceIndex().get(source);
        checkArgument(
            position != null,
            "transfers[%s].sources: %s is not a source of the request",
            transfer.id(),
            source);
        TransferId other = transferred.put(source, transfer.id());
        checkArgument(
            other == null,
            "transfers[%s].sources: %s is already in transfer %s",
            transfer.id(),
            source,
            other);
        checkArgument(
            !sources().get(position).isCancelled(),
            "transfers[%s].sources: %s is cancelled; a transferred subscription is left to expire",
            transfer.id(),
            source);
      }
    }
  }

  /**
   * Builds transition requests.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the transition request's invariants are checked by {@link #build()}. A builder is not
   * thread-safe; Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets every attribute from a transition request, as a start for a changed copy: its values
     * replace those set, its present optional values replace those set, and its elements are added
     * to those of every collection.
     *
     * @param instance the transition request to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(TransitionRequest instance);

    /**
     * Sets {@link TransitionRequest#asOf() asOf}. Its limits are checked by {@link #build()}.
     *
     * @param asOf the value; not null
     * @return this builder
     * @throws NullPointerException if {@code asOf} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder asOf(LocalDate asOf);

    /**
     * Sets {@link TransitionRequest#partner() partner}.
     *
     * @param partner the value; not null
     * @return this builder
     * @throws NullPointerException if {@code partner} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder partner(Partner partner);

    /**
     * Sets {@link TransitionRequest#customer() customer}.
     *
     * @param customer the value; not null
     * @return this builder
     * @throws NullPointerException if {@code customer} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder customer(Customer customer);

    /**
     * Adds an element to {@link TransitionRequest#sources() sources}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addSource(Subscription element);

    /**
     * Adds elements to {@link TransitionRequest#sources() sources}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addSources(Subscription... elements);

    /**
     * Replaces the elements of {@link TransitionRequest#sources() sources} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder sources(Iterable<? extends Subscription> elements);

    /**
     * Adds elements to {@link TransitionRequest#sources() sources}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllSources(Iterable<? extends Subscription> elements);

    /**
     * Adds an element to {@link TransitionRequest#targets() targets}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addTarget(PlannedSubscription element);

    /**
     * Adds elements to {@link TransitionRequest#targets() targets}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addTargets(PlannedSubscription... elements);

    /**
     * Replaces the elements of {@link TransitionRequest#targets() targets} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder targets(Iterable<? extends PlannedSubscription> elements);

    /**
     * Adds elements to {@link TransitionRequest#targets() targets}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllTargets(Iterable<? extends PlannedSubscription> elements);

    /**
     * Adds an element to {@link TransitionRequest#transfers() transfers}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addTransfer(Transfer element);

    /**
     * Adds elements to {@link TransitionRequest#transfers() transfers}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addTransfers(Transfer... elements);

    /**
     * Replaces the elements of {@link TransitionRequest#transfers() transfers} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder transfers(Iterable<? extends Transfer> elements);

    /**
     * Adds elements to {@link TransitionRequest#transfers() transfers}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllTransfers(Iterable<? extends Transfer> elements);

    /**
     * Builds the transition request, checking its invariants.
     *
     * @return the transition request
     * @throws IllegalStateException if a mandatory attribute is not set (asOf, partner, customer);
     *     the message names the missing ones
     * @throws IllegalArgumentException if the as-of date is outside the {@link Limits}, two
     *     sources, targets or transfers have the same id, a parent, replaced, stacked-on or
     *     transferred id names nothing of the request, a target stacks on a stacked target, or a
     *     source is in two transfers or transferred while cancelled; the message names the field
     *     and the value
     */
    public abstract TransitionRequest build();
  }
}
