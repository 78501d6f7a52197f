package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.csptransfer.core.Fixtures.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannedSubscriptionTest {

  @Test
  void negativeQuantityIsRefusedAndZeroAccepted() {
    assertRefused("targets[t1].quantity: -1 is negative", () -> target("t1").quantity(-1).build());
    assertEquals(0, target("t1").quantity(0).build().quantity());
  }

  @Test
  void aSourceIsReplacedAtMostOnceByATarget() {
    assertRefused(
        "targets[t1].replaces: sub-001 appears twice",
        () -> target("t1", "sub-001", "sub-001").build());
    assertEquals(
        List.of(SubscriptionId.of("sub-001"), SubscriptionId.of("sub-002")),
        target("t1", "sub-001", "sub-002").build().replacedSourceIds());
  }

  @Test
  void positionalIdsCountFromOne() {
    assertEquals(SubscriptionId.of("t1"), PlannedSubscription.positionalId(1));
    assertEquals(SubscriptionId.of("t12"), PlannedSubscription.positionalId(12));
    assertRefused("targets: position 0 is not positive", () -> PlannedSubscription.positionalId(0));
  }

  @Test
  void equalByContent() {
    new EqualsTester()
        .addEqualityGroup(target("t1", "sub-001").build(), target("t1", "sub-001").build())
        .addEqualityGroup(target("t1").build())
        .addEqualityGroup(target("t1", "sub-001").quantity(49).build())
        .testEquals();
  }
}
