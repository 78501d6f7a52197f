package org.csptransfer.examples.samples;

import java.time.LocalDate;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;

/**
 * Contoso bought Office 365 E3 directly from Microsoft. Fabrikam buys the same offer, with the same
 * 50 seats, three days before the old subscription's last day: licenses need no reassignment, users
 * see no interruption, and the customer pays for three days twice at most. Approved, nothing to do.
 */
public final class SameOfferFromDirectPurchase {

  private SameOfferFromDirectPurchase() {}

  /**
   * Builds the plan.
   *
   * @return the transition request
   */
  public static TransitionRequest plan() {
    return SampleWorld.request()
        .addSource(SampleWorld.contosoE3().build())
        .addTarget(
            SampleWorld.replacingSub001(
                SampleWorld.E3,
                50,
                LocalDate.of(2026, 3, 28))) // the old one serves until 2026-03-31
        .build();
  }

  /**
   * Evaluates the plan.
   *
   * @return the decision: approved
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
    SampleWorld.print(
        "Same offer, same seats, bought just before natural expiry.", plan(), decide());
  }
}
