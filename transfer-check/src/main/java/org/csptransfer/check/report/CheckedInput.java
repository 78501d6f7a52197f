package org.csptransfer.check.report;

import java.util.Optional;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.planning.ProposedPlan;
import org.jspecify.annotations.Nullable;

/** One input the command was given, for the HTML report: its decision, or why it was not read. */
public final class CheckedInput {

  private final String title;
  private final @Nullable TransitionRequest request;
  private final @Nullable TransitionDecision decision;
  private final @Nullable ProposedPlan plan;
  private final @Nullable String error;

  private CheckedInput(
      String title,
      @Nullable TransitionRequest request,
      @Nullable TransitionDecision decision,
      @Nullable ProposedPlan plan,
      @Nullable String error) {
    this.title = title;
    this.request = request;
    this.decision = decision;
    this.plan = plan;
    this.error = error;
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
    return new CheckedInput(title, request, decision, null, null);
  }

  /**
   * Returns an input whose plan the planner proposed.
   *
   * @param title what was read, for example the file name
   * @param plan the proposed plan
   * @return the input
   */
  public static CheckedInput planned(String title, ProposedPlan plan) {
    return new CheckedInput(title, plan.request(), plan.decision(), plan, null);
  }

  /**
   * Returns an input that could not be read.
   *
   * @param title what was read, for example the file name
   * @param error the error line
   * @return the input
   */
  public static CheckedInput unreadable(String title, String error) {
    return new CheckedInput(title, null, null, null, error);
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
