package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.plan;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Money;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionRequest;
import org.junit.jupiter.api.Test;

/** Messages give people the numbers they need; actions say what to do. */
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
        "t1 + t2 have 40 seats but the 48 users of sub-001 hold licenses: 8 would lose theirs",
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
        "t1 has 61 seats where sub-001 + sub-002 have 60 today (58 assigned): the seat count"
            + " changes by +1",
        onlyMessage(merged));
  }

  @Test
  void quantityOutOfRangeSaysTheLimits() {
    assertEquals(
        "t1 plans 0 seats of O365_E3, outside the offer's 1 to 10000",
        evaluate(
                plan(
                    source("sub-001").quantity(0).assignedLicenses(0),
                    target("t1", "sub-001").quantity(0)))
            .findings()
            .get(0)
            .message());
  }

  @Test
  void quantityEqualToTheOfferMinimumFits() {
    assertFalse(
        evaluate(
                plan(
                    source("sub-001").quantity(1).assignedLicenses(1),
                    target("t1", "sub-001").quantity(1)))
            .has(FindingCode.QUANTITY_OUT_OF_RANGE));
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
            + " for Europe",
        onlyMessage(request));
  }

  @Test
  void earlyCancellationSaysTheDaysAndTheirValue() {
    TransitionRequest request =
        plan(
            source("sub-001")
                .disposition(Disposition.CANCEL)
                .cancelOn(LocalDate.of(2026, 3, 1))
                .unitPrice(Money.of(new BigDecimal("20.00"), Currency.getInstance("EUR"))),
            target("t1", "sub-001").start(LocalDate.of(2026, 2, 27)));
    assertEquals(
        "sub-001 is cancelled on 2026-03-01, before its term ends on 2026-03-31 and without refund:"
            + " 31 prepaid days worth 1019.18 EUR are lost",
        onlyMessage(request));
  }

  @Test
  void gapsSayWhenAccessOrDataIsLost() {
    assertEquals(
        "t1 starts 2026-05-02, 31 days after sub-001 ends on 2026-04-01: users lose access from"
            + " 2026-05-01",
        onlyMessage(
            plan(source("sub-001"), target("t1", "sub-001").start(Plans.END.plusDays(31)))));
  }

  @Test
  void everyActionDescribesItselfAndNamesItsKind() {
    SubscriptionId sub = SubscriptionId.of("sub-001");
    SubscriptionId t1 = SubscriptionId.of("t1");
    OfferId e3 = Plans.E3;
    List<RequiredAction> actions =
        List.of(
            new RequiredAction.RequestRelationship(Plans.PARTNER, Plans.TENANT),
            new RequiredAction.AwaitAcceptance(Plans.PARTNER, Plans.TENANT),
            new RequiredAction.ReassignLicenses(sub, t1, e3, Plans.E5, 48),
            new RequiredAction.LetExpire(sub, LocalDate.of(2026, 3, 31), 22),
            new RequiredAction.RescheduleStart(
                t1, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 3, 29)),
            new RequiredAction.ChooseOffer(t1, e3, List.of(Plans.E5)),
            new RequiredAction.ChangeQuantity(t1, 40, 48));
    assertEquals(
        List.of(RequiredAction.Kind.values()), actions.stream().map(RequiredAction::kind).toList());
    assertEquals(
        List.of(
            "Send tenant 0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b a reseller relationship request from"
                + " partner 4321987",
            "Wait for tenant 0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b to accept the reseller"
                + " relationship request of partner 4321987 before provisioning",
            "Reassign 48 users from O365_E3 (sub-001) to O365_E5 (t1)",
            "Let sub-001 expire after 2026-03-31 instead of cancelling it (22 prepaid days would be"
                + " lost)",
            "Start t1 on 2026-03-29 instead of 2026-05-01",
            "Plan one of [O365_E5] for t1 in place of O365_E3",
            "Raise t1 from 40 to 48 seats"),
        actions.stream().map(RequiredAction::description).toList());
    assertEquals(
        "No available offer keeps every service plan of O365_E3 for t1",
        new RequiredAction.ChooseOffer(t1, e3, List.of()).description());
    assertEquals(
        "Lower t1 from 49 to 48 seats",
        new RequiredAction.ChangeQuantity(t1, 49, 48).description());
    assertThrows(
        IllegalArgumentException.class,
        () -> new RequiredAction.ReassignLicenses(sub, t1, e3, e3, -1));
  }

  @Test
  void timingsAreEitherAGapOrAnOverlap() {
    SubscriptionId t1 = SubscriptionId.of("t1");
    LocalDate day = LocalDate.of(2026, 4, 1);
    assertThrows(IllegalArgumentException.class, () -> new TargetTiming(t1, day, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new TargetTiming(t1, day, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> new TargetTiming(t1, day, 0, -1));
    assertEquals(0, new TargetTiming(t1, day, 0, 0).gapDays());
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
