package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.plan;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.Channel;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Money;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.AddTargets;
import org.csptransfer.rules.action.AwaitAcceptance;
import org.csptransfer.rules.action.ChangeOffer;
import org.csptransfer.rules.action.ChangeQuantity;
import org.csptransfer.rules.action.LetExpire;
import org.csptransfer.rules.action.PlanReplacement;
import org.csptransfer.rules.action.ReassignLicenses;
import org.csptransfer.rules.action.RequestRelationship;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.rules.action.RescheduleStart;
import org.csptransfer.rules.action.RescheduleTransfer;
import org.csptransfer.rules.action.SplitTarget;
import org.csptransfer.rules.action.SplitTransfer;
import org.csptransfer.rules.action.TurnOffAutoRenew;
import org.junit.jupiter.api.Test;

/** Messages are rendered from codes and arguments, with the numbers people need. */
class MessagesTest {

  private static String onlyMessage(TransitionRequest request) {
    List<Finding> findings = evaluate(request).findings();
    assertEquals(1, findings.size(), findings::toString);
    return findings.get(0).message();
  }

  @Test
  void shortfallSaysHowManyUsersWouldLoseTheirLicense() {
    assertEquals(
        "t1 has 40 seats but the 48 users of sub-001 hold licenses: 8 would lose theirs",
        onlyMessage(plan(source("sub-001"), target("t1", "sub-001").quantity(40))));
    TransitionRequest twoTargets =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addTarget(target("t1", "sub-001").quantity(20).build())
            .addTarget(target("t2", "sub-001").quantity(20).build())
            .build();
    assertEquals(
        "t1, t2 have 40 seats but the 48 users of sub-001 hold licenses: 8 would lose theirs",
        onlyMessage(twoTargets));
  }

  @Test
  void countChangeSaysBothCounts() {
    assertEquals(
        "t1 has 49 seats where sub-001 has 50 today (48 assigned): the seat count changes by -1",
        onlyMessage(plan(source("sub-001"), target("t1", "sub-001").quantity(49))));
    TransitionRequest merged =
        emptyRequest()
            .addSource(source("sub-001").build())
            .addSource(source("sub-002").quantity(10).assignedLicenses(10).build())
            .addTarget(target("t1", "sub-001", "sub-002").quantity(61).build())
            .build();
    assertEquals(
        "t1 has 61 seats where sub-001, sub-002 have 60 today (58 assigned): the seat count"
            + " changes by 1",
        onlyMessage(merged));
  }

  @Test
  void numbersAreGroupedForTheLanguage() {
    assertEquals(
        "t1 plans 0 seats of O365_E3, outside the offer's 1 to 10,000",
        evaluate(
                plan(
                    source("sub-001").quantity(0).assignedLicenses(0),
                    target("t1", "sub-001").quantity(0)))
            .findings()
            .get(0)
            .message());
  }

  @Test
  void regionMismatchNamesTheRegions() {
    TransitionRequest request =
        TransitionRequest.builder()
            .from(plan())
            .customer(
                Plans.customer(RelationshipStatus.ACCEPTED).country(CountryCode.of("JP")).build())
            .build();
    assertEquals(
        "The tenant's country JP is in region Japan, but Fabrikam CSP (4321987) is authorized only"
            + " for: Europe",
        onlyMessage(request));
  }

  @Test
  void earlyCancellationSaysTheDaysAndTheirValueWhenKnown() {
    TransitionRequest request =
        plan(
            source("sub-001")
                .disposition(Disposition.CANCEL)
                .cancelOn(LocalDate.of(2026, 3, 1))
                .monthlyPricePerSeat(
                    Money.of(new BigDecimal("20.00"), Currency.getInstance("EUR"))),
            target("t1", "sub-001").start(LocalDate.of(2026, 2, 27)));
    assertEquals(
        "sub-001 is cancelled on March 1, 2026, before its term ends on March 31, 2026 and without"
            + " refund: 31 prepaid days worth €1,019.18 are billed all the same: past its"
            + " cancellation window Microsoft refuses the cancellation and bills it until its term"
            + " ends",
        onlyMessage(request));
    TransitionRequest unpriced =
        plan(
            source("sub-001")
                .channel(Channel.OPEN)
                .disposition(Disposition.CANCEL)
                .cancelOn(LocalDate.of(2026, 3, 1)),
            target("t1", "sub-001").start(LocalDate.of(2026, 2, 27)));
    assertEquals(
        "sub-001 is cancelled on March 1, 2026, before its term ends on March 31, 2026 and without"
            + " refund: 31 prepaid days are lost",
        onlyMessage(unpriced));
  }

  @Test
  void gapsSayWhenAccessOrDataIsLost() {
    assertEquals(
        "t1 starts May 2, 2026, 31 days after sub-001's last day of service March 31, 2026: users"
            + " lose access from May 1, 2026",
        onlyMessage(
            plan(source("sub-001"), target("t1", "sub-001").start(Plans.END.plusDays(31)))));
  }

  @Test
  void pluralFormsFollowTheCount() {
    assertEquals(
        "No target replaces sub-001 (O365_E3) and no transfer moves it: its 1 user would lose"
            + " their licenses",
        onlyMessage(
            emptyRequest().addSource(source("sub-001").assignedLicenses(1).build()).build()));
  }

  @Test
  void everyActionDescribesItselfAndNamesItsKind() {
    SubscriptionId sub = SubscriptionId.of("sub-001");
    SubscriptionId t1 = SubscriptionId.of("t1");
    OfferId e3 = Plans.E3;
    TransferId x1 = TransferId.of("x1");
    LocalDate day = LocalDate.of(2026, 3, 29);
    List<RequiredAction> actions =
        List.of(
            RequestRelationship.of(Plans.PARTNER, Plans.TENANT),
            AwaitAcceptance.of(Plans.PARTNER, Plans.TENANT),
            ReassignLicenses.of(sub, t1, e3, Plans.E5, 48),
            LetExpire.of(sub, LocalDate.of(2026, 3, 31), 22),
            RescheduleStart.of(t1, LocalDate.of(2026, 5, 1), day),
            ChangeOffer.of(t1, e3, List.of(Plans.E5)),
            PlanReplacement.of(sub, e3, List.of(e3, Plans.E5)),
            ChangeQuantity.of(t1, 40, 48),
            SplitTarget.of(t1, 2, 301),
            AddTargets.of(e3, day, List.of(sub), 2, 450),
            SplitTransfer.of(x1, 30, 25),
            RescheduleTransfer.of(x1, LocalDate.of(2026, 2, 1), Plans.AS_OF),
            TurnOffAutoRenew.of(sub, LocalDate.of(2026, 3, 31), Optional.of(Plans.PARTNER)));
    assertEquals(
        List.of(RequiredAction.Kind.values()), actions.stream().map(RequiredAction::kind).toList());
    // CONTRACT.md, "Version 3", clarification 5: who does each kind.
    assertEquals(
        List.of(
            "NEW_PARTNER",
            "CUSTOMER",
            "CUSTOMER",
            "CUSTOMER",
            "NEW_PARTNER",
            "NEW_PARTNER",
            "NEW_PARTNER",
            "NEW_PARTNER",
            "NEW_PARTNER",
            "NEW_PARTNER",
            "NEW_PARTNER",
            "NEW_PARTNER",
            "CURRENT_PARTNER 4321987"),
        actions.stream()
            .map(action -> action.actor() + action.actorPartnerId().map(id -> " " + id).orElse(""))
            .toList());
    assertEquals(
        List.of(
            "Send tenant 0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b a reseller relationship request from"
                + " partner 4321987",
            "Wait for tenant 0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b to accept the reseller"
                + " relationship request of partner 4321987 before provisioning or transferring",
            "Reassign 48 users from O365_E3 (sub-001) to O365_E5 (t1)",
            "Let sub-001 expire after March 31, 2026 instead of cancelling it (22 prepaid days"
                + " would be lost), with its auto-renewal turned off",
            "Start t1 on March 29, 2026 instead of May 1, 2026",
            "Plan t1 on O365_E5 instead of O365_E3",
            "Plan a new subscription for sub-001 on one of O365_E3, O365_E5",
            "Change t1 from 40 to 48 seats",
            "Split t1 into 2 subscriptions with 301 seats in all, at most 151 each",
            "Add 2 subscriptions of O365_E3 from March 29, 2026 replacing sub-001, with 450 seats"
                + " in all, at most 225 each",
            "Split transfer x1 (30 subscriptions) into 2 requests of at most 25, each add-on with"
                + " its base",
            "Date transfer x1 on March 1, 2026 instead of February 1, 2026",
            "Turn off the auto-renewal of sub-001 by March 31, 2026, so that it expires instead of"
                + " renewing"),
        actions.stream().map(RequiredAction::description).toList());
  }

  @Test
  void aCustomFindingUsesItsOwnTemplateUnlessATableOverridesIt() {
    Finding custom =
        Finding.custom("max-sources", "TOO_MANY_SOURCES", Severity.ERROR)
            .argument("sources", 1_200)
            .message("{sources} subscriptions is too many")
            .build();
    assertEquals("1,200 subscriptions is too many", custom.message());
    Messages german =
        Messages.standard()
            .withTemplates(
                Locale.GERMAN, Map.of("finding.TOO_MANY_SOURCES", "{sources} Abonnements"));
    assertEquals("1.200 Abonnements", german.message(custom, Locale.GERMAN));
    assertEquals("1,200 subscriptions is too many", german.message(custom, Locale.ENGLISH));
    assertEquals(
        "TOO_MANY_SOURCES {sources=3}",
        Messages.standard()
            .message(
                Finding.custom("max-sources", "TOO_MANY_SOURCES", Severity.ERROR)
                    .argument("sources", 3)
                    .build(),
                Locale.ENGLISH));
  }

  @Test
  void servicePlansCanBeNamedByTheirFriendlyNames() {
    Finding dropped =
        Finding.of(
            FindingCode.SERVICE_PLAN_DROPPED,
            List.of("sub-001", "t1"),
            Map.of(
                "source", "sub-001",
                "target", "t1",
                "fromOffer", "A",
                "toOffer", "B",
                "users", 2,
                "droppedServicePlans", List.of("MFA_PREMIUM", "UNKNOWN_PLAN")));
    Messages named =
        Messages.standard()
            .withServicePlanNames(
                plan ->
                    plan.equals("MFA_PREMIUM")
                        ? Optional.of("Microsoft Azure Multi-Factor Authentication")
                        : Optional.empty());
    assertEquals(
        "t1 (B) lacks Microsoft Azure Multi-Factor Authentication, UNKNOWN_PLAN of sub-001 (A): 2"
            + " users lose these features, no data",
        named.message(dropped, Locale.ENGLISH));
  }

  @Test
  void everyStandardCodeAndActionHasATemplateNamingEachOfItsArguments() {
    for (FindingCode code : FindingCode.values()) {
      assertTrue(
          Messages.standard().template("finding." + code, Locale.ENGLISH).isPresent(),
          code::toString);
    }
    for (RequiredAction.Kind kind : RequiredAction.Kind.values()) {
      assertTrue(
          Messages.standard().template("action." + kind, Locale.ENGLISH).isPresent(),
          kind::toString);
    }
  }

  @Test
  void standardRulesDescribeThemselvesUnderTheirIds() {
    for (StandardRule standard : StandardRule.values()) {
      Rule rule = standard.create();
      assertEquals(standard.id(), rule.id());
      assertFalse(rule.description().isBlank());
    }
  }
}
