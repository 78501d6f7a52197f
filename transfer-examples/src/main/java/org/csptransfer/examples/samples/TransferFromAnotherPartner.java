package org.csptransfer.examples.samples;

import java.time.LocalDate;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;

/**
 * Contoso leaves Litware (7654321), another CSP partner, for Fabrikam. Its E3 is a new-commerce
 * subscription, so it is not bought again: a partner-to-partner transfer moves it as it is (same
 * offer, seats and term end, no reassignment, no gap); only who bills changes, from the transfer
 * date. Approved with nothing to do.
 */
public final class TransferFromAnotherPartner {

  private static final PartnerId LITWARE = PartnerId.of("7654321");

  private TransferFromAnotherPartner() {}

  /**
   * Builds the plan: no target, one transfer request dated today.
   *
   * @return the transition request
   */
  public static TransitionRequest plan() {
    return SampleWorld.request()
        .addSource(
            SampleWorld.contosoE3()
                .channel(Channel.CSP)
                .partnerId(LITWARE)
                .commerce(Commerce.NCE)
                .lastDayOfTerm(LocalDate.of(2026, 9, 30))
                .build())
        .addTransfer(
            Transfer.builder()
                .id(TransferId.of("x1"))
                .date(SampleWorld.AS_OF)
                .addSourceId(SubscriptionId.of("sub-001"))
                .build())
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
    SampleWorld.print("A transfer from another CSP partner.", plan(), decide());
  }
}
