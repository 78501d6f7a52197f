package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.E3;
import static org.csptransfer.rules.Plans.E3_NO_TEAMS;
import static org.csptransfer.rules.Plans.E5;
import static org.csptransfer.rules.Plans.PARTNER;
import static org.csptransfer.rules.Plans.TEAMS;
import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.plan;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionRequest;
import org.junit.jupiter.api.Test;

/** CONTRACT.md, "Version 3", "The runbook". */
class RunbookTest {

  private static final PartnerId NORTHWIND = PartnerId.of("7654321");

  private static List<String> lines(TransitionDecision decision) {
    return decision.runbook().stream()
        .map(
            step ->
                step.kind()
                    + " "
                    + step.actor()
                    + step.actorPartnerId().map(id -> "(" + id + ")").orElse("")
                    + " "
                    + step.date().map(LocalDate::toString).orElse("-")
                    + " "
                    + step.subjects())
        .toList();
  }

  @Test
  void theTypicalPlanIsOneDatedPurchase() {
    TransitionDecision decision = evaluate(plan());
    assertEquals(List.of("BUY NEW_PARTNER 2026-03-28 [t1, O365_E3]"), lines(decision));
    RunbookStep buy = decision.runbook().get(0);
    assertEquals(OptionalInt.of(50), buy.quantity());
    assertEquals(
        "Buy t1: 50 seats of Office 365 E3 (O365_E3) from March 28, 2026", buy.description());
    assertEquals(
        "Acheter t1 : 50 licences d'Office 365 E3 (O365_E3) à partir du 28 mars 2026",
        buy.description(Locale.FRENCH));
  }

  @Test
  void aMissingRelationshipComesFirstUndatedRequestThenAcceptance() {
    TransitionRequest missing =
        emptyRequest()
            .customer(Plans.customer(RelationshipStatus.ACCEPTED).relationships(List.of()).build())
            .build();
    assertEquals(
        List.of(
            "REQUEST_RELATIONSHIP NEW_PARTNER - [4321987]",
            "ACCEPT_RELATIONSHIP CUSTOMER - [4321987]"),
        lines(evaluate(missing)));
    TransitionRequest invited =
        emptyRequest().customer(Plans.customer(RelationshipStatus.INVITED).build()).build();
    assertEquals(List.of("ACCEPT_RELATIONSHIP CUSTOMER - [4321987]"), lines(evaluate(invited)));
    assertEquals(List.of(), lines(evaluate(emptyRequest().build())));
  }

  @Test
  void everyKindOfStepInTheContractsOrder() {
    LocalDate asOf = Plans.AS_OF;
    TransitionRequest request =
        emptyRequest()
            .customer(Plans.customer(RelationshipStatus.INVITED).build())
            .addSource(source("e3").autoRenew(Optional.empty()).build())
            .addSource(
                source("held")
                    .channel(Channel.CSP)
                    .partnerId(NORTHWIND)
                    .lastDayOfTerm(LocalDate.of(2026, 3, 31))
                    .build())
            .addSource(
                source("cancelled")
                    .channel(Channel.CSP)
                    .partnerId(NORTHWIND)
                    .disposition(Disposition.CANCEL)
                    .cancelOn(LocalDate.of(2026, 3, 28))
                    .build())
            .addSource(source("direct-moved").build())
            .addTarget(
                target("suite", "e3").offerId(E3_NO_TEAMS).start(LocalDate.of(2026, 3, 29)).build())
            .addTarget(
                target("teams")
                    .offerId(TEAMS)
                    .replacedSourceIds(List.of())
                    .stacksOn(SubscriptionId.of("suite"))
                    .start(LocalDate.of(2026, 3, 29))
                    .build())
            .addTarget(
                target("e5", "cancelled").offerId(E5).start(LocalDate.of(2026, 3, 25)).build())
            .addTarget(target("same", "direct-moved").start(LocalDate.of(2026, 3, 29)).build())
            .addTransfer(
                Transfer.builder()
                    .id(TransferId.of("x1"))
                    .date(asOf.plusDays(2))
                    .addSourceId(SubscriptionId.of("held"))
                    .build())
            .build();
    TransitionDecision decision = evaluate(request);

    assertEquals(
        List.of(
            "ACCEPT_RELATIONSHIP CUSTOMER - [4321987]",
            "CREATE_TRANSFER NEW_PARTNER 2026-03-03 [x1]",
            "SUBMIT_TRANSFER CURRENT_PARTNER(7654321) 2026-03-03 [x1, held]",
            "BUY NEW_PARTNER 2026-03-25 [e5, O365_E5]",
            "REASSIGN_LICENSES CUSTOMER 2026-03-27 [cancelled, e5]",
            "CANCEL CURRENT_PARTNER(7654321) 2026-03-28 [cancelled]",
            "BUY NEW_PARTNER 2026-03-29 [suite, O365_E3_NO_TEAMS]",
            "BUY NEW_PARTNER 2026-03-29 [teams, TEAMS_ENTERPRISE]",
            "BUY NEW_PARTNER 2026-03-29 [same, O365_E3]",
            "ASSIGN_LICENSES CUSTOMER 2026-03-29 [teams, suite]",
            "REASSIGN_LICENSES CUSTOMER 2026-03-31 [e3, suite]",
            "TURN_OFF_AUTO_RENEW CUSTOMER 2026-03-31 [e3]"),
        lines(decision));
    // Steps never change the verdict: the runbook is there whatever the findings.
    assertEquals(decision.verdict(), Verdict.of(decision.findings(), decision.actions()));
  }

  @Test
  void twoTransfersOnOneDateAreBothCreatedBeforeEitherIsSubmitted() {
    TransitionRequest request =
        emptyRequest()
            .addSource(source("a").channel(Channel.CSP).partnerId(NORTHWIND).build())
            .addSource(source("b").channel(Channel.DIRECT).build())
            .addTransfer(
                Transfer.builder()
                    .id(TransferId.of("x1"))
                    .date(Plans.AS_OF)
                    .addSourceId(SubscriptionId.of("a"))
                    .build())
            .addTransfer(
                Transfer.builder()
                    .id(TransferId.of("x2"))
                    .date(Plans.AS_OF)
                    .addSourceId(SubscriptionId.of("b"))
                    .build())
            .build();
    assertEquals(
        List.of(
            "CREATE_TRANSFER NEW_PARTNER 2026-03-01 [x1]",
            "CREATE_TRANSFER NEW_PARTNER 2026-03-01 [x2]",
            "SUBMIT_TRANSFER CURRENT_PARTNER(7654321) 2026-03-01 [x1, a]",
            "SUBMIT_TRANSFER CUSTOMER 2026-03-01 [x2, b]"),
        lines(evaluate(request)));
  }

  @Test
  void aReassignmentWaitsForTheSourcesLastDayAndNamesOnlyTargetsOfAnotherOffer() {
    TransitionRequest request =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addTarget(target("t1", "sub-001").quantity(20).build())
            .addTarget(
                target("t2", "sub-001")
                    .offerId(E5)
                    .quantity(30)
                    .start(LocalDate.of(2026, 4, 3))
                    .build())
            .build();
    List<String> lines = lines(evaluate(request));
    assertEquals(
        "REASSIGN_LICENSES CUSTOMER 2026-04-03 [sub-001, t2]", lines.get(lines.size() - 1));
    TransitionRequest sameOffer = plan();
    assertEquals(
        0,
        evaluate(sameOffer).runbook().stream()
            .filter(step -> step.kind() == RunbookStep.Kind.REASSIGN_LICENSES)
            .count());
    assertEquals(E3, sameOffer.targets().get(0).offerId());
    assertEquals(PARTNER, sameOffer.partner().id());
  }

  @Test
  void stepsAreValuesThatSayWhatTheyAre() {
    TransitionRequest request =
        emptyRequest()
            .addSource(source("a").channel(Channel.CSP).partnerId(NORTHWIND).build())
            .addTransfer(
                Transfer.builder()
                    .id(TransferId.of("x1"))
                    .date(Plans.AS_OF)
                    .addSourceId(SubscriptionId.of("a"))
                    .build())
            .build();
    List<RunbookStep> first = evaluate(request).runbook();
    List<RunbookStep> again = evaluate(request).runbook();
    assertEquals(first, again);
    assertEquals(first.hashCode(), again.hashCode());
    RunbookStep create = first.get(0);
    RunbookStep submit = first.get(1);
    assertNotEquals(create, submit);
    assertNotEquals(create.hashCode(), submit.hashCode());
    assertNotEquals(create, (Object) "CREATE_TRANSFER");
    assertEquals("CREATE_TRANSFER[NEW_PARTNER, 2026-03-01, [x1]]", create.toString());
    assertEquals(
        "SUBMIT_TRANSFER[CURRENT_PARTNER 7654321, 2026-03-01, [x1, a]]", submit.toString());
    assertEquals(OptionalInt.empty(), submit.quantity());
    assertEquals(Optional.of(NORTHWIND), submit.actorPartnerId());
    assertEquals(Optional.empty(), create.actorPartnerId());
    assertEquals(
        java.util.Map.of(
            "transfer", "x1", "date", Plans.AS_OF, "sources", List.of("a"), "partnerId", "7654321"),
        submit.arguments());
    RunbookStep accept =
        evaluate(
                emptyRequest().customer(Plans.customer(RelationshipStatus.INVITED).build()).build())
            .runbook()
            .get(0);
    assertEquals("ACCEPT_RELATIONSHIP[CUSTOMER, undated, [4321987]]", accept.toString());
    assertEquals(Optional.empty(), accept.date());
    assertNotEquals(accept, create);
  }

  @Test
  void aReassignmentNamesEachTargetOfAnotherOfferFromTheEarliestStartAndEachOfferOnce() {
    TransitionRequest request =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addTarget(
                target("late", "sub-001")
                    .offerId(E5)
                    .quantity(20)
                    .start(LocalDate.of(2026, 4, 9))
                    .build())
            .addTarget(target("same", "sub-001").quantity(10).build())
            .addTarget(
                target("early", "sub-001")
                    .offerId(E5)
                    .quantity(20)
                    .start(LocalDate.of(2026, 4, 5))
                    .build())
            .build();
    RunbookStep reassign =
        evaluate(request).runbook().stream()
            .filter(step -> step.kind() == RunbookStep.Kind.REASSIGN_LICENSES)
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("sub-001", "late", "early"), reassign.subjects());
    assertEquals(Optional.of(LocalDate.of(2026, 4, 5)), reassign.date());
    assertEquals(List.of("Office 365 E5 (O365_E5)"), reassign.arguments().get("toOffers"));
    assertEquals("Office 365 E3 (O365_E3)", reassign.arguments().get("fromOffer"));
  }

  @Test
  void aCalendarMayUseMessagesOfItsOwnAndNamesTheCurrentPartner() {
    TransitionRequest request =
        emptyRequest()
            .addSource(source("a").channel(Channel.CSP).partnerId(NORTHWIND).build())
            .addTransfer(
                Transfer.builder()
                    .id(TransferId.of("x1"))
                    .date(Plans.AS_OF)
                    .addSourceId(SubscriptionId.of("a"))
                    .build())
            .build();
    String calendar =
        RunbookCalendar.builder()
            .messages(
                Messages.standard()
                    .withTemplates(
                        Locale.ENGLISH,
                        java.util.Map.of("step.CREATE_TRANSFER", "Open {transfer}")))
            .add("p", request, evaluate(request))
            .write();
    String unfolded = calendar.replace("\r\n ", "");
    assertEquals(true, unfolded.contains("SUMMARY:Open x1\r\n"), unfolded);
    assertEquals(true, unfolded.contains("\\nCurrent partner: 7654321\r\n"), unfolded);
  }
}
