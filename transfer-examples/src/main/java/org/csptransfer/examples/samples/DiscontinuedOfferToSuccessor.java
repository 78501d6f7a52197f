package org.csptransfer.examples.samples;

import java.time.LocalDate;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;

/**
 * Contoso is on the legacy E3 SKU, which is no longer sold, so Fabrikam cannot buy it again. The
 * catalog declares E3 as its successor, and E3 grants every service plan of the legacy SKU: no data
 * is lost, but users hold the old SKU's licence and must be assigned the new one. Approved with one
 * action: reassign 48 users.
 */
public final class DiscontinuedOfferToSuccessor {

  private DiscontinuedOfferToSuccessor() {}

  /**
   * Builds the plan.
   *
   * @return the transition request
   */
  public static TransitionRequest plan() {
    return SampleWorld.request()
        .addSource(SampleWorld.contosoE3().offerId(SampleWorld.LEGACY_E3).build())
        .addTarget(SampleWorld.replacingSub001(SampleWorld.E3, 50, LocalDate.of(2026, 3, 28)))
        .build();
  }

  /**
   * Evaluates the plan.
   *
   * @return the decision: approved with a reassignment
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
    SampleWorld.print("A discontinued offer moved to its equivalent successor.", plan(), decide());
  }
}
