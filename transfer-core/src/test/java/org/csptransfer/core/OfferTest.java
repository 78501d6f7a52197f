package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.csptransfer.core.Fixtures.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class OfferTest {

  @Test
  void defaultsAreAnAvailableBaseOfferFromOneSeatUp() {
    Offer offer = offer("E3", "EXCHANGE").build();
    assertTrue(offer.availableForPurchase());
    assertFalse(offer.addOn());
    assertEquals(1, offer.minQuantity());
    assertEquals(Limits.MAX_QUANTITY, offer.maxQuantity());
    assertTrue(offer.prerequisites().isEmpty());
    assertTrue(offer.successors().isEmpty());
  }

  @Test
  void minimumAboveMaximumIsRefused() {
    assertRefused(
        "offers[E3].minQuantity: 11 exceeds maxQuantity 10",
        () -> offer("E3").minQuantity(11).maxQuantity(10).build());
  }

  @Test
  void minimumEqualToMaximumIsAccepted() {
    assertEquals(10, offer("E3").minQuantity(10).maxQuantity(10).build().maxQuantity());
  }

  @Test
  void negativeMinimumIsRefusedAndZeroAccepted() {
    assertRefused(
        "offers[E3].minQuantity: -1 is negative", () -> offer("E3").minQuantity(-1).build());
    assertEquals(0, offer("E3").minQuantity(0).build().minQuantity());
  }

  @Test
  void blankNameOrPlanIsRefused() {
    assertRefused("offers[E3].name: must not be blank", () -> offer("E3").name(" ").build());
    assertRefused(
        "offers[E3].servicePlans: a plan name is blank", () -> offer("E3", "TEAMS1", "").build());
  }

  @Test
  void anOfferIsNeitherItsOwnPrerequisiteNorItsOwnSuccessor() {
    assertRefused(
        "offers[E3].prerequisites: names the offer itself",
        () -> offer("E3").addPrerequisite(OfferId.of("E3")).build());
    assertRefused(
        "offers[E3].successors: names the offer itself",
        () -> offer("E3").addSuccessor(OfferId.of("E3")).build());
    assertEquals(1, offer("E3").addSuccessor(OfferId.of("E5")).build().successors().size());
  }

  @Test
  void quantitiesStayWithinTheLimit() {
    assertEquals(Limits.MAX_QUANTITY, offer("E3").build().maxQuantity());
    assertRefused(
        "offers[E3].maxQuantity: 10000001 is more than the 10000000 allowed",
        () -> offer("E3").maxQuantity(Limits.MAX_QUANTITY + 1).build());
    assertRefused(
        "offers[E3].minQuantity: -1 is negative", () -> offer("E3").minQuantity(-1).build());
  }

  @Test
  void anOfferThatSellsNoSeatCannotBeBought() {
    assertTrue(offer("E3").build().isPurchasable());
    assertFalse(offer("E3").minQuantity(0).maxQuantity(0).build().isPurchasable());
    assertFalse(offer("E3").availableForPurchase(false).build().isPurchasable());
  }

  @Test
  void equalByContent() {
    new EqualsTester()
        .addEqualityGroup(offer("E3", "A").build(), offer("E3", "A").build())
        .addEqualityGroup(offer("E3", "A").availableForPurchase(false).build())
        .addEqualityGroup(offer("E3", "B").build())
        .testEquals();
  }
}
