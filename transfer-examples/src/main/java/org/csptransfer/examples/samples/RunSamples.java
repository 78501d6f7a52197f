package org.csptransfer.examples.samples;

/** Runs every sample in turn: the quickest tour of what the library decides. */
public final class RunSamples {

  private RunSamples() {}

  /**
   * Runs the samples.
   *
   * @param args ignored
   * @throws java.io.IOException if the last sample cannot write its calendar
   */
  public static void main(String[] args) throws java.io.IOException {
    SameOfferFromDirectPurchase.main(args);
    DiscontinuedOfferToSuccessor.main(args);
    UpgradeWithExtraSeats.main(args);
    PartnerToPartnerMove.main(args);
    TransferFromAnotherPartner.main(args);
    StackedTeamsOnMicrosoftSkus.main(args);
    PartnerOutsideTenantRegion.main(args);
    CancelEarlyVersusLetExpire.main(args);
    PlanACustomer.main(args);
    PlanAndScheduleAMove.main(args);
    ImportATenant.main(args);
  }
}
