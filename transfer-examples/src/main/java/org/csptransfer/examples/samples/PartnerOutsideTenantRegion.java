package org.csptransfer.examples.samples;

import java.time.LocalDate;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;

/**
 * Contoso's Japanese subsidiary has its own tenant, set to Japan when it was provisioned. Its
 * offices may be in Paris, but the tenant's country decides: Japan is a region of its own, and
 * Fabrikam is authorized only for Europe. The customer could never accept the relationship.
 * Rejected.
 */
public final class PartnerOutsideTenantRegion {

  private PartnerOutsideTenantRegion() {}

  /**
   * Builds the plan.
   *
   * @return the transition request
   */
  public static TransitionRequest plan() {
    return SampleWorld.request()
        .customer(SampleWorld.contoso().name("Contoso KK").country(CountryCode.of("JP")).build())
        .addSource(SampleWorld.contosoE3().build())
        .addTarget(SampleWorld.replacingSub001(SampleWorld.E3, 50, LocalDate.of(2026, 3, 28)))
        .build();
  }

  /**
   * Evaluates the plan.
   *
   * @return the decision: rejected for the region
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
    SampleWorld.print("A partner outside the tenant's region.", plan(), decide());
  }
}
