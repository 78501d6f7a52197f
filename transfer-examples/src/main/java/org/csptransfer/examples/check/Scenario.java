package org.csptransfer.examples.check;

import static java.util.Objects.requireNonNull;

import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionPipeline;

/**
 * One scenario file: a transition request with the offers it names and the policy to judge it by.
 *
 * @param request the transition request
 * @param offers the offer catalog
 * @param policy the policy
 */
public record Scenario(TransitionRequest request, OfferCatalog offers, TransitionPolicy policy) {

  /**
   * Creates a scenario.
   *
   * @param request the transition request
   * @param offers the offer catalog
   * @param policy the policy
   * @throws NullPointerException if an argument is null
   */
  public Scenario {
    requireNonNull(request, "request");
    requireNonNull(offers, "offers");
    requireNonNull(policy, "policy");
  }

  /**
   * Returns the standard pipeline with this scenario's offers and policy.
   *
   * @return the pipeline
   */
  public TransitionPipeline pipeline() {
    return TransitionPipeline.builder().offers(offers).policy(policy).build();
  }
}
