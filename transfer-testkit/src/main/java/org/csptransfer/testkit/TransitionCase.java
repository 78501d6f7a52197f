package org.csptransfer.testkit;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.jspecify.annotations.Nullable;

/**
 * A whole generated situation: a transition request with the offer catalog its offer ids refer to
 * (most of them: a few, deliberately, are missing) and the policy to judge it by.
 *
 * <p>Immutable.
 */
public final class TransitionCase {

  private final OfferCatalog offers;
  private final TransitionPolicy policy;
  private final TransitionRequest request;

  private TransitionCase(OfferCatalog offers, TransitionPolicy policy, TransitionRequest request) {
    this.offers = offers;
    this.policy = policy;
    this.request = request;
  }

  /**
   * Returns a case.
   *
   * @param offers the offer catalog; not null
   * @param policy the policy; not null
   * @param request the transition request; not null
   * @return the case
   * @throws NullPointerException if an argument is null
   */
  public static TransitionCase of(
      OfferCatalog offers, TransitionPolicy policy, TransitionRequest request) {
    return new TransitionCase(
        requireNonNull(offers, "offers"),
        requireNonNull(policy, "policy"),
        requireNonNull(request, "request"));
  }

  /**
   * Returns the offer catalog.
   *
   * @return the offers
   */
  public OfferCatalog offers() {
    return offers;
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public TransitionPolicy policy() {
    return policy;
  }

  /**
   * Returns the request.
   *
   * @return the request
   */
  public TransitionRequest request() {
    return request;
  }

  /**
   * Returns this case with another request, for properties that change one thing.
   *
   * @param changed the new request; not null
   * @return a case with the same offers and policy
   */
  public TransitionCase withRequest(TransitionRequest changed) {
    return of(offers, policy, changed);
  }

  /**
   * Returns this case with another policy.
   *
   * @param changed the new policy; not null
   * @return a case with the same offers and request
   */
  public TransitionCase withPolicy(TransitionPolicy changed) {
    return of(offers, changed, request);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TransitionCase that
        && offers.equals(that.offers)
        && policy.equals(that.policy)
        && request.equals(that.request);
  }

  @Override
  public int hashCode() {
    return Objects.hash(offers, policy, request);
  }

  /** Returns the request's sources and targets, for a failing property's report. */
  @Override
  public String toString() {
    return "TransitionCase[" + request + ", " + policy + "]";
  }
}
