package org.csptransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransferId;
import org.csptransfer.rules.action.AddTargets;
import org.csptransfer.rules.action.ChangeOffer;
import org.csptransfer.rules.action.ChangeQuantity;
import org.csptransfer.rules.action.LetExpire;
import org.csptransfer.rules.action.PlanReplacement;
import org.csptransfer.rules.action.ReassignLicenses;
import org.csptransfer.rules.action.SplitTarget;
import org.csptransfer.rules.action.SplitTransfer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every action refuses, when built, the values no rule can mean, naming the action and the value,
 * and accepts the nearest value that is meant.
 */
class RequiredActionChecksTest {

  private static final SubscriptionId SOURCE = SubscriptionId.of("s1");
  private static final SubscriptionId TARGET = SubscriptionId.of("t1");
  private static final OfferId E3 = OfferId.of("O365_E3");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private static void assertRefused(String message, Executable build) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, build).getMessage());
  }

  @Test
  void countsOfUsersDaysAndSeatsAreNeverNegative() {
    assertRefused(
        "reassignLicenses.users: -1 is negative",
        () -> ReassignLicenses.of(SOURCE, TARGET, E3, E3, -1));
    assertEquals(0, ReassignLicenses.of(SOURCE, TARGET, E3, E3, 0).users());
    assertRefused("letExpire.forfeitedDays: -1 is negative", () -> LetExpire.of(SOURCE, DAY, -1));
    assertEquals(0, LetExpire.of(SOURCE, DAY, 0).forfeitedDays());
    assertRefused("changeQuantity[t1].to: -1 is negative", () -> ChangeQuantity.of(TARGET, 5, -1));
    assertEquals(0, ChangeQuantity.of(TARGET, 5, 0).to());
  }

  @Test
  void anOfferToChooseHasAtLeastOneCandidate() {
    assertRefused("changeOffer[t1].candidates: empty", () -> ChangeOffer.of(TARGET, E3, List.of()));
    assertRefused(
        "planReplacement[s1].candidates: empty", () -> PlanReplacement.of(SOURCE, E3, List.of()));
    assertEquals(List.of(E3), PlanReplacement.of(SOURCE, E3, List.of(E3)).candidates());
  }

  @Test
  void aSplitTargetHasTwoPartsOrMoreWithASeatEach() {
    assertRefused("splitTarget[t1]: 5 seats in 1 parts", () -> SplitTarget.of(TARGET, 1, 5));
    assertRefused("splitTarget[t1]: 1 seats in 2 parts", () -> SplitTarget.of(TARGET, 2, 1));
    SplitTarget split = SplitTarget.of(TARGET, 2, 5);
    assertEquals(3, split.seatsOf(0));
    assertEquals(2, split.seatsOf(1));
    assertEquals(1, SplitTarget.of(TARGET, 2, 2).seatsOf(1));
    assertRefused("part 2 of 2", () -> split.seatsOf(2));
    assertRefused("part -1 of 2", () -> split.seatsOf(-1));
  }

  @Test
  void addedTargetsAreOneOrMoreWithASeatEach() {
    assertRefused(
        "addTargets[O365_E3]: 5 seats in 0 subscriptions",
        () -> AddTargets.of(E3, DAY, List.of(SOURCE), 0, 5));
    assertRefused(
        "addTargets[O365_E3]: 0 seats in 1 subscriptions",
        () -> AddTargets.of(E3, DAY, List.of(SOURCE), 1, 0));
    assertEquals(1, AddTargets.of(E3, DAY, List.of(SOURCE), 1, 1).seatsOf(0));
  }

  @Test
  void aTransferIsSplitOnlyBeyondItsMaximum() {
    TransferId x1 = TransferId.of("x1");
    assertRefused(
        "splitTransfer[x1]: 25 items with a maximum of 25", () -> SplitTransfer.of(x1, 25, 25));
    assertRefused(
        "splitTransfer[x1]: 5 items with a maximum of 0", () -> SplitTransfer.of(x1, 5, 0));
    assertEquals(2, SplitTransfer.of(x1, 26, 25).requests());
    assertEquals(2, SplitTransfer.of(x1, 50, 25).requests());
    assertEquals(3, SplitTransfer.of(x1, 51, 25).requests());
    assertEquals(2, SplitTransfer.of(x1, 2, 1).requests());
  }
}
