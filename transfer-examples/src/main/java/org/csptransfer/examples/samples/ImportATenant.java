package org.csptransfer.examples.samples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.Locale;
import java.util.Objects;
import org.csptransfer.catalog.MicrosoftLicensing;
import org.csptransfer.core.Scenario;
import org.csptransfer.json.tenant.ImportNote;
import org.csptransfer.json.tenant.TenantImport;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.planning.ProposedPlan;
import org.csptransfer.rules.planning.TransitionPlanner;

/**
 * From Microsoft's own data to a plan: Contoso's Graph bodies ({@code subscribedSkus}, {@code
 * directory/subscriptions}) and its Partner Center subscriptions become a scenario, with a note for
 * everything the import could not carry over as it stands; the planner then proposes the move to
 * Fabrikam. The bodies are those of {@code transfer-examples/tenant-example/}, which {@code
 * transfer-check import} reads in the README.
 */
public final class ImportATenant {

  private ImportATenant() {}

  /**
   * Imports Contoso's tenant for Fabrikam, as of the samples' day.
   *
   * @return the scenario and the import's notes
   * @throws IOException if a body cannot be read
   */
  public static TenantImport.Result importContoso() throws IOException {
    TenantImport.Builder builder = TenantImport.builder().skus(MicrosoftLicensing.skus());
    try (Reader skus = body("subscribedSkus.json");
        Reader subscriptions = body("subscriptions.json");
        Reader partnerCenter = body("partnercenter-subscriptions.json")) {
      builder
          .subscribedSkus(skus)
          .directorySubscriptions(subscriptions)
          .partnerCenterSubscriptions(partnerCenter);
    }
    TenantImport tenant = builder.build();
    return tenant.toScenario(
        SampleWorld.AS_OF, SampleWorld.fabrikam(), SampleWorld.contoso().build());
  }

  /**
   * Proposes the plan for an imported tenant, with the scenario's own offers and policy.
   *
   * @param imported the import
   * @return the proposed plan with its decision
   */
  public static ProposedPlan plan(TenantImport.Result imported) {
    Scenario scenario = imported.scenario();
    return TransitionPlanner.of(TransitionPipeline.standard(scenario)).plan(scenario.request());
  }

  /**
   * Prints the import's notes and the proposed plan.
   *
   * @param args ignored
   * @throws IOException if a body cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.out.println("Import a tenant from Microsoft Graph and Partner Center, then plan.");
    System.out.println();
    TenantImport.Result imported = importContoso();
    for (ImportNote note : imported.notes()) {
      System.out.println("note: " + note.message(Locale.ENGLISH));
    }
    System.out.println();
    System.out.print(DecisionPrinter.render("Contoso", plan(imported), Locale.ENGLISH));
  }

  /** A body shipped in this jar, beside the class. */
  private static Reader body(String name) {
    InputStream in =
        Objects.requireNonNull(
            ImportATenant.class.getResourceAsStream("tenant/" + name), "tenant/" + name);
    return new InputStreamReader(in, UTF_8);
  }
}
