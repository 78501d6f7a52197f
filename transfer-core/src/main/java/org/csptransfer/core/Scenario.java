package org.csptransfer.core;

import org.immutables.value.Value;

/**
 * One scenario: a transition request with the offers it names and the policy to judge it by,
 * everything an evaluation reads besides reference data. A scenario file holds one (CONTRACT.md,
 * "The scenario file"), the tenant import makes one, and the testkit generates them.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.of(request, offers, TransitionPolicy.defaults());
 * TransitionDecision decision =
 *     TransitionPipeline.standard(scenario).evaluate(scenario.request());
 * }</pre>
 *
 * <p>Immutable; equal to another scenario of equal request, offers and policy.
 */
@Value.Immutable
public abstract class Scenario {

  Scenario() {}

  /**
   * Returns a scenario.
   *
   * @param request the transition request; not null
   * @param offers the offer catalog its offer ids refer to; not null
   * @param policy the policy; not null
   * @return the scenario
   * @throws NullPointerException if an argument is null, naming it
   */
  public static Scenario of(
      TransitionRequest request, OfferCatalog offers, TransitionPolicy policy) {
    return ImmutableScenario.of(request, offers, policy);
  }

  /**
   * Returns the transition request.
   *
   * @return the request
   */
  @Value.Parameter
  public abstract TransitionRequest request();

  /**
   * Returns the offers the scenario names (a generated one may, deliberately, lack a few).
   *
   * @return the offer catalog
   */
  @Value.Parameter
  public abstract OfferCatalog offers();

  /**
   * Returns the policy to judge the request by.
   *
   * @return the policy
   */
  @Value.Parameter
  public abstract TransitionPolicy policy();

  /**
   * Returns this scenario with another request, for example a proposed plan's.
   *
   * @param changed the request; not null
   * @return a scenario with the same offers and policy
   * @throws NullPointerException if {@code changed} is null
   */
  public Scenario withRequest(TransitionRequest changed) {
    return of(changed, offers(), policy());
  }

  /**
   * Returns this scenario with another policy.
   *
   * @param changed the policy; not null
   * @return a scenario with the same request and offers
   * @throws NullPointerException if {@code changed} is null
   */
  public Scenario withPolicy(TransitionPolicy changed) {
    return of(request(), offers(), changed);
  }

  /**
   * Returns the request and the policy, for debugging and a failing property's report; the offers,
   * which can be thousands, are left out.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "Scenario[" + request() + ", " + policy() + "]";
  }
}
