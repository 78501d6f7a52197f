package org.csptransfer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values at the edge of what their builders accept, and one step past it. */
class BoundariesTest {

  @Test
  void transfersAreNamedFromX1() {
    assertEquals(TransferId.of("x1"), Transfer.positionalId(1));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Transfer.positionalId(0));
    assertEquals("transfers: position 0 is not positive", refused.getMessage());
    assertTrue(TransferId.of("x1").compareTo(TransferId.of("x2")) < 0);
    assertTrue(TransferId.of("x2").compareTo(TransferId.of("x1")) > 0);
  }

  @Test
  void aTransferRequestHoldsFromOneToTenThousandItems() {
    assertEquals(
        1, TransitionPolicy.builder().maxItemsPerTransfer(1).build().maxItemsPerTransfer());
    assertEquals(
        Limits.MAX_ITEMS_PER_TRANSFER,
        TransitionPolicy.builder()
            .maxItemsPerTransfer(Limits.MAX_ITEMS_PER_TRANSFER)
            .build()
            .maxItemsPerTransfer());
    assertThrows(
        IllegalArgumentException.class,
        () -> TransitionPolicy.builder().maxItemsPerTransfer(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TransitionPolicy.builder()
                .maxItemsPerTransfer(Limits.MAX_ITEMS_PER_TRANSFER + 1)
                .build());
  }

  private static ServicePlanTier.Builder tier() {
    return ServicePlanTier.builder()
        .family("Exchange")
        .rank(1)
        .plan("EXCHANGE_S_STANDARD")
        .holdsData(true);
  }

  @Test
  void aTierRowNeedsAFamilyAPlanAndARankFromOne() {
    assertEquals(1, tier().build().rank());
    IllegalArgumentException rank =
        assertThrows(IllegalArgumentException.class, () -> tier().rank(0).build());
    assertEquals("servicePlanTiers[EXCHANGE_S_STANDARD].rank: 0 is below 1", rank.getMessage());
    assertThrows(IllegalArgumentException.class, () -> tier().family(" ").build());
    assertThrows(IllegalArgumentException.class, () -> tier().plan("\u200b").build());
  }

  @Test
  void anOfferIsPurchasableWhenForSaleWithSomeSeatToSell() {
    Offer one =
        Offer.builder().id(OfferId.of("ONE")).name("One").minQuantity(0).maxQuantity(1).build();
    assertTrue(one.isPurchasable());
    Offer none =
        Offer.builder().id(OfferId.of("NONE")).name("None").minQuantity(0).maxQuantity(0).build();
    assertTrue(!none.isPurchasable());
  }
}
