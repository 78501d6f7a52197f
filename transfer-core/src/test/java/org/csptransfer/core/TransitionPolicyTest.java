package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TransitionPolicyTest {

  @Test
  void defaultsFollowMicrosoft365ForBusiness() {
    TransitionPolicy policy = TransitionPolicy.defaults();
    // Lifecycle keys are overrides with no default: each source keeps its lifecycle row.
    assertEquals(OptionalInt.empty(), policy.expiredGraceDays());
    assertEquals(OptionalInt.empty(), policy.disabledDays());
    assertEquals(OptionalInt.empty(), policy.cancelledRetentionDays());
    assertEquals(AutoRenewAssumption.ASSUME_ON, policy.unknownAutoRenew());
    assertEquals(7, policy.overlapToleranceDays());
    assertEquals(3, policy.plannerLeadDays());
    assertEquals(SeatBasis.PURCHASED, policy.plannerSeats());
    assertEquals(25, policy.maxItemsPerTransfer());
    assertEquals(PlannerTransfers.PREFER, policy.plannerTransfers());
    assertEquals(policy, TransitionPolicy.builder().build());
  }

  @Test
  void negativeDaysAreRefusedAndZeroAccepted() {
    assertRefused(
        "policy.expiredGraceDays: -1 is negative",
        () -> TransitionPolicy.builder().expiredGraceDays(-1).build());
    assertRefused(
        "policy.disabledDays: -1 is negative",
        () -> TransitionPolicy.builder().disabledDays(-1).build());
    assertRefused(
        "policy.overlapToleranceDays: -1 is negative",
        () -> TransitionPolicy.builder().overlapToleranceDays(-1).build());
    assertRefused(
        "policy.plannerLeadDays: -1 is negative",
        () -> TransitionPolicy.builder().plannerLeadDays(-1).build());
    TransitionPolicy zero =
        TransitionPolicy.builder()
            .expiredGraceDays(0)
            .disabledDays(0)
            .overlapToleranceDays(0)
            .plannerLeadDays(0)
            .build();
    assertEquals(0, zero.effectiveLeadDays());
  }

  @Test
  void plannerLeadNeverExceedsTheOverlapTolerance() {
    assertEquals(3, TransitionPolicy.defaults().effectiveLeadDays());
    assertEquals(
        2,
        TransitionPolicy.builder()
            .overlapToleranceDays(2)
            .plannerLeadDays(3)
            .build()
            .effectiveLeadDays());
    assertEquals(
        3,
        TransitionPolicy.builder()
            .overlapToleranceDays(3)
            .plannerLeadDays(3)
            .build()
            .effectiveLeadDays());
  }

  @Test
  void daysStayWithinTenYears() {
    assertRefused(
        "policy.disabledDays: 3651 is more than the 3650 days allowed",
        () -> TransitionPolicy.builder().disabledDays(3651).build());
    assertEquals(
        OptionalInt.of(3650), TransitionPolicy.builder().disabledDays(3650).build().disabledDays());
    assertRefused(
        "policy.cancelledRetentionDays: 3651 is more than the 3650 days allowed",
        () -> TransitionPolicy.builder().cancelledRetentionDays(3651).build());
    assertRefused(
        "policy.cancelledRetentionDays: -1 is negative",
        () -> TransitionPolicy.builder().cancelledRetentionDays(-1).build());
  }

  @Test
  void aTransferRequestHoldsAtLeastOneItem() {
    assertRefused(
        "policy.maxItemsPerTransfer: 0 is not from 1 to 10000",
        () -> TransitionPolicy.builder().maxItemsPerTransfer(0).build());
    assertRefused(
        "policy.maxItemsPerTransfer: 10001 is not from 1 to 10000",
        () -> TransitionPolicy.builder().maxItemsPerTransfer(10_001).build());
    assertEquals(
        1, TransitionPolicy.builder().maxItemsPerTransfer(1).build().maxItemsPerTransfer());
  }
}
