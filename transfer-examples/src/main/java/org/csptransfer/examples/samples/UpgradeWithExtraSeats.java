package org.csptransfer.examples.samples;

import java.time.LocalDate;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;

/**
 * Contoso grows: Fabrikam moves it from E3 to E5, which keeps every E3 service and adds phone
 * system and audio conferencing, and buys 60 seats for 12 new hires. Nothing is lost, but users
 * must be reassigned to the E5 licence and the seat count changes. Approved with actions.
 */
public final class UpgradeWithExtraSeats {

  private UpgradeWithExtraSeats() {}

  /**
   * Builds the plan.
   *
   * @return the transition request
   */
  public static TransitionRequest plan() {
    return SampleWorld.request()
        .addSource(SampleWorld.contosoE3().build())
        .addTarget(SampleWorld.replacingSub001(SampleWorld.E5, 60, LocalDate.of(2026, 3, 29)))
        .build();
  }

  /**
   * Evaluates the plan.
   *
   * @return the decision: approved with a reassignment and a seat change
   */
  public static TransitionDecision decide() {
    return SampleWorld.pipeline().evaluate(plan());
  }

  /**
   * Prints the plan's report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SampleWorld.print("An upgrade to a richer offer, with extra seats.", plan(), decide());
  }
}
