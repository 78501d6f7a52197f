package org.csptransfer.rules.planning;

import java.time.LocalDate;
import java.util.List;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Partner;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.TransitionRequest;
import org.immutables.value.Value;

/**
 * What the planner reads: the as-of date, the partner taking over, the customer and the customer's
 * current subscriptions. Targets, transfers and dispositions are what the planner decides, so this
 * type has none. Immutable; checked when built, as a request with these values is.
 */
@Value.Immutable
public abstract class PlanningInput {

  PlanningInput() {}

  /**
   * Returns the input of a plan.
   *
   * @param asOf the day the plan is made; not null, within the date limits
   * @param partner the partner taking over; not null
   * @param customer the customer, with its relationships; not null
   * @param sources the customer's current subscriptions; not null, no null element, ids unique,
   *     add-on parents among them
   * @return the input
   * @throws NullPointerException if an argument or a source is null
   * @throws IllegalArgumentException if the values do not make a valid request (the message names
   *     the field and the value), as {@link TransitionRequest.Builder#build()} says
   */
  public static PlanningInput of(
      LocalDate asOf, Partner partner, Customer customer, List<Subscription> sources) {
    return ImmutablePlanningInput.of(asOf, partner, customer, sources);
  }

  /**
   * Returns the input a request holds, leaving out its targets and transfers and its sources'
   * dispositions.
   *
   * @param request the request; not null
   * @return the input
   */
  public static PlanningInput of(TransitionRequest request) {
    return of(request.asOf(), request.partner(), request.customer(), request.sources());
  }

  /**
   * Returns the day the plan is made.
   *
   * @return the as-of date
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the partner taking over.
   *
   * @return the partner
   */
  @Value.Parameter
  public abstract Partner partner();

  /**
   * Returns the customer.
   *
   * @return the customer
   */
  @Value.Parameter
  public abstract Customer customer();

  /**
   * Returns the customer's current subscriptions.
   *
   * @return the sources, in order
   */
  @Value.Parameter
  public abstract List<Subscription> sources();

  /** These values as a request with no targets or transfers, built, and so checked, once. */
  @Value.Derived
  @Value.Auxiliary
  TransitionRequest request() {
    return TransitionRequest.builder()
        .asOf(asOf())
        .partner(partner())
        .customer(customer())
        .sources(sources())
        .build();
  }
}
