package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransferPolicyTest {

  @Test
  void defaultsFollowMicrosoft365ForBusiness() {
    TransferPolicy policy = TransferPolicy.defaults();
    assertEquals(30, policy.expiredGraceDays());
    assertEquals(90, policy.disabledDays());
    assertEquals(7, policy.overlapToleranceDays());
    assertEquals(3, policy.plannerLeadDays());
    assertEquals(SeatBasis.PURCHASED, policy.plannerSeats());
    assertEquals(policy, TransferPolicy.builder().build());
  }

  @Test
  void negativeDaysAreRefusedAndZeroAccepted() {
    assertRefused(
        "policy.expiredGraceDays: -1 is negative",
        () -> TransferPolicy.builder().expiredGraceDays(-1).build());
    assertRefused(
        "policy.disabledDays: -1 is negative",
        () -> TransferPolicy.builder().disabledDays(-1).build());
    assertRefused(
        "policy.overlapToleranceDays: -1 is negative",
        () -> TransferPolicy.builder().overlapToleranceDays(-1).build());
    assertRefused(
        "policy.plannerLeadDays: -1 is negative",
        () -> TransferPolicy.builder().plannerLeadDays(-1).build());
    TransferPolicy zero =
        TransferPolicy.builder()
            .expiredGraceDays(0)
            .disabledDays(0)
            .overlapToleranceDays(0)
            .plannerLeadDays(0)
            .build();
    assertEquals(0, zero.effectiveLeadDays());
  }

  @Test
  void plannerLeadNeverExceedsTheOverlapTolerance() {
    assertEquals(3, TransferPolicy.defaults().effectiveLeadDays());
    assertEquals(
        2,
        TransferPolicy.builder()
            .overlapToleranceDays(2)
            .plannerLeadDays(3)
            .build()
            .effectiveLeadDays());
    assertEquals(
        3,
        TransferPolicy.builder()
            .overlapToleranceDays(3)
            .plannerLeadDays(3)
            .build()
            .effectiveLeadDays());
  }
}
