package org.csptransfer.json;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionPipeline;
import org.jspecify.annotations.Nullable;

/**
 * One scenario: a transition request with the offers it names and the policy to judge it by, as a
 * scenario file holds them (CONTRACT.md, "The scenario file").
 *
 * <p>Immutable.
 */
public final class Scenario {

  private final TransitionRequest request;
  private final OfferCatalog offers;
  private final TransitionPolicy policy;

  private Scenario(TransitionRequest request, OfferCatalog offers, TransitionPolicy policy) {
    this.request = request;
    this.offers = offers;
    this.policy = policy;
  }

  /**
   * Returns a scenario.
   *
   * @param request the transition request; not null
   * @param offers the offer catalog; not null
   * @param policy the policy; not null
   * @return the scenario
   * @throws NullPointerException if an argument is null
   */
  public static Scenario of(
      TransitionRequest request, OfferCatalog offers, TransitionPolicy policy) {
    return new Scenario(
        requireNonNull(request, "request"),
        requireNonNull(offers, "offers"),
        requireNonNull(policy, "policy"));
  }

  /**
   * Returns the transition request.
   *
   * @return the request
   */
  public TransitionRequest request() {
    return request;
  }

  /**
   * Returns the offers the scenario names.
   *
   * @return the offer catalog
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
   * Returns this scenario with another request, for example a proposed plan's.
   *
   * @param changed the request; not null
   * @return a scenario with the same offers and policy
   */
  public Scenario withRequest(TransitionRequest changed) {
    return of(changed, offers, policy);
  }

  /**
   * Returns the standard pipeline with this scenario's offers and policy.
   *
   * @return a new pipeline
   */
  public TransitionPipeline pipeline() {
    return TransitionPipeline.builder().offers(offers).policy(policy).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Scenario that
        && request.equals(that.request)
        && offers.equals(that.offers)
        && policy.equals(that.policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(request, offers, policy);
  }

  /** Returns the request, for debugging. */
  @Override
  public String toString() {
    return "Scenario[" + request + "]";
  }
}
