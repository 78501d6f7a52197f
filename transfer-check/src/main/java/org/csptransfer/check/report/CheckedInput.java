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

  public static CheckedInput evaluated(
      String title, TransitionRequest request, TransitionDecision decision) {
    return new CheckedInput(title, request, decision, null, null);
  }

  public static CheckedInput planned(String title, ProposedPlan plan) {
    return new CheckedInput(title, plan.request(), plan.decision(), plan, null);
  }

  public static CheckedInput unreadable(String title, String error) {
    return new CheckedInput(title, null, null, null, error);
  }

  public String title() {
    return title;
  }

  public Optional<TransitionRequest> request() {
    return Optional.ofNullable(request);
  }

  public Optional<TransitionDecision> decision() {
    return Optional.ofNullable(decision);
  }

  public Optional<ProposedPlan> plan() {
    return Optional.ofNullable(plan);
  }

  public Optional<String> error() {
    return Optional.ofNullable(error);
  }
}
