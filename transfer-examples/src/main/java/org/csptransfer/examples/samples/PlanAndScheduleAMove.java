package org.csptransfer.examples.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.csptransfer.core.Channel;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.RunbookCalendar;
import org.csptransfer.rules.RunbookStep;
import org.csptransfer.rules.planning.ProposedPlan;
import org.csptransfer.rules.planning.TransitionPlanner;

/**
 * From "what the customer has" to "who does what, by when": the planner proposes the move, and the
 * decision's runbook lists its steps in order, each with its actor and date, ready to print as a
 * checklist and to send as a calendar. Contoso has not yet accepted Fabrikam's reseller
 * relationship; it holds E3 bought directly (renewal not known, so assumed on) and E3 held by
 * Northwind, another CSP partner, which can be transferred.
 */
public final class PlanAndScheduleAMove {

  private static final PartnerId NORTHWIND = PartnerId.of("7654321");

  private PlanAndScheduleAMove() {}

  /**
   * Returns Contoso's current subscriptions, the relationship with Fabrikam only invited.
   *
   * @return the request without targets
   */
  public static TransitionRequest current() {
    return SampleWorld.request()
        .customer(
            SampleWorld.contoso()
                .relationships(java.util.List.of())
                .addRelationship(
                    org.csptransfer.core.Relationship.of(
                        SampleWorld.FABRIKAM, RelationshipStatus.INVITED))
                .build())
        .addSource(SampleWorld.contosoE3().autoRenew(java.util.Optional.empty()).build())
        .addSource(
            SampleWorld.contosoE3()
                .id(SubscriptionId.of("nce-e3"))
                .channel(Channel.CSP)
                .partnerId(NORTHWIND)
                .quantity(20)
                .assignedLicenses(20)
                .lastDayOfTerm(LocalDate.of(2026, 9, 30))
                .build())
        .build();
  }

  /**
   * Proposes the plan and evaluates it, runbook included.
   *
   * @return the proposed plan with its decision
   */
  public static ProposedPlan plan() {
    return TransitionPlanner.of(SampleWorld.pipeline()).plan(current());
  }

  /**
   * Writes the plan's runbook as an iCalendar file: one all-day event per dated step.
   *
   * @param plan the proposed plan
   * @param file where to write it
   * @throws IOException if the file cannot be written
   */
  public static void writeCalendar(ProposedPlan plan, Path file) throws IOException {
    String ics = RunbookCalendar.builder().add("Contoso", plan.request(), plan.decision()).write();
    Files.writeString(file, ics, StandardCharsets.UTF_8);
  }

  /**
   * Prints the runbook as a checklist and writes the calendar to {@code contoso-runbook.ics} in the
   * temporary directory.
   *
   * @param args ignored
   * @throws IOException if the calendar cannot be written
   */
  public static void main(String[] args) throws IOException {
    System.out.println("Plan the move, then schedule who does what, by when.");
    System.out.println();
    ProposedPlan plan = plan();
    System.out.print(DecisionPrinter.render("Contoso", plan, Locale.ENGLISH));
    System.out.println("Checklist:");
    int number = 1;
    for (RunbookStep step : plan.decision().runbook()) {
      System.out.println(
          "  "
              + number++
              + ". [ ] "
              + step.date().map(LocalDate::toString).orElse("first     ")
              + "  "
              + step.actor()
              + step.actorPartnerId().map(id -> " " + id).orElse("")
              + ": "
              + step.description());
    }
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "contoso-runbook.ics");
    writeCalendar(plan, file);
    System.out.println("Calendar written to " + file);
    System.out.println();
  }
}
