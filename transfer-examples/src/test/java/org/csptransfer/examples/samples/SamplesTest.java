package org.csptransfer.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Money;
import org.csptransfer.json.tenant.TenantImport;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.Verdict;
import org.csptransfer.rules.planning.ProposedPlan;
import org.junit.jupiter.api.Test;

/** Every sample tells the story its Javadoc promises, so no sample can silently break. */
class SamplesTest {

  private static void assertDecision(
      TransitionDecision decision, Verdict verdict, String... codes) {
    assertEquals(verdict, decision.verdict(), decision.findings()::toString);
    assertEquals(List.of(codes), decision.codes());
  }

  @Test
  void sameOfferFromADirectPurchaseIsApproved() {
    assertDecision(SameOfferFromDirectPurchase.decide(), Verdict.APPROVED);
  }

  @Test
  void discontinuedOfferMovesToItsSuccessorWithAReassignment() {
    assertDecision(
        DiscontinuedOfferToSuccessor.decide(),
        Verdict.APPROVED_WITH_ACTIONS,
        "LICENSE_REASSIGNMENT_REQUIRED",
        "SOURCE_OFFER_DISCONTINUED");
  }

  @Test
  void upgradeWithExtraSeatsNeedsReassignmentAndChangesTheCount() {
    assertDecision(
        UpgradeWithExtraSeats.decide(),
        Verdict.APPROVED_WITH_ACTIONS,
        "LICENSE_REASSIGNMENT_REQUIRED",
        "LICENSE_COUNT_CHANGED");
  }

  @Test
  void partnerToPartnerMoveIsApproved() {
    assertDecision(PartnerToPartnerMove.decide(), Verdict.APPROVED);
  }

  @Test
  void aTransferFromAnotherPartnerIsApprovedWithNothingToDo() {
    assertDecision(TransferFromAnotherPartner.decide(), Verdict.APPROVED);
    assertTrue(TransferFromAnotherPartner.decide().timeline().get(0).transfer().isPresent());
  }

  @Test
  void teamsStackedOnTheNoTeamsSuiteKeepsEveryPlanOfMicrosoftsE3() {
    assertDecision(
        StackedTeamsOnMicrosoftSkus.decide(),
        Verdict.APPROVED_WITH_ACTIONS,
        "LICENSE_REASSIGNMENT_REQUIRED");
  }

  @Test
  void partnerOutsideTheTenantsRegionIsRejected() {
    assertDecision(PartnerOutsideTenantRegion.decide(), Verdict.REJECTED, "REGION_MISMATCH");
  }

  @Test
  void cancellingEarlyForfeitsWhatLettingExpireKeeps() {
    TransitionDecision cancel = CancelEarlyVersusLetExpire.decideCancelEarly();
    assertDecision(cancel, Verdict.APPROVED_WITH_ACTIONS, "EARLY_CANCELLATION");
    assertEquals(292, cancel.timeline().get(0).forfeitedDays());
    assertEquals(
        Optional.of("9600.00 EUR"), cancel.timeline().get(0).forfeitedValue().map(Money::toString));
    assertDecision(CancelEarlyVersusLetExpire.decideLetExpire(), Verdict.APPROVED);
  }

  @Test
  void thePlannerConsolidatesReplacesAndLetsEverythingExpire() {
    ProposedPlan plan = PlanACustomer.propose();
    assertEquals(
        List.of("t1 O365_E3 60 [sub-001, open-e3]", "t2 O365_E3 120 [ea-legacy]"),
        plan.targets().stream()
            .map(t -> t.id() + " " + t.offerId() + " " + t.quantity() + " " + t.replacedSourceIds())
            .toList());
    assertTrue(plan.dispositions().values().stream().allMatch(d -> d == Disposition.LET_EXPIRE));
    assertEquals(4, plan.dispositions().size());
    assertDecision(
        plan.decision(),
        Verdict.APPROVED_WITH_ACTIONS,
        "LICENSE_REASSIGNMENT_REQUIRED",
        "SOURCE_OFFER_DISCONTINUED");
  }

  @Test
  void planningAndSchedulingAMoveGivesEveryStepItsActorAndDate() throws Exception {
    ProposedPlan plan = PlanAndScheduleAMove.plan();
    assertEquals(
        List.of(
            "ACCEPT_RELATIONSHIP CUSTOMER",
            "CREATE_TRANSFER NEW_PARTNER 2026-03-01",
            "SUBMIT_TRANSFER CURRENT_PARTNER 2026-03-01",
            "BUY NEW_PARTNER 2026-03-29",
            "TURN_OFF_AUTO_RENEW CUSTOMER 2026-03-31"),
        plan.decision().runbook().stream()
            .map(
                step ->
                    (step.kind()
                            + " "
                            + step.actor()
                            + " "
                            + step.date().map(Object::toString).orElse(""))
                        .strip())
            .toList());
    java.nio.file.Path file = java.nio.file.Files.createTempFile("runbook", ".ics");
    try {
      PlanAndScheduleAMove.writeCalendar(plan, file);
      String ics = java.nio.file.Files.readString(file);
      assertEquals(4, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
      assertEquals(1, ics.split("BEGIN:VTODO", -1).length - 1, ics);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void anImportedTenantIsPlannedWithTransfersAndReplacements() throws Exception {
    TenantImport.Result imported = ImportATenant.importContoso();
    assertEquals(6, imported.scenario().request().sources().size());
    assertEquals(
        List.of(
            "SEATS_SHARED",
            "SEATS_BEYOND_TOTAL",
            "TERM_END_DERIVED",
            "CHANNEL_UNKNOWN",
            "PARTNER_TENANT_UNKNOWN",
            "PARTNER_CENTER_UNMATCHED"),
        imported.notes().stream().map(note -> note.kind().name()).toList());
    ProposedPlan plan = ImportATenant.plan(imported);
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, plan.decision().verdict());
    assertEquals(1, plan.request().transfers().size());
    assertEquals(2, plan.request().transfers().get(0).sourceIds().size());
    assertEquals(
        List.of("SPB", "SPB", "SPB", "POWER_BI_PRO"),
        plan.request().targets().stream().map(target -> target.offerId().value()).toList());
  }

  @Test
  void runningEverySamplePrintsEveryStory() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      RunSamples.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    assertEquals(9, output.split("\nDecision  ", -1).length - 1, output);
    assertTrue(output.contains("\nContoso  proposed plan  APPROVED_WITH_ACTIONS"), output);
    assertTrue(output.contains("\nnote: Partner Center subscription b1e17f94"), output);
  }
}
