package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.csptransfer.core.Fixtures.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfferCatalogTest {

  private static final Offer BASIC = offer("BASIC", "EXCHANGE", "TEAMS").build();
  private static final Offer STANDARD = offer("STANDARD", "EXCHANGE", "TEAMS", "OFFICE").build();
  private static final Offer E3 = offer("E3", "EXCHANGE", "TEAMS", "OFFICE", "SHAREPOINT").build();
  private static final Offer KIOSK = offer("KIOSK", "EXCHANGE_KIOSK").build();

  private static List<String> ids(List<Offer> offers) {
    return offers.stream().map(offer -> offer.id().value()).toList();
  }

  @Test
  void findsOffersById() {
    OfferCatalog catalog = OfferCatalog.of(BASIC, E3);
    assertEquals(Optional.of(E3), catalog.find(OfferId.of("E3")));
    assertEquals(Optional.empty(), catalog.find(OfferId.of("E5")));
    assertTrue(catalog.contains(OfferId.of("BASIC")));
    assertFalse(catalog.contains(OfferId.of("E5")));
    assertEquals(List.of(BASIC, E3), catalog.offers());
  }

  @Test
  void duplicateIdsAreRefused() {
    assertRefused("offers: duplicate id E3", () -> OfferCatalog.of(E3, BASIC, offer("E3").build()));
  }

  @Test
  void comparesSourceAndTargetOffers() {
    OfferCatalog catalog = OfferCatalog.of(BASIC, STANDARD, KIOSK);
    assertEquals(OfferMatch.SAME, catalog.compare(OfferId.of("BASIC"), OfferId.of("BASIC")));
    assertEquals(
        OfferMatch.EQUIVALENT, catalog.compare(OfferId.of("BASIC"), OfferId.of("STANDARD")));
    assertEquals(
        OfferMatch.NOT_EQUIVALENT, catalog.compare(OfferId.of("STANDARD"), OfferId.of("BASIC")));
    assertEquals(
        OfferMatch.NOT_EQUIVALENT, catalog.compare(OfferId.of("KIOSK"), OfferId.of("BASIC")));
    assertEquals(OfferMatch.UNKNOWN, catalog.compare(OfferId.of("E5"), OfferId.of("BASIC")));
    assertEquals(OfferMatch.UNKNOWN, catalog.compare(OfferId.of("BASIC"), OfferId.of("E5")));
    assertEquals(OfferMatch.UNKNOWN, catalog.compare(OfferId.of("E5"), OfferId.of("E5")));
  }

  @Test
  void candidatesAreAvailableCoveringOffersWithFewestExtraPlansFirst() {
    OfferCatalog catalog = OfferCatalog.of(E3, KIOSK, STANDARD, BASIC);
    assertEquals(
        List.of("STANDARD", "E3"), ids(catalog.equivalentAvailableOffers(OfferId.of("BASIC"))));
    assertEquals(List.of(), ids(catalog.equivalentAvailableOffers(OfferId.of("E3"))));
    assertEquals(List.of(), ids(catalog.equivalentAvailableOffers(OfferId.of("UNKNOWN"))));
  }

  @Test
  void declaredSuccessorsComeFirstInTheirDeclaredOrder() {
    Offer legacy =
        offer("LEGACY", "EXCHANGE")
            .availableForPurchase(false)
            .addSuccessor(OfferId.of("E3"))
            .addSuccessor(OfferId.of("KIOSK"))
            .addSuccessor(OfferId.of("STANDARD"))
            .addSuccessor(OfferId.of("MISSING"))
            .build();
    OfferCatalog catalog = OfferCatalog.of(legacy, BASIC, STANDARD, E3, KIOSK);
    // KIOSK lacks EXCHANGE: a declared successor never makes an offer equivalent.
    assertEquals(
        List.of("E3", "STANDARD", "BASIC"),
        ids(catalog.equivalentAvailableOffers(OfferId.of("LEGACY"))));
  }

  @Test
  void tiesOfExtraPlansAreBrokenById() {
    Offer b = offer("B", "EXCHANGE", "X").build();
    Offer a = offer("A", "EXCHANGE", "Y").build();
    OfferCatalog catalog = OfferCatalog.of(b, offer("SRC", "EXCHANGE").build(), a);
    assertEquals(List.of("A", "B"), ids(catalog.equivalentAvailableOffers(OfferId.of("SRC"))));
  }

  @Test
  void discontinuedOffersAreNeverCandidates() {
    Offer retired = offer("RETIRED", "EXCHANGE", "TEAMS").availableForPurchase(false).build();
    OfferCatalog catalog = OfferCatalog.of(BASIC, retired);
    assertEquals(List.of(), ids(catalog.equivalentAvailableOffers(OfferId.of("BASIC"))));
    assertEquals(List.of("BASIC"), ids(catalog.equivalentAvailableOffers(OfferId.of("RETIRED"))));
  }
}
