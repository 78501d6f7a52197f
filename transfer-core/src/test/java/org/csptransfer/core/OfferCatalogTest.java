package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.csptransfer.core.Fixtures.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfferCatalogTest {

  // Plans of the shipped tier table: Exchange Kiosk < Plan 1 < Plan 2; Teams holds data; MFA and
  // the Office apps only grant features.
  private static final Offer BASIC = offer("BASIC", "EXCHANGE_S_STANDARD", "TEAMS1").build();
  private static final Offer STANDARD =
      offer("STANDARD", "EXCHANGE_S_STANDARD", "TEAMS1", "OFFICE_BUSINESS").build();
  private static final Offer E3 =
      offer("E3", "EXCHANGE_S_ENTERPRISE", "TEAMS1", "OFFICESUBSCRIPTION", "MFA_PREMIUM").build();
  private static final Offer KIOSK = offer("KIOSK", "EXCHANGE_S_DESKLESS").build();

  private static List<String> ids(List<Offer> offers) {
    return offers.stream().map(offer -> offer.id().value()).toList();
  }

  private static OfferId id(String value) {
    return OfferId.of(value);
  }

  @Test
  void findsOffersById() {
    OfferCatalog catalog = OfferCatalog.of(BASIC, E3);
    assertEquals(Optional.of(E3), catalog.find(id("E3")));
    assertEquals(Optional.empty(), catalog.find(id("E5")));
    assertTrue(catalog.contains(id("BASIC")));
    assertFalse(catalog.contains(id("E5")));
    assertEquals(List.of(BASIC, E3), catalog.offers());
  }

  @Test
  void duplicateIdsAreRefused() {
    assertRefused("offers: duplicate id E3", () -> OfferCatalog.of(E3, BASIC, offer("E3").build()));
  }

  @Test
  void aHigherTierOfTheSameFamilyCoversALowerOne() {
    OfferCatalog catalog = OfferCatalog.of(BASIC, STANDARD, E3, KIOSK);
    assertEquals(OfferMatch.SAME, catalog.compare(id("BASIC"), id("BASIC")));
    assertEquals(OfferMatch.EQUIVALENT, catalog.compare(id("BASIC"), id("E3")));
    assertEquals(OfferMatch.EQUIVALENT, catalog.compare(id("KIOSK"), id("BASIC")));
    assertEquals(OfferMatch.NOT_EQUIVALENT, catalog.compare(id("E3"), id("BASIC")));
    assertEquals(
        List.of("EXCHANGE_S_ENTERPRISE", "MFA_PREMIUM", "OFFICESUBSCRIPTION"),
        catalog.uncoveredPlans(id("E3"), List.of(id("BASIC"))));
  }

  @Test
  void losingOnlyFeaturePlansDropsFeaturesButKeepsData() {
    OfferCatalog catalog = OfferCatalog.of(STANDARD, BASIC);
    assertEquals(OfferMatch.FEATURES_DROPPED, catalog.compare(id("STANDARD"), id("BASIC")));
    assertEquals(
        List.of("OFFICE_BUSINESS"), catalog.uncoveredPlans(id("STANDARD"), List.of(id("BASIC"))));
    assertTrue(OfferMatch.FEATURES_DROPPED.keepsData());
    assertFalse(OfferMatch.NOT_EQUIVALENT.keepsData());
  }

  @Test
  void unknownOffersCompareAsUnknown() {
    OfferCatalog catalog = OfferCatalog.of(BASIC);
    assertEquals(OfferMatch.UNKNOWN, catalog.compare(id("E5"), id("BASIC")));
    assertEquals(OfferMatch.UNKNOWN, catalog.compare(id("BASIC"), id("E5")));
    assertEquals(OfferMatch.UNKNOWN, catalog.compare(id("E5"), id("E5")));
    assertEquals(List.of(), catalog.uncoveredPlans(id("E5"), List.of(id("BASIC"))));
    assertEquals(
        List.of("EXCHANGE_S_STANDARD", "TEAMS1"),
        catalog.uncoveredPlans(id("BASIC"), List.of(id("E5"))));
  }

  @Test
  void stackedTargetsCoverTogether() {
    Offer noTeams = offer("NO_TEAMS", "EXCHANGE_S_ENTERPRISE").build();
    Offer teams = offer("TEAMS", "TEAMS1").build();
    OfferCatalog catalog = OfferCatalog.of(BASIC, noTeams, teams);
    assertEquals(OfferMatch.NOT_EQUIVALENT, catalog.compare(id("BASIC"), id("NO_TEAMS")));
    assertEquals(
        List.of(), catalog.uncoveredPlans(id("BASIC"), List.of(id("NO_TEAMS"), id("TEAMS"))));
  }

  @Test
  void withoutTiersEveryPlanMustBeThereByName() {
    OfferCatalog catalog =
        OfferCatalog.builder()
            .addOffers(KIOSK, BASIC)
            .servicePlanTiers(ServicePlanTiers.none())
            .build();
    assertEquals(OfferMatch.NOT_EQUIVALENT, catalog.compare(id("KIOSK"), id("BASIC")));
    OfferCatalog tiered = catalog.withServicePlanTiers(ServicePlanTiers.standard());
    assertEquals(OfferMatch.EQUIVALENT, tiered.compare(id("KIOSK"), id("BASIC")));
    assertSame(tiered, tiered.withServicePlanTiers(ServicePlanTiers.standard()));
  }

  @Test
  void replacementsAreTheOfferItselfThenFullCoverageThenDroppedFeatures() {
    Offer basicPlus = offer("BASIC_PLUS", "EXCHANGE_S_STANDARD", "TEAMS1", "SWAY").build();
    Offer noApps = offer("NO_APPS", "EXCHANGE_S_ENTERPRISE", "TEAMS1").build();
    OfferCatalog catalog = OfferCatalog.of(E3, KIOSK, STANDARD, basicPlus, noApps, BASIC);
    // STANDARD: itself, E3 (covers everything), then those losing only the Office apps.
    assertEquals(
        List.of("STANDARD", "E3", "BASIC", "BASIC_PLUS", "NO_APPS"),
        ids(catalog.replacementsFor(id("STANDARD"))));
    // BASIC: itself, then the full covers by fewest extra plans (BASIC_PLUS: 1, STANDARD: 1,
    // NO_APPS
    // has the higher Exchange tier under another name: 1, E3: 3), ties by id.
    assertEquals(
        List.of("BASIC", "BASIC_PLUS", "NO_APPS", "STANDARD", "E3"),
        ids(catalog.replacementsFor(id("BASIC"))));
    assertEquals(List.of(), ids(catalog.replacementsFor(id("UNKNOWN"))));
  }

  @Test
  void declaredSuccessorsComeFirstInTheirDeclaredOrder() {
    Offer legacy =
        offer("LEGACY", "EXCHANGE_S_STANDARD")
            .availableForPurchase(false)
            .addSuccessor(OfferId.of("E3"))
            .addSuccessor(OfferId.of("MISSING"))
            .addSuccessor(OfferId.of("KIOSK"))
            .addSuccessor(OfferId.of("STANDARD"))
            .build();
    OfferCatalog catalog = OfferCatalog.of(legacy, BASIC, STANDARD, E3, KIOSK);
    // KIOSK has a lower Exchange tier: a declared successor never makes an offer equivalent.
    assertEquals(List.of("E3", "STANDARD", "BASIC"), ids(catalog.replacementsFor(id("LEGACY"))));
  }

  @Test
  void offersThatCannotBeBoughtOrAreOfAnotherKindAreNeverCandidates() {
    Offer retired =
        offer("RETIRED", "EXCHANGE_S_STANDARD", "TEAMS1").availableForPurchase(false).build();
    Offer noSeats =
        offer("NO_SEATS", "EXCHANGE_S_STANDARD", "TEAMS1").minQuantity(0).maxQuantity(0).build();
    Offer addOn = offer("ADDON", "EXCHANGE_S_STANDARD", "TEAMS1").addOn(true).build();
    OfferCatalog catalog = OfferCatalog.of(BASIC, retired, noSeats, addOn);
    assertEquals(List.of("BASIC"), ids(catalog.replacementsFor(id("BASIC"))));
    assertEquals(List.of("BASIC"), ids(catalog.replacementsFor(id("RETIRED"))));
    assertEquals(List.of("BASIC"), ids(catalog.replacementsFor(id("NO_SEATS"))));
    assertEquals(List.of("ADDON"), ids(catalog.replacementsFor(id("ADDON"))));
  }

  @Test
  void findsTheOffersCoveringAPlan() {
    OfferCatalog catalog = OfferCatalog.of(BASIC, STANDARD, E3, KIOSK);
    assertEquals(
        List.of("BASIC", "STANDARD", "E3"), ids(catalog.offersCovering("EXCHANGE_S_STANDARD")));
    assertEquals(
        List.of("BASIC", "STANDARD", "E3", "KIOSK"),
        ids(catalog.offersCovering("EXCHANGE_S_DESKLESS")));
    assertEquals(List.of(), ids(catalog.offersCovering("UNHEARD_OF")));
    assertEquals(List.of("E3"), ids(catalog.offersCovering("MFA_PREMIUM")));
  }

  @Test
  void aCatalogWithManyOffersAnswersWithoutComparingThemAll() {
    OfferCatalog.Builder builder = OfferCatalog.builder();
    for (int i = 0; i < 20_000; i++) {
      builder.addOffer(offer("PLAN_" + i, "PLAN_" + i, "TEAMS1").build());
    }
    OfferCatalog catalog = builder.addOffer(BASIC).addOffer(E3).build();
    // Only the offers covering BASIC's rarest data plan (Exchange Plan 1) are compared.
    assertEquals(List.of("BASIC", "E3"), ids(catalog.replacementsFor(id("BASIC"))));
  }

  @Test
  void aTierTableHasOnePlanOnceAndOneDataAnswerPerFamily() {
    LocalDate day = LocalDate.of(2026, 1, 1);
    assertRefused(
        "servicePlanTiers: plan A appears twice",
        () ->
            ServicePlanTiers.builder()
                .edition("test")
                .publishedOn(day)
                .addTiers(
                    ServicePlanTier.of("F", 1, "A", true), ServicePlanTier.of("G", 1, "A", true))
                .build());
    assertRefused(
        "servicePlanTiers[B].holdsData: false, but other plans of family F say true",
        () ->
            ServicePlanTiers.builder()
                .edition("test")
                .publishedOn(day)
                .addTiers(
                    ServicePlanTier.of("F", 1, "A", true), ServicePlanTier.of("F", 2, "B", false))
                .build());
  }
}
