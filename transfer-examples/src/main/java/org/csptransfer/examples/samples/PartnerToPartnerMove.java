package org.csptransfer.examples.samples;

import java.time.LocalDate;
import org.csptransfer.core.Channel;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;

/**
 * Contoso's E3 was bought from another CSP partner, Litware (7654321), which keeps its own reseller
 * relationship: multi-partner customers are normal, and only Fabrikam's accepted relationship
 * matters. Fabrikam buys the same offer and seats; Litware's subscription runs out. Approved.
 */
public final class PartnerToPartnerMove {

  private static final PartnerId LITWARE = PartnerId.of("7654321");

  private PartnerToPartnerMove() {}

  /**
   * Builds the plan.
   *
   * @return the transition request
   */
  public static TransitionRequest plan() {
    return SampleWorld.request()
        .customer(
            SampleWorld.contoso()
                .addRelationship(Relationship.of(LITWARE, RelationshipStatus.ACCEPTED))
                .build())
        .addSource(SampleWorld.contosoE3().channel(Channel.CSP).partnerId(LITWARE).build())
        .addTarget(SampleWorld.replacingSub001(SampleWorld.E3, 50, LocalDate.of(2026, 3, 29)))
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
    SampleWorld.print("A move from another CSP partner.", plan(), decide());
  }
}
