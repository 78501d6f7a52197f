package org.csptransfer.testkit;

import java.util.Objects;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.TransferPolicy;
import org.csptransfer.core.TransitionRequest;

/**
 * A whole generated situation: a transition request with the offer catalog its offer ids refer to
 * and the policy to judge it by.
 *
 * @param offers the offer catalog; most offer ids of the request are in it, a few deliberately are
 *     not
 * @param policy the policy
 * @param request the transition request
 */
public record TransitionCase(
    OfferCatalog offers, TransferPolicy policy, TransitionRequest request) {

  /**
   * Creates a case.
   *
   * @param offers the offer catalog; not null
   * @param policy the policy; not null
   * @param request the transition request; not null
   * @throws NullPointerException if an argument is null
   */
  public TransitionCase {
    Objects.requireNonNull(offers, "offers");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(request, "request");
  }

  /**
   * Returns this case with another request, for properties that change one thing.
   *
   * @param changed the new request; not null
   * @return a case with the same offers and policy
   */
  public TransitionCase withRequest(TransitionRequest changed) {
    return new TransitionCase(offers, policy, changed);
  }
}
