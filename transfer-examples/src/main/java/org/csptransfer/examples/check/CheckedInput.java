package org.csptransfer.examples.check;

import java.util.Optional;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.planning.ProposedPlan;
import org.jspecify.annotations.Nullable;

/** One input the command was given, for the HTML report: its decision, or why it was not read. */
final class CheckedInput {

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

  static CheckedInput evaluated(
      String title, TransitionRequest request, TransitionDecision decision) {
    return new CheckedInput(title, request, decision, null, null);
  }

  static CheckedInput planned(String title, ProposedPlan plan) {
    return new CheckedInput(title, plan.request(), plan.decision(), plan, null);
  }

  static CheckedInput unreadable(String title, String error) {
    return new CheckedInput(title, null, null, null, error);
  }

  String title() {
    return title;
  }

  Optional<TransitionRequest> request() {
    return Optional.ofNullable(request);
  }

  Optional<TransitionDecision> decision() {
    return Optional.ofNullable(decision);
  }

  Optional<ProposedPlan> plan() {
    return Optional.ofNullable(plan);
  }

  Optional<String> error() {
    return Optional.ofNullable(error);
  }
}
