package org.csptransfer.check.report;

import java.util.Optional;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.planning.ProposedPlan;
import org.jspecify.annotations.Nullable;

/** One input the command was given, for the HTML report: its decision, or why it was not read. */
public final class CheckedInput {

  private static final OfferCatalog NO_OFFERS = OfferCatalog.builder().build();

  private final String title;
  private final @Nullable TransitionRequest request;
  private final @Nullable TransitionDecision decision;
  private final @Nullable ProposedPlan plan;
  private final @Nullable String error;
  private final OfferCatalog offers;

  private CheckedInput(
      String title,
      @Nullable TransitionRequest request,
      @Nullable TransitionDecision decision,
      @Nullable ProposedPlan plan,
      @Nullable String error,
      OfferCatalog offers) {
    this.title = title;
    this.request = request;
    this.decision = decision;
    this.plan = plan;
    this.error = error;
    this.offers = offers;
  }

  /**
   * Returns the same input, its offers named by the product names of a catalog.
   *
   * @param offers the scenario's offers
   * @return the input
   */
  public CheckedInput withOffers(OfferCatalog offers) {
    return new CheckedInput(title, request, decision, plan, error, offers);
  }

  /**
   * Returns the offers the scenario names, for their product names.
   *
   * @return the offers, empty when not given
   */
  public OfferCatalog offers() {
    return offers;
  }

  /**
   * Returns an input whose plan was evaluated.
   *
   * @param title what was read, for example the file name
   * @param request the plan
   * @param decision its decision
   * @return the input
   */
  public static CheckedInput evaluated(
      String title, TransitionRequest request, TransitionDecision decision) {
    return new CheckedInput(title, request, decision, null, null, NO_OFFERS);
  }

  /**
   * Returns an input whose plan the planner proposed.
   *
   * @param title what was read, for example the file name
   * @param plan the proposed plan
   * @return the input
   */
  public static CheckedInput planned(String title, ProposedPlan plan) {
    return new CheckedInput(title, plan.request(), plan.decision(), plan, null, NO_OFFERS);
  }

  /**
   * Returns an input that could not be read.
   *
   * @param title what was read, for example the file name
   * @param error the error line
   * @return the input
   */
  public static CheckedInput unreadable(String title, String error) {
    return new CheckedInput(title, null, null, null, error, NO_OFFERS);
  }

  /**
   * Returns what was read.
   *
   * @return the title, for example the file name
   */
  public String title() {
    return title;
  }

  /**
   * Returns the plan, unless the input could not be read.
   *
   * @return the plan
   */
  public Optional<TransitionRequest> request() {
    return Optional.ofNullable(request);
  }

  /**
   * Returns the decision, unless the input could not be read.
   *
   * @return the decision
   */
  public Optional<TransitionDecision> decision() {
    return Optional.ofNullable(decision);
  }

  /**
   * Returns the proposed plan, for an input that was planned.
   *
   * @return the proposed plan
   */
  public Optional<ProposedPlan> plan() {
    return Optional.ofNullable(plan);
  }

  /**
   * Returns why the input could not be read.
   *
   * @return the error line, for an unreadable input
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }
}
